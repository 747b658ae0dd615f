import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { GUIDE } from '../../guide/guide.ts';
import { readReport } from '../../scripts/lib/report.ts';
import {
  renderSummary,
  runInfoFromProperties,
  testsFromReport,
  type RunInfo,
  type SummaryTest,
} from '../../scripts/lib/summary.ts';
import { notify, postWebhook, webhookMessage } from '../../scripts/lib/webhook.ts';

/**
 * The summary by guide entry (scripts/lib/summary.ts) and where it goes: the terminal at the end
 * of a run, the CI job summary, and RESULTS_WEBHOOK_URL. Webhooks are received on loopback by a
 * node:http server of the test's own; a webhook that fails or cannot be reached never fails a run.
 * The reporter is checked on child runs of a small spec, without browser or portal.
 */

interface Received {
  contentType: string | undefined;
  body: string;
}

/** A webhook receiver on 127.0.0.1 answering `status`; `received` holds what it was sent. */
async function receiver(status = 200): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ contentType: req.headers['content-type'], body });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'boom');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
}

/** A loopback address nothing listens on: a port just freed. */
async function unreachableUrl(): Promise<string> {
  const { url, server } = await receiver();
  await new Promise((done) => server.close(done));
  return url;
}

const INFO: RunInfo = {
  portal: 'https://portail.example.fr',
  mode: 'staging',
  portalVersion: 'version 4.2.1',
  browser: 'Chromium 156.0.8078.114 (chromium-headless-shell)',
  reportUrl: 'https://github.com/certigna/e2e/actions/runs/42',
};

const TESTS: SummaryTest[] = [
  {
    title: 'Commande › durée 3 ans',
    location: 'tests/order-form-duration.spec.ts:12',
    project: 'chromium',
    outcome: 'failed',
    flaky: false,
    guide: [GUIDE.step7.title],
    failure: {
      step: 'Étape 7 : sélectionner la durée',
      message: 'expect(locator).toHaveText(expected) failed',
      trace: 'test-results/duration-retry1/trace.zip',
      attempts: 2,
    },
  },
  {
    title: 'Connexion',
    location: 'tests/login.spec.ts:8',
    project: 'chromium',
    outcome: 'passed',
    flaky: true,
    guide: [GUIDE.step2.title, GUIDE.step3.title],
  },
  {
    title: 'Santé',
    location: 'mock-site/tests/auth.spec.ts:3',
    project: 'mock-http',
    outcome: 'skipped',
    flaky: false,
    guide: [],
  },
];

test.describe('webhook', () => {
  test('a Slack- and Teams-compatible message reaches a receiver on loopback', async () => {
    const hook = await receiver();
    try {
      const lines: string[] = [];
      const outcome = await notify(TESTS, INFO, { RESULTS_WEBHOOK_URL: hook.url }, (l) => lines.push(l));
      expect(outcome).toEqual({ ok: true, detail: 'HTTP 200' });
      expect(lines.join('\n')).toContain('Résumé envoyé');
      expect(lines.join('\n'), 'the URL holds the channel secret: never printed').not.toContain(hook.url);

      expect(hook.received).toHaveLength(1);
      const { contentType, body } = hook.received[0]!;
      expect(contentType).toMatch(/^application\/json/);
      const payload = JSON.parse(body) as Record<string, unknown>;
      // `text` alone: what both Slack and Teams incoming webhooks accept.
      expect(Object.keys(payload)).toEqual(['text']);
      const text = payload.text as string;
      for (const expected of [
        'https://portail.example.fr',
        'staging',
        'version 4.2.1',
        'Chromium 156.0.8078.114',
        '1 réussi (dont 1 instable), 1 échoué, 1 ignoré',
        `- ${GUIDE.step7.title} : Étape 7 : sélectionner la durée — tests/order-form-duration.spec.ts:12`,
        'Rapport : https://github.com/certigna/e2e/actions/runs/42',
      ])
        expect(text).toContain(expected);
      // Neither Slack's nor Teams' own link or bold markup, which the other would show raw (the
      // asterisks of « RGS** » close nothing: no word starts with them).
      expect(text).not.toMatch(/<https?:[^>]*\||\]\(https?:|(^|\s)\*+\S/);
    } finally {
      hook.server.close();
    }
  });

  test('no RESULTS_WEBHOOK_URL: nothing is sent', async () => {
    expect(await notify(TESTS, INFO, {}, () => {})).toBeUndefined();
  });

  test('a webhook answering 500 or unreachable is reported, never thrown', async () => {
    const failing = await receiver(500);
    try {
      const lines: string[] = [];
      const outcome = await notify(TESTS, INFO, { RESULTS_WEBHOOK_URL: failing.url }, (l) => lines.push(l));
      expect(outcome).toEqual({ ok: false, detail: 'HTTP 500 boom' });
      expect(lines.join('\n')).toContain("le résultat des tests n'en dépend pas");
    } finally {
      failing.server.close();
    }
    const unreachable = await postWebhook(await unreachableUrl(), webhookMessage(TESTS, INFO), 5_000);
    expect(unreachable).toEqual({ ok: false, detail: 'ECONNREFUSED' });
  });
});

