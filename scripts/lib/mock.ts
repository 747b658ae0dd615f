/**
 * Starts the bundled mock portal as its own process, on its own ports, for scripts that need
 * one (bench, defects, checks). Stopped with `stop()`; never left running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { buildMock, SERVER_BUNDLE } from '../../mock-site/build.ts';
import { waitForUrl } from './proc.ts';

// One build per script run, before the first mock starts: starts then time the bundle alone.
let built: Promise<void> | undefined;

export interface MockOptions {
  /** Portal port; SMTP and mail UI take the next two. */
  port: number;
  /** Test API token; undefined starts the mock as a "deployed" portal (no test API). */
  testToken?: string;
  /** Extra environment, e.g. MOCK_DEFECTS. */
  env?: NodeJS.ProcessEnv;
}

export interface RunningMock {
  url: string;
  mailURL: string;
  ports: { port: number; smtpPort: number; mailPort: number };
  child: ChildProcess;
  /** Milliseconds from spawn to the first page served (the home page). */
  firstPageMs: number;
  /** Milliseconds from spawn to the first 200 of /health: portal and mail catcher both up. */
  startMs: number;
  stop(): Promise<void>;
}

export function mockPorts(port: number) {
  return { port, smtpPort: port + 1, mailPort: port + 2 };
}

export async function startMock(options: MockOptions): Promise<RunningMock> {
  const ports = mockPorts(options.port);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(ports.port),
    SMTP_PORT: String(ports.smtpPort),
    MAIL_WEB_PORT: String(ports.mailPort),
    ...options.env,
  };
  if (options.testToken) env.MOCK_TEST_TOKEN = options.testToken;
  else delete env.MOCK_TEST_TOKEN;
  await (built ??= buildMock());
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', SERVER_BUNDLE], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d));
  const url = `http://127.0.0.1:${ports.port}`;
  let firstPageMs: number;
  try {
    await waitForUrl(`${url}/`, 20_000, child);
    firstPageMs = performance.now() - started;
    await waitForUrl(`${url}/health`, 20_000, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`The mock did not start on port ${ports.port}: ${(error as Error).message}\n${stderr}`);
  }
  const startMs = performance.now() - started;
  return {
    url,
    mailURL: `http://127.0.0.1:${ports.mailPort}`,
    ports,
    child,
    firstPageMs,
    startMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
      }),
  };
}
