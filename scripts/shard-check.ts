/**
 * Proves that sharding loses nothing: runs the suite as 2 shards with blob reports, merges them
 * with `playwright merge-reports`, and compares the merged results with a single run's JSON
 * report (by default the one `npm run e2e` just wrote): same tests, same outcomes.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './lib/proc.ts';
import { readReport, reportedTests, type JSONReport } from './lib/report.ts';

const SHARDS = 2;
// The browser suite is what CI shards; the mock's and tools' own tests are not worth a second run.
const PROJECT = 'chromium';
const single = process.argv[2] ?? 'reports/results.json';
const work = 'reports/shard-check';

function outcomes(report: JSONReport): Map<string, string> {
  return new Map(
    reportedTests(report, PROJECT).map((t) => [`${t.projectName} | ${t.file} | ${t.title}`, t.status]),
  );
}

let reference: JSONReport;
try {
  reference = readReport(single);
} catch {
  console.error(`No single-run report at ${single}: run \`npm run e2e\` first.`);
  process.exit(1);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'all'), { recursive: true });
for (let i = 1; i <= SHARDS; i++) {
  const dir = join(work, `blob-${i}`);
  console.log(`shard ${i}/${SHARDS}...`);
  const r = await run(`npx playwright test --project=${PROJECT} --shard=${i}/${SHARDS} --reporter=blob`, {
    PLAYWRIGHT_BLOB_OUTPUT_DIR: dir,
  });
  if (r.code !== 0) console.log(`  shard ${i} exited ${r.code}`);
  for (const f of readdirSync(dir)) cpSync(join(dir, f), join(work, 'all', f));
}
const mergedFile = join(work, 'merged.json');
const merge = await run(`npx playwright merge-reports --reporter=json ${join(work, 'all')}`, {
  PLAYWRIGHT_JSON_OUTPUT_FILE: mergedFile,
});
if (merge.code !== 0) {
  console.error(`merge-reports failed:\n${merge.stderr}`);
  process.exit(1);
}
const merged = readReport(mergedFile);

const a = outcomes(reference);
const b = outcomes(merged);
const problems: string[] = [];
for (const [key, status] of a) {
  if (!b.has(key)) problems.push(`missing from the shards: ${key}`);
  else if (b.get(key) !== status)
    problems.push(`${key}: ${status} in the single run, ${b.get(key)} in the shards`);
}
for (const key of b.keys()) if (!a.has(key)) problems.push(`only in the shards: ${key}`);
const totals = (m: Map<string, string>) => {
  const count = (status: string) => [...m.values()].filter((v) => v === status).length;
  return `${count('expected')} passed, ${count('unexpected')} failed, ${count('flaky')} flaky, ${count('skipped')} skipped`;
};
console.log(`single run (${PROJECT}): ${a.size} tests — ${totals(a)}`);
console.log(`${SHARDS} shards merged: ${b.size} tests — ${totals(b)}`);
if (a.size === 0) problems.push('the single run holds no test');
if (problems.length) {
  console.error(problems.map((p) => `  - ${p}`).join('\n'));
  console.error('shard check: FAILED');
  process.exit(1);
}
console.log('shard check: the shards ran the same tests with the same outcomes');
