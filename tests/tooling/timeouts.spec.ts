import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readTarget } from '../../support/target/target.ts';
import { scaleFor } from '../../support/target/timeouts.ts';

/**
 * Timeouts that follow the portal (support/target/timeouts.ts, README « Timeouts »): global setup
 * measures the portal's answer time and scales the action, navigation, expect and test timeouts,
 * which the workers apply; PORTAL_TIMEOUT_SCALE sets the scale by hand. The child runs use the
 * suite's own config with one probe test (timeouts-probe/), on a mock of their own.
 */
const root = join(import.meta.dirname, '..', '..');
const PORTS = { latency: 4660, byHand: 4670 } as const;
const CHILD_LIMIT_MS = 60_000;

type Seen = { test: number; action: number; navigation: number; waitedMs: number };
type Report = {
  config: { projects: { name: string; timeout: number }[] };
  stats: { expected: number; unexpected: number };
  suites: {
    specs: {
      tests: { results: { status: string; annotations: { type: string; description?: string }[] }[] }[];
    }[];
  }[];
};

/** One child run of the probe: its printed first lines, what the probe test saw, the report. */
async function probe(env: NodeJS.ProcessEnv, port: number) {
  const dir = test.info().outputPath('child-run');
  const file = join(dir, 'report.json');
  const childEnv = Object.fromEntries(
    Object.entries({
      ...process.env,
      BASE_URL: '',
      MOCK_PORT: String(port),
      MOCK_SMTP_PORT: String(port + 1),
      MOCK_MAIL_PORT: String(port + 2),
      PLAYWRIGHT_JSON_OUTPUT_FILE: file,
      FORCE_COLOR: '0',
      // This run's own measure: nothing inherited from the run these tests are part of.
      PORTAL_TIMEOUT_SCALE: undefined,
      PORTAL_TIMEOUT_SCALE_MEASURED: undefined,
      MOCK_FAULTS: undefined,
      ...env,
    }).filter(([, v]) => v !== undefined),
  );
  const child = spawn(
    process.execPath,
    [
      'node_modules/@playwright/test/cli.js',
      'test',
      '--config=tests/tooling/timeouts-probe/probe.config.ts',
      '--project=chromium',
      '--workers=1',
      '--retries=0',
      '--reporter=json',
      `--output=${join(dir, 'output')}`,
    ],
    { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const hung = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), CHILD_LIMIT_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(hung);
  await test.info().attach('child run output', {
    body: `exit ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`,
    contentType: 'text/plain',
  });
  expect(existsSync(file), `no JSON report (exit ${code}): ${stderr.slice(-2000)}`).toBe(true);
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const result = report.suites.flatMap((s) => s.specs).flatMap((s) => s.tests)[0]?.results[0];
  expect(result?.status, `the probe test ran and passed: ${stderr.slice(-2000)}`).toBe('passed');
  const seen = JSON.parse(result!.annotations.find((a) => a.type === 'timeouts')!.description!) as Seen;
  const lines = stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith('Portal answer time:'));
  return { line: lines[at], lineNumber: at + 1, seen, report };
}

test.describe('Des délais qui suivent le portail', () => {
  test('L’échelle : ×1 pour un portail rapide, un de plus par 150 ms de réponse médiane, ×10 au plus', () => {
    expect([2, 150, 151, 300, 412, 1000, 1500, 60_000].map(scaleFor)).toEqual([1, 1, 2, 2, 3, 7, 10, 10]);
  });

  for (const value of ['vite', '0.5', '0', '21', '-2'])
    test(`PORTAL_TIMEOUT_SCALE=« ${value} » est refusé en nommant la variable`, () => {
      expect(() => readTarget({ PORTAL_TIMEOUT_SCALE: value })).toThrow(
        'PORTAL_TIMEOUT_SCALE: must be a number from 1 to 20',
      );
    });

  test('PORTAL_TIMEOUT_SCALE accepte un nombre de 1 à 20, et vide laisse mesurer', () => {
    expect(readTarget({ PORTAL_TIMEOUT_SCALE: '2.5' }).timeoutScale).toBe(2.5);
    expect(readTarget({ PORTAL_TIMEOUT_SCALE: '' }).timeoutScale).toBeUndefined();
  });

  test.describe('runs enfants', () => {
    // Each is a whole Playwright run: a mock, a browser and one probe test that waits 6 s.
    test.describe.configure({ timeout: CHILD_LIMIT_MS + 30_000 });

    test('Sur un mock qui répond en 400 ms, la run le dit en tête et les workers appliquent des délais ×3', async () => {
      const run = await probe({ MOCK_FAULTS: 'latency:400' }, PORTS.latency);
      // 400 ms of latency, plus the mock's own few ms: the median says so, and ×3 follows.
      expect(run.line).toMatch(
        /^Portal answer time: median 4[0-4]\d ms over 5 requests → timeouts ×3: action 15 s, navigation 30 s, expect 15 s, test 90 s$/,
      );
      // Right after the target's description (mode, target, profile, accounts, mailbox, orders).
      expect(run.lineNumber, 'among the run’s first lines').toBeLessThanOrEqual(10);
      expect(run.seen).toMatchObject({ test: 90_000, action: 15_000, navigation: 30_000 });
      // The probe's button and line came 6 s late: past 5 s, so the scaled action and expect
      // timeouts are the ones in force, not the config's first reading.
      expect(run.seen.waitedMs).toBeGreaterThanOrEqual(6_000);
      // The report states the test timeout the workers applied.
      expect(run.report.config.projects.find((p) => p.name === 'chromium')?.timeout).toBe(90_000);
    });

    test('PORTAL_TIMEOUT_SCALE=2 l’emporte sur la mesure, et la run le dit', async () => {
      const run = await probe({ PORTAL_TIMEOUT_SCALE: '2' }, PORTS.byHand);
      expect(run.line).toMatch(
        /^Portal answer time: median \d+ ms over 5 requests → timeouts ×2: action 10 s, navigation 20 s, expect 10 s, test 60 s \(PORTAL_TIMEOUT_SCALE\)$/,
      );
      expect(run.seen).toMatchObject({ test: 60_000, action: 10_000, navigation: 20_000 });
      expect(run.seen.waitedMs).toBeGreaterThanOrEqual(6_000);
    });
  });
});
