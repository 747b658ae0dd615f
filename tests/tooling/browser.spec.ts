import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, launchOptionsFor, resolveBrowser } from '../../support/target/browser.ts';

/**
 * Which Chromium a worker drives (support/target/browser.ts, fixtures/internal.ts): Debian's
 * headless shell cannot show a window, so `--headed`, `--debug` and the UI mode's « Show browser »
 * (Playwright's `headless` option false, in every worker) drive Debian's full Chromium. Decided
 * by plain calls, then checked on child runs of the suite's own `use` and fixtures; one of them
 * opens a real window, on a virtual display (Xvfb), when the machine has one.
 */
const root = join(import.meta.dirname, '..', '..');
const SHELL = '/usr/lib/chromium/chromium-headless-shell';
const CHROMIUM = '/usr/bin/chromium';
const debian = { executablePath: SHELL, args: CHROMIUM_ARGS };

test.describe('the decision', () => {
  test.skip(
    !existsSync(SHELL) || !existsSync(CHROMIUM),
    "Debian's chromium and chromium-headless-shell are needed",
  );

  test('a headed run of the headless shell takes full Chromium, with the same flags', () => {
    expect(launchOptionsFor(debian, false, {})).toEqual({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  test('a headless run keeps the headless shell', () => {
    expect(launchOptionsFor(debian, true, {})).toEqual(debian);
    expect(launchOptionsFor(debian, undefined, {})).toEqual(debian);
  });

  test("PWDEBUG's inspector shows a window whatever the option; its console mode does not", () => {
    expect(launchOptionsFor(debian, undefined, { PWDEBUG: '1' }).executablePath).toBe(CHROMIUM);
    expect(launchOptionsFor(debian, true, { PWDEBUG: 'inspector' }).executablePath).toBe(CHROMIUM);
    for (const PWDEBUG of ['console', '0', 'false', ''])
      expect(launchOptionsFor(debian, true, { PWDEBUG }).executablePath, PWDEBUG).toBe(SHELL);
  });

  test("another browser (Playwright's own, a CHROMIUM_PATH) is left as chosen", () => {
    expect(launchOptionsFor({ args: CHROMIUM_ARGS }, false, {})).toEqual({ args: CHROMIUM_ARGS });
    expect(launchOptionsFor({ executablePath: '/opt/chrome/chrome' }, false, {})).toEqual({
      executablePath: '/opt/chrome/chrome',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Child runs: the suite's `use` (playwright.config.ts) and fixtures (fixtures/internal.ts), in a
// worker process of their own, as `npx playwright test --headed` runs them.

const FIXTURES = `import { test } from ${JSON.stringify(join(root, 'fixtures/internal.ts'))};\n`;

/** Worker fixtures only: no browser is started. */
const PROBE_SPEC = `${FIXTURES}
test('launch options', async ({ launchOptions, headless }) => {
  console.log('PROBE ' + JSON.stringify({ executablePath: launchOptions.executablePath, headless }));
});
`;

/** The browser itself, on a page. */
const WINDOW_SPEC = `${FIXTURES}
test('a page', async ({ browser }) => {
  const page = await browser.newPage();
  const userAgent = await page.evaluate(() => navigator.userAgent);
  console.log('WINDOW ' + JSON.stringify({ userAgent, version: browser.version() }));
  await page.close();
});
`;

interface Run {
  code: number | null;
  output: string;
  lines: (marker: string) => Record<string, unknown>[];
}

async function childRun(name: string, spec: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const dir = test.info().outputPath(name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'child.spec.ts'), spec);
  writeFileSync(
    join(dir, 'child.config.ts'),
    `import config from ${JSON.stringify(join(root, 'playwright.config.ts'))};
export default {
  testDir: '.',
  outputDir: './test-results',
  reporter: 'list',
  use: config.use,
  projects: [{ name: 'child' }],
};\n`,
  );
  const command = [
    join(root, 'node_modules/@playwright/test/cli.js'),
    'test',
    '-c',
    join(dir, 'child.config.ts'),
  ];
  const child = spawn(process.execPath, [...command, ...args], {
    cwd: root,
    env: { ...process.env, FORCE_COLOR: '0', PWDEBUG: '', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  await test.info().attach(`${name} output`, { body: output, contentType: 'text/plain' });
  const lines = (marker: string) =>
    output
      .split('\n')
      .filter((l) => l.startsWith(`${marker} `))
      .map((l) => JSON.parse(l.slice(marker.length + 1)) as Record<string, unknown>);
  return { code, output, lines } satisfies Run;
}

test.describe('in the workers', () => {
  // Each child loads Playwright and the config (~3 s on a quiet 2-core machine, more under load).
  test.describe.configure({ timeout: 90_000 });
  test.skip(
    resolveBrowser(false).source !== 'debian',
    "the suite drives Playwright's own Chromium or CHROMIUM_PATH here: nothing to switch",
  );

  test('--headed: every worker has full Chromium, and headless false', async () => {
    // Two workers, two probes: each worker reads the config again, without the command line's flags.
    const run = await childRun('headed', PROBE_SPEC, ['--headed', '--workers=2', '--repeat-each=2']);
    expect(run.code, run.output).toBe(0);
    const probes = run.lines('PROBE');
    expect(probes).toHaveLength(2);
    for (const probe of probes) expect(probe).toEqual({ executablePath: CHROMIUM, headless: false });
  });

  test('without --headed: the headless shell', async () => {
    const run = await childRun('headless', PROBE_SPEC, []);
    expect(run.code, run.output).toBe(0);
    expect(run.lines('PROBE')).toEqual([{ executablePath: SHELL, headless: true }]);
  });

  test('--headed on a virtual display: the browser that ran showed a window', async () => {
    test.skip(!existsSync(XVFB), 'needs Xvfb (apt-get install xvfb)');
    const display = await virtualDisplay();
    const run = await childRun('on-display', WINDOW_SPEC, ['--headed'], { DISPLAY: display.name }).finally(
      display.stop,
    );
    expect(run.code, run.output).toBe(0);
    const [window] = run.lines('WINDOW');
    expect(window, 'the test ran').toBeDefined();
    expect(window!.userAgent).toMatch(/Chrome\//);
    expect(window!.userAgent, 'a headless browser calls itself HeadlessChrome').not.toMatch(/Headless/);
  });
});

test('npm run ui: the UI mode is served on 127.0.0.1 and opened in a Chromium window', async () => {
  test.skip(!existsSync(XVFB), 'needs Xvfb (apt-get install xvfb)');
  test.skip(!existsSync(CHROMIUM), "Debian's chromium is needed");
  // The UI mode, a virtual display and a Chromium start beside the rest of the tooling project.
  test.setTimeout(120_000);
  // A port free right now: a fixed one may still be held by a UI mode that is being torn down.
  const port = await freePort();
  // Its own process group, to end the UI mode, its window and the virtual display together.
  const display = await virtualDisplay();
  const ui = spawn('npm', ['run', '-s', 'ui', '--', '--project=tooling'], {
    cwd: root,
    env: {
      ...process.env,
      DISPLAY: display.name,
      UI_PORT: port,
      MOCK_PORT: '4890',
      MOCK_SMTP_PORT: '4893',
      MOCK_MAIL_PORT: '4896',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Kept for the report: when no window shows, the UI mode's and its window's own words say why.
  let output = '';
  ui.stdout.on('data', (d: Buffer) => (output += d));
  ui.stderr.on('data', (d: Buffer) => (output += d));
  try {
    const address = `http://127.0.0.1:${port}`;
    await expect
      .poll(async () => (await fetch(address).catch(() => undefined))?.status, { timeout: 60_000 })
      .toBeLessThan(400);
    // The window is a Chromium showing that address (not the headless shell).
    await expect
      .poll(() => spawnSync('pgrep', ['-af', '--', `app=${address}`], { encoding: 'utf8' }).stdout, {
        timeout: 30_000,
      })
      .toMatch(/chromium/);
  } finally {
    // SIGTERM first, so the UI mode ends its window and its test run gently.
    const ended = new Promise((resolve) => ui.once('exit', resolve));
    process.kill(-ui.pid!, 'SIGTERM');
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    try {
      process.kill(-ui.pid!, 'SIGKILL');
    } catch {
      // The group has ended already.
    }
    output += `\nDisplay ${display.name}: ${display.state()}`;
    await display.stop();
    await test.info().attach('npm run ui output', { body: output, contentType: 'text/plain' });
  }
});

const XVFB = '/usr/bin/Xvfb';

/** Display numbers handed out by this worker so far. */
let displaysStarted = 0;

/**
 * A virtual X display of this test's own. xvfb-run's `--auto-servernum` takes the first number
 * without a lock file, so two tests starting at once took the same display, and one that started
 * while another was ending had its display's socket removed under it: each worker takes numbers
 * of its own (100 + 10 per worker), a new one each time, and a display is stopped only once its
 * server has exited. The server says it is ready by writing its number (`-displayfd`).
 */
async function virtualDisplay(): Promise<{ name: string; state: () => string; stop: () => Promise<void> }> {
  const number = 100 + test.info().parallelIndex * 10 + (displaysStarted++ % 10);
  const server = spawn(
    XVFB,
    [`:${number}`, '-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let complaints = '';
  server.stderr!.on('data', (d: Buffer) => (complaints += d));
  const ended = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    server.stdio[3]!.once('data', () => resolve());
    server.once('exit', (code) =>
      reject(new Error(`Xvfb :${number} ended (${code}) before it was ready:\n${complaints}`)),
    );
  });
  return {
    name: `:${number}`,
    state: () => (server.exitCode === null && !server.signalCode ? 'running' : `ended: ${complaints}`),
    stop: async () => {
      server.kill('SIGTERM');
      await ended;
    },
  };
}

/** A loopback port nothing listens on at the moment. */
function freePort(): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(String(typeof address === 'object' && address ? address.port : 0)));
    });
  });
}
