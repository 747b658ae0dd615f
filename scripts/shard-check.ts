/**
 * Proves that sharding loses nothing: runs the suite as 2 shards with blob reports, merges them
 * with `playwright merge-reports`, and compares the merged results with a single run's JSON
 * report (by default the one `npm run e2e` just wrote): same tests, same outcomes.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './lib/proc.ts';

const SHARDS = 2;
// The browser suite is what CI shards; the mock's and tools' own tests are not worth a second run.
const PROJECT = 'chromium';
const single = process.argv[2] ?? 'reports/results.json';
const work = 'reports/shard-check';

interface Suite {
  title: string;
  file?: string;
  suites?: Suite[];
  specs: { title: string; file: string; tests: { projectName: string; status: string }[] }[];
}
interface Report {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: Suite[];
}

function outcomes(report: Report): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (s: Suite, path: string[]) => {
    for (const spec of s.specs)
      for (const t of spec.tests.filter((x) => x.projectName === PROJECT))
        out.set(`${t.projectName} | ${spec.file} | ${[...path, spec.title].join(' › ')}`, t.status);
    for (const child of s.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const s of report.suites) walk(s, []);
  return out;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Report;

let reference: Report;
try {
  reference = read(single);
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
const merged = read(mergedFile);

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
