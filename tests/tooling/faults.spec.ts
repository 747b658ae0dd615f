import { spawn } from 'node:child_process';
import { GUIDE } from '../../guide/guide.ts';
import { loadProfile } from '../../support/profile.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startMock } from '../../scripts/lib/mock.ts';

/** The default build's profile: the mock these tests start is that build. */
const profile = loadProfile('default');

/**
 * Faults injected in the mock (`MOCK_FAULTS`, mock-site/README.md) and how the suite reports
 * them. The first tests check the faults themselves over HTTP; the others run the browser suite
 * as a child process on its own mock, one chosen test, and read its JSON report: a fault fails
 * the test at the guide step it broke, with a trace, within the suite's own timeouts, and a
 * 503 that clears up on reload is survived.
 */

// Ports of their own per test, so these runs never meet the suite's mock (3210) or each other.
const PORTS = { http: 4610, survived: 4620, unavailable: 4630, slowPage: 4640 } as const;
const TOKEN = 'faults-tooling-token';
// A child run = a mock, a browser and one test; past this it is hung, and killed.
const CHILD_LIMIT_MS = 60_000;

type Step = { title: string; duration: number; error?: { message?: string }; steps?: Step[] };
type Result = {
  status: string;
  duration: number;
  errors: { message?: string }[];
  steps?: Step[];
  attachments: { name: string; path?: string }[];
};
type Spec = { title: string; tests: { results: Result[] }[] };
type Suite = { specs?: Spec[]; suites?: Suite[] };
type Report = {
  config: { projects: { name: string; timeout: number }[] };
  stats: { expected: number; unexpected: number };
  suites: Suite[];
};

type Run = {
  report: Report;
  results: { title: string; result: Result }[];
  wallMs: number;
  outputDir: string;
  /** The suite's own test timeout (playwright.config.ts), as the child run applied it. */
  testTimeout: number;
};

/** Runs `--grep <grep>` of the browser suite against its own mock started with `faults`. */
async function runSuite(faults: string, grep: RegExp, port: number): Promise<Run> {
  // Under this test's own output directory: kept with its report, cleared by the next run.
  const dir = test.info().outputPath('child-run');
  const file = join(dir, 'report.json');
  const outputDir = join(dir, 'output');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      'node_modules/@playwright/test/cli.js',
      'test',
      '--project=chromium',
      `--grep=${grep.source}`,
      '--workers=1',
      '--retries=0',
      '--trace=retain-on-failure',
      '--reporter=json',
      `--output=${outputDir}`,
    ],
    {
      env: {
        ...process.env,
        BASE_URL: '',
        MOCK_FAULTS: faults,
        MOCK_PORT: String(port),
        MOCK_SMTP_PORT: String(port + 1),
        MOCK_MAIL_PORT: String(port + 2),
        PLAYWRIGHT_JSON_OUTPUT_FILE: file,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group: a hung run is killed with its mock and browser.
      detached: true,
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const hung = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), CHILD_LIMIT_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(hung);
  const wallMs = performance.now() - started;
  expect(wallMs, `the child run was killed after ${CHILD_LIMIT_MS} ms: it hung`).toBeLessThan(CHILD_LIMIT_MS);
  expect(existsSync(file), `no JSON report (exit ${code}): ${stderr.slice(-2000)}`).toBe(true);
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const results: Run['results'] = [];
  const walk = (suite: Suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests) for (const result of t.results) results.push({ title: spec.title, result });
    for (const child of suite.suites ?? []) walk(child);
  };
  report.suites.forEach(walk);
  expect(results, `--grep ${grep.source} must select exactly one test`).toHaveLength(1);
  test.info().attachments.push({ name: 'child run report', path: file, contentType: 'application/json' });
  const testTimeout = report.config.projects.find((p) => p.name === 'chromium')?.timeout ?? 0;
  expect(testTimeout, 'the child run reports its test timeout').toBeGreaterThan(0);
  return { report, results, wallMs, outputDir, testTimeout };
}

/** The steps that carry an error, innermost last: the guide step that broke is among them. */
function failedSteps(steps: Step[] = []): Step[] {
  return steps.filter((s) => s.error).flatMap((s) => [s, ...failedSteps(s.steps)]);
}

/**
 * The run failed (a hang would be « timedOut ») at the step named, and that step gave up within
 * the test timeout: the report points at the guide step, not at a timeout of the whole test.
 */
function expectFailedAt(run: Run, title: string | RegExp): Step {
  const { result } = run.results[0]!;
  expect(result.status).toBe('failed');
  const failed = failedSteps(result.steps);
  const step = failed.find((s) => (typeof title === 'string' ? s.title === title : title.test(s.title)));
  expect(step, `failed steps: ${failed.map((s) => s.title).join(' › ')}`).toBeDefined();
  expect(step!.duration).toBeLessThan(run.testTimeout);
  return step!;
}

