/**
 * `npm run defects`: proves the suite catches regressions. Runs the browser suite once with no
 * defect (it must pass, or the table means nothing), then once per named defect of the mock
 * (`MOCK_DEFECTS=<name>`), each run with its own mock on its own ports, two at a time.
 * Prints defect, caught or missed, the tests that failed, the time; last line
 * `caught N of M defects`. Exits non-zero when a defect is missed.
 *
 *   npm run defects                       all defects
 *   npm run defects -- --only a,b         some of them (the quick form in npm test)
 *   npm run defects -- --parallel 1       one run at a time
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DEFECTS } from '../mock-site/defects.ts';
import { run } from './lib/proc.ts';

interface Report {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: Suite[];
}
interface Suite {
  title: string;
  suites?: Suite[];
  specs: { title: string; tests: { status: string }[] }[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const only = arg('only')
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const names = Object.keys(DEFECTS);
const unknown = (only ?? []).filter((n) => !names.includes(n));
if (unknown.length) {
  console.error(`Unknown defect(s): ${unknown.join(', ')}. Known: ${names.join(', ')}`);
  process.exit(2);
}
const selected = only ?? names;
const parallel = Number(arg('parallel') ?? Math.max(1, Math.min(2, availableParallelism())));
const BASE_PORT = 5100;
const dir = 'reports/defects';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

function failedTests(report: Report): string[] {
  const failed: string[] = [];
  const walk = (s: Suite) => {
    for (const spec of s.specs)
      if (spec.tests.some((t) => t.status === 'unexpected')) failed.push(spec.title);
    for (const c of s.suites ?? []) walk(c);
  };
  report.suites.forEach(walk);
  return failed;
}

async function runWith(defect: string, slot: number) {
  const port = BASE_PORT + slot * 10;
  const file = `${dir}/${defect || 'clean'}.json`;
  const r = await run('npx playwright test --project=chromium --workers=1 --retries=0 --reporter=json', {
    MOCK_DEFECTS: defect,
    MOCK_PORT: String(port),
    MOCK_SMTP_PORT: String(port + 1),
    MOCK_MAIL_PORT: String(port + 2),
    BASE_URL: '',
    PLAYWRIGHT_JSON_OUTPUT_FILE: file,
  });
  let report: Report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  } catch {
    throw new Error(
      `run with defect "${defect}" wrote no report (exit ${r.code}):\n${r.stderr.slice(-1500)}`,
    );
  }
  return { defect, failed: failedTests(report), stats: report.stats, seconds: r.wallMs / 1000 };
}

console.log('Clean run (no defect)...');
const clean = await runWith('', 0);
if (clean.failed.length || clean.stats.expected === 0) {
  console.error(`The suite does not pass without defects (${clean.failed.length} failed): fix that first.`);
  for (const t of clean.failed) console.error(`  - ${t}`);
  process.exit(1);
}
console.log(`  ${clean.stats.expected} passed in ${clean.seconds.toFixed(1)} s\n`);

const results: Awaited<ReturnType<typeof runWith>>[] = [];
const queue = [...selected];
await Promise.all(
  Array.from({ length: parallel }, async (_, slot) => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const r = await runWith(name, slot + 1);
      results.push(r);
      console.log(`  ${r.failed.length ? 'caught' : 'MISSED'} ${name} (${r.seconds.toFixed(1)} s)`);
    }
  }),
);

results.sort((a, b) => selected.indexOf(a.defect) - selected.indexOf(b.defect));
console.log('\n| defect | what it breaks | result | failed tests | time |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of results) {
  const tests = r.failed.length ? r.failed.join('; ') : '—';
  console.log(
    `| ${r.defect} | ${DEFECTS[r.defect]} | ${r.failed.length ? 'caught' : 'missed'} | ${tests} | ${r.seconds.toFixed(1)} s |`,
  );
}
const caught = results.filter((r) => r.failed.length > 0).length;
console.log(`\ncaught ${caught} of ${results.length} defects`);
process.exit(caught === results.length ? 0 : 1);