test.describe('summary table', () => {
  test('counts by guide entry, each failure with its step and trace', () => {
    const text = renderSummary(TESTS, INFO);
    const row = (title: string) => text.split('\n').find((l) => l.startsWith(`| ${title} `));
    expect(row(GUIDE.step7.title)).toMatch(/\|\s+0 \|\s+1 \|\s+0 \|$/);
    expect(row(GUIDE.step2.title)).toMatch(/\|\s+1 \|\s+0 \|\s+0 \|$/);
    // No test of this run covers it: not run, not passed.
    expect(row(GUIDE.step1.title)).toMatch(/\|\s+— \|\s+— \|\s+— \|$/);
    expect(text).toMatch(/\| \*\*Tests sans entrée du guide\*\* .*\|\s+0 \|\s+0 \|\s+1 \|/);
    expect(text).toMatch(/\| \*\*Total\*\* .*\|\s+1 \|\s+1 \|\s+1 \|/);
    expect(text).toContain('   - en échec à : Étape 7 : sélectionner la durée');
    expect(text).toContain('   - trace : `test-results/duration-retry1/trace.zip`');
    expect(text).toContain('- `tests/login.spec.ts:8` Connexion');
    // Every table line has the same width: it reads as a table in a terminal too.
    const widths = new Set(
      text
        .split('\n')
        .filter((l) => l.startsWith('|'))
        .map((l) => l.length),
    );
    expect(widths.size).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// The reporter in real runs: a child Playwright run of a small spec, no browser, no portal.

const CHILD_SPEC = `
import { expect, test } from '@playwright/test';
const covers = (title: string) => ({ annotation: [{ type: 'guide', description: title }] });

test('durée 3 ans', covers(${JSON.stringify(GUIDE.step7.title)}), async () => {
  await test.step('Étape 6 : sélectionner « Pack ID RGS** »', async () => {});
  await test.step('Étape 7 : sélectionner la durée', async () => {
    await test.step('Choisir 3 ans', async () => {
      expect(process.env.BREAK_STEP_7 ?? 'no', 'broken on purpose').toBe('no');
    });
  });
});

test('connexion', covers(${JSON.stringify(GUIDE.step2.title)}), async () => {
  await test.step('Étape 2 : saisir son identifiant et son mot de passe', async () => {});
});

test('plus tard', covers(${JSON.stringify(GUIDE.step12.title)}), async () => {
  test.skip(true, 'not in this run');
});
`;

interface ChildRun {
  code: number | null;
  stdout: string;
  dir: string;
}

/** Runs the small spec through a config with the suite's summary reporter (and json, allure). */
async function childRun(name: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<ChildRun> {
  const dir = test.info().outputPath(name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'summary-child.spec.ts'), CHILD_SPEC);
  writeFileSync(
    join(dir, 'child.config.ts'),
    `export default {
  testDir: '.',
  outputDir: './test-results',
  retries: 1,
  use: { trace: 'on-first-retry', baseURL: 'http://127.0.0.1:9' },
  projects: [{ name: 'unit' }],
  reporter: [
    [${JSON.stringify(resolve('scripts/lib/summary-reporter.ts'))}],
    ['json', { outputFile: './results.json' }],
    // Absolute: allure-playwright reads its directory from the working directory, the repository's.
    ['allure-playwright', { resultsDir: ${JSON.stringify(join(dir, 'allure-results'))}, detail: false }],
  ],
};\n`,
  );
  const child = spawn(
    process.execPath,
    ['node_modules/@playwright/test/cli.js', 'test', '-c', join(dir, 'child.config.ts'), ...args],
    {
      env: {
        ...process.env,
        BASE_URL: 'https://portail.example.fr',
        ALLOW_ACCOUNT_CHANGES: '',
        RESULTS_REPORT_URL: 'https://ci.example.fr/runs/7',
        GITHUB_STEP_SUMMARY: join(dir, 'step-summary.md'),
        RESULTS_WEBHOOK_URL: '',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stdout += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  await test.info().attach(`${name} output`, { body: stdout, contentType: 'text/plain' });
  return { code, stdout, dir };
}

test.describe('summary reporter', () => {
  // Each child run starts Playwright (~3 s on a quiet 2-core machine, 10 s and more under load).
  test.describe.configure({ timeout: 90_000 });

  test('a step broken on purpose: the terminal, the job summary and the webhook name it', async () => {
    const hook = await receiver();
    try {
      const run = await childRun('broken', { BREAK_STEP_7: 'yes', RESULTS_WEBHOOK_URL: hook.url });
      expect(run.code, 'one test failed').toBe(1);

      const row = (title: string) => run.stdout.split('\n').find((l) => l.startsWith(`| ${title} `));
      expect(row(GUIDE.step7.title), run.stdout).toMatch(/\|\s+0 \|\s+1 \|\s+0 \|$/);
      expect(row(GUIDE.step2.title)).toMatch(/\|\s+1 \|\s+0 \|\s+0 \|$/);
      expect(row(GUIDE.step12.title)).toMatch(/\|\s+0 \|\s+0 \|\s+1 \|$/);
      expect(run.stdout).toContain('Portail : http://127.0.0.1:9 · mode : production');
      expect(run.stdout).toContain('   - en échec à : Étape 7 : sélectionner la durée › Choisir 3 ans');
      const trace = run.stdout.match(/ {3}- trace : `([^`]+)`/)?.[1];
      expect(trace, 'the failure gives its trace').toBeDefined();
      expect(existsSync(trace!), `${trace} exists`).toBe(true);

      // Retried once: one test, failed once in the counts.
      expect(run.stdout).toMatch(/\| \*\*Total\*\* .*\|\s+1 \|\s+1 \|\s+1 \|/);
      const stepSummary = readFileSync(join(run.dir, 'step-summary.md'), 'utf8');
      expect(stepSummary).toContain(row(GUIDE.step7.title)!);

      expect(hook.received).toHaveLength(1);
      const text = (JSON.parse(hook.received[0]!.body) as { text: string }).text;
      expect(text).toContain('Étape 7 : sélectionner la durée › Choisir 3 ans');
      expect(text).toContain('Rapport : https://ci.example.fr/runs/7');

      // The Allure report's environment block, written beside the results.
      const env = readFileSync(join(run.dir, 'allure-results', 'environment.properties'), 'utf8');
      expect(env).toContain('Portail=http://127.0.0.1:9');
      expect(env).toContain('Mode=production');
      expect(env).toMatch(/Navigateur=/);
      // …and read back by summarize-results.ts on CI's merged shards.
      expect(runInfoFromProperties(env)).toMatchObject({ portal: 'http://127.0.0.1:9', mode: 'production' });

      // The JSON report gives the same table: one code path for the terminal and CI's merged shards.
      const fromJson = renderSummary(testsFromReport(readReport(join(run.dir, 'results.json'))), {
        portal: 'http://127.0.0.1:9',
        mode: 'production',
      });
      expect(fromJson.split('\n').find((l) => l.startsWith(`| ${GUIDE.step7.title} `))).toBe(
        row(GUIDE.step7.title),
      );
      expect(fromJson).toContain('   - en échec à : Étape 7 : sélectionner la durée › Choisir 3 ans');
    } finally {
      hook.server.close();
    }
  });

  test('a webhook answering 500 or unreachable leaves a passing run passing', async () => {
    const failing = await receiver(500);
    try {
      const run = await childRun('webhook-500', { RESULTS_WEBHOOK_URL: failing.url });
      expect(run.code, run.stdout).toBe(0);
      expect(failing.received).toHaveLength(1);
      expect(run.stdout).toContain("n'a pas pris le résumé (HTTP 500 boom)");
    } finally {
      failing.server.close();
    }
    const run = await childRun('webhook-unreachable', { RESULTS_WEBHOOK_URL: await unreachableUrl() });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("n'a pas pris le résumé (ECONNREFUSED)");
  });

  test('--list prints no table and posts nothing: no test ran', async () => {
    const hook = await receiver();
    try {
      const run = await childRun('list', { RESULTS_WEBHOOK_URL: hook.url }, ['--list']);
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout, 'the listing itself').toContain('summary-child.spec.ts');
      expect(run.stdout).not.toContain('résultats par entrée du guide');
      expect(run.stdout).not.toMatch(/\| \*\*Total\*\* /);
      expect(hook.received).toHaveLength(0);
      expect(existsSync(join(run.dir, 'step-summary.md'))).toBe(false);
    } finally {
      hook.server.close();
    }
  });

  test('a shard prints its table but leaves the job summary and the webhook to the merged report', async () => {
    const hook = await receiver();
    try {
      const run = await childRun('shard', { RESULTS_WEBHOOK_URL: hook.url }, ['--shard=1/2']);
      expect(run.stdout).toContain('résultats par entrée du guide');
      expect(hook.received).toHaveLength(0);
      expect(existsSync(join(run.dir, 'step-summary.md'))).toBe(false);
    } finally {
      hook.server.close();
    }
  });
});