function expectTrace(result: Result) {
  const trace = result.attachments.find((a) => a.name === 'trace');
  expect(trace?.path, 'the failure keeps a trace').toMatch(/trace\.zip$/);
  expect(existsSync(trace!.path!), `${trace?.path} exists`).toBe(true);
}

test.describe('injected faults in the mock, over HTTP', () => {
  test('503 once, then the page; a slow page answers late; a wrong rule stops the mock', async () => {
    const mock = await startMock({
      port: PORTS.http,
      testToken: TOKEN,
      env: { MOCK_FAULTS: `503:${profile.paths.login}:once,slow:${profile.paths.forgottenIdentifier}:400` },
    });
    try {
      const first = await fetch(`${mock.url}/connexion`);
      expect(first.status).toBe(503);
      expect(first.headers.get('retry-after')).toBe('1');
      expect(await first.text()).toContain('Service indisponible');
      expect((await fetch(`${mock.url}/connexion`)).status).toBe(200);
      // Another route is untouched.
      expect((await fetch(`${mock.url}/mot-de-passe-oublie`)).status).toBe(200);

      const askedAt = performance.now();
      expect((await fetch(`${mock.url}/identifiant-oublie`)).status).toBe(200);
      expect(performance.now() - askedAt).toBeGreaterThanOrEqual(400);
    } finally {
      await mock.stop();
    }

    await expect(
      startMock({
        port: PORTS.http,
        testToken: TOKEN,
        env: { MOCK_FAULTS: `503:${profile.paths.partnerStep}:sometimes` },
      }),
    ).rejects.toThrow(`MOCK_FAULTS: « 503:${profile.paths.partnerStep}:sometimes »`);
  });

  test('faults are ignored outside test mode', async () => {
    const mock = await startMock({ port: PORTS.http + 5, env: { MOCK_FAULTS: '503:/:always' } });
    try {
      expect((await fetch(`${mock.url}/`)).status).toBe(200);
    } finally {
      await mock.stop();
    }
  });
});

test.describe('the suite under injected faults (child runs)', () => {
  // Each test runs a whole Playwright run: a mock, a browser and one test of the suite.
  test.describe.configure({ timeout: CHILD_LIMIT_MS + 30_000 });

  const CONTINUE_WITHOUT_CODE = /Continuer sans code partenaire » donne accès/;
  const STEP_5 = `${GUIDE.step5.title} : « Continuer sans code partenaire »`;

  test('a page answered 503 once is reloaded, as a person would, and the test passes', async () => {
    const run = await runSuite(`503:${profile.paths.catalogue}:once`, CONTINUE_WITHOUT_CODE, PORTS.survived);
    const { result } = run.results[0]!;
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.status).toBe('passed');
  });

  test('a page that stays 503 fails at « Étape 5 », naming the 503, with a trace, within the test timeout', async () => {
    const run = await runSuite(
      `503:${profile.paths.catalogue}:always`,
      CONTINUE_WITHOUT_CODE,
      PORTS.unavailable,
    );
    const { result } = run.results[0]!;
    const message = expectFailedAt(run, STEP_5).error?.message ?? '';
    expect(message).toContain('the portal still answers 503 to GET');
    expect(message).toContain(profile.paths.catalogue);
    // The guard names the fault too.
    expect(result.errors.map((e) => e.message).join('\n')).toContain('503 from the portal: GET');
    expectTrace(result);
  });

  test('a page too slow to load fails at its step (« Étape 6 ») within the test timeout, with a trace', async () => {
    const run = await runSuite(
      `slow:${profile.paths.orderForm}:30000`,
      /Sélectionner « Pack ID RGS\*\* » ouvre le formulaire/,
      PORTS.slowPage,
    );
    const { result } = run.results[0]!;
    const step = expectFailedAt(run, `${GUIDE.step6.title} : « Pack ID RGS** »`);
    expect(step.error?.message).toMatch(/Timeout \d+ms exceeded/);
    expectTrace(result);
  });

  test('a mail that is never delivered fails the wait for that mail, with a trace', async () => {
    const run = await runSuite(
      'mail:fail',
      /un client avec un espace client reçoit son identifiant par e-mail à partir de son SIRET/,
      PORTS.unavailable + 5,
    );
    const { result } = run.results[0]!;
    const mailStep = expectFailedAt(run, /^Attendre l’e-mail pour /);
    expect(mailStep.error?.message).toContain('an e-mail to');
    expectTrace(result);
  });
});
