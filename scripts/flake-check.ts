/**
 * `npm run flake-check`: runs the browser suite (project chromium) and the mock's HTTP tests
 * (mock-http) ten times each, on 2 workers, without retries, and counts what did not pass.
 * The tooling project is left out: its tests start their own mocks and Playwright runs on fixed
 * ports, and check the suite's tools rather than the portal.
 *
 *   runs    every test run (tests × repeats)
 *   failed  runs that did not pass
 *   flaky   tests that passed in some repeats and failed in others
 *
 * Prints each failure, then as its last line `runs: N, failed: N, flaky: N`; exits 1 when
 * failed or flaky is not 0. Its report is reports/flake-check.json and its traces are under
 * reports/flake-check-output/ (reports/results.json and test-results/, the normal run's, are
 * left alone). Extra arguments go to Playwright (`-- --repeat-each=3`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readReport, reportedTests, type JSONReport } from './lib/report.ts';

const REPORT = 'reports/flake-check.json';

const args = [
  'playwright',
  'test',
  '--project=chromium',
  '--project=mock-http',
  '--repeat-each=10',
  '--workers=2',
  '--retries=0',
  '--reporter=dot,json',
  // Its own output folder, outside test-results/: any other Playwright run empties that folder
  // when it starts, traces of a run in progress included.
  '--output=reports/flake-check-output',
  ...process.argv.slice(2),
];

mkdirSync('reports', { recursive: true });
const started = performance.now();
const code = await new Promise<number | null>((resolve) => {
  const child = spawn('npx', args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      PLAYWRIGHT_JSON_OUTPUT_FILE: REPORT,
      // A mock of its own unless told otherwise, never one already running on the default port.
      MOCK_PORT: process.env.MOCK_PORT || '5310',
      MOCK_SMTP_PORT: process.env.MOCK_SMTP_PORT || '5311',
      MOCK_MAIL_PORT: process.env.MOCK_MAIL_PORT || '5312',
    },
  });
  child.on('close', resolve);
});
const minutes = ((performance.now() - started) / 60_000).toFixed(1);

let report: JSONReport;
try {
  report = readReport(REPORT);
} catch {
  console.error(`Playwright wrote no report (exit ${code}).`);
  console.log('runs: 0, failed: 0, flaky: 0');
  process.exit(1);
}

type Outcome = { where: string; passed: number; failed: number; errors: string[] };
const byTest = new Map<string, Outcome>();
for (const t of reportedTests(report)) {
  if (t.status === 'skipped') continue;
  const key = `[${t.projectName}] ${t.file} › ${t.title}`;
  const o = byTest.get(key) ?? { where: `${t.file}:${t.line}`, passed: 0, failed: 0, errors: [] };
  for (const r of t.results) {
    if (r.status === 'passed') o.passed += 1;
    else if (r.status !== 'skipped') {
      o.failed += 1;
      const message = r.error?.message ?? r.errors[0]?.message ?? r.status ?? 'no status';
      o.errors.push(message.replace(/\x1b\[[0-9;]*m/g, '').split('\n')[0]!);
    }
  }
  byTest.set(key, o);
}

const outcomes = [...byTest.entries()];
const runs = outcomes.reduce((n, [, o]) => n + o.passed + o.failed, 0);
const failed = outcomes.reduce((n, [, o]) => n + o.failed, 0);
const flaky = outcomes.filter(([, o]) => o.failed > 0 && o.passed > 0);
const broken = outcomes.filter(([, o]) => o.failed > 0 && o.passed === 0);

for (const e of report.errors ?? []) console.log(`\nRun error: ${e.message ?? ''}`);
for (const [title, list] of [
  ['Flaky (passed in some repeats, failed in others)', flaky],
  ['Failed in every repeat', broken],
] as const) {
  if (list.length === 0) continue;
  console.log(`\n${title}:`);
  for (const [name, o] of list) {
    console.log(`  ${name}  (${o.where}) — ${o.failed} failed, ${o.passed} passed`);
    for (const message of new Set(o.errors)) console.log(`      ${message}`);
  }
}
console.log(`\n${byTest.size} distinct tests, ${minutes} min, report ${REPORT}`);
console.log(`runs: ${runs}, failed: ${failed}, flaky: ${flaky.length}`);
process.exit(failed > 0 || flaky.length > 0 || (report.errors ?? []).length > 0 ? 1 : 0);
