/**
 * `npm run defects`: proves the suite catches regressions. Runs the browser suite once with no
 * defect (it must pass, or the table means nothing), then once per named defect of the mock
 * (`MOCK_DEFECTS=<name>`, mock-site/test-mode/defects/), each run with its own mock on its own ports, a
 * few at a time (`--parallel`). Prints defect, caught or missed, the tests that failed, the time;
 * last line `caught N of M defects`. Exits non-zero when a defect is missed (or a run could not
 * start).
 *
 * A defect is caught at the suite's first failure, so each defect run stops there
 * (`--max-failures=1`) and reports that first failing test. The run starts with the tests of the
 * rules the defect breaks (guide/rules/: each rule names its defects, each test its rules), so
 * a caught defect costs a handful of tests; only when those all pass does it run the whole suite
 * (a catch elsewhere still counts, and says so). Only the clean run and a missed defect pay the
 * whole suite. That test is then run again on a
 * mock without the defect: it must pass there, or the failure was not the defect's doing (a slow
 * machine, a flaky test) and the defect run is made once more; twice unconfirmed is an error, not
 * a catch. `--full` runs the whole suite per defect and lists every test that failed (no
 * confirmation). Runs get a longer test timeout than the config's: they share the machine with
 * each other, and a timeout from load must not pass for a catch.
 *
 *   npm run defects                                   all defects
 *   npm run defects -- --only a,b                     some of them
 *   npm run defects -- --parallel 1                   one run at a time
 *   npm run defects -- --full                         every failing test, not only the first
 *   npm run defects -- --clean-report reports/results.json
 *        the clean run is that report of a suite run just made (e.g. by `npm run e2e` in
 *        `npm test`): its chromium tests must all have passed; no second clean run is made
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { RULE_INVENTORY, ruleCheckLabel, type Rule, type RuleId } from '../guide/rules.ts';
import { DEFECTS, type DefectName } from '../mock-site/test-mode/defects/index.ts';
import { listTests } from './lib/listing.ts';
import { run } from './lib/proc.ts';
import { readReport, reportedTests, type JSONReport } from './lib/report.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const names = Object.keys(DEFECTS) as DefectName[];
const only = arg('only')
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = (only ?? []).filter((n) => !(n in DEFECTS));
if (unknown.length) {
  console.error(`Unknown defect(s): ${unknown.join(', ')}. Known: ${names.join(', ')}`);
  process.exit(2);
}
const selected = (only ?? names) as DefectName[];
const parallel = Number(arg('parallel') ?? Math.max(1, Math.min(2, availableParallelism())));
const full = process.argv.includes('--full');
const cleanReport = arg('clean-report');
// Each run's mock gets ports from here; DEFECTS_BASE_PORT moves them beside another runner.
const BASE_PORT = Number(process.env.DEFECTS_BASE_PORT) || 5100;
const dir = 'reports/defects';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

/** For each defect, the tests of the rules it breaks (`file:line`), from the suite's listing. */
function testsOfRules(): Map<string, string[]> {
  const listed = listTests('chromium');
  const byDefect = new Map<string, string[]>();
  for (const id of Object.keys(RULE_INVENTORY) as RuleId[]) {
    const r: Rule = RULE_INVENTORY[id];
    const labels = new Set(
      r.sides ? r.sides.map((side) => ruleCheckLabel({ rule: id, side })) : [ruleCheckLabel({ rule: id })],
    );
    const where = listed.filter((t) => t.checks.some((c) => labels.has(c))).map((t) => t.where);
    for (const d of r.defects) byDefect.set(d, [...new Set([...(byDefect.get(d) ?? []), ...where])]);
  }
  return byDefect;
}

interface Failed {
  /** « file › title » */
  name: string;
  /** `file:line`, to run that test again. */
  location: string;
}

/** Chromium tests whose result was a failure. */
function failedTests(report: JSONReport): Failed[] {
  return reportedTests(report, 'chromium')
    .filter((t) => t.status === 'unexpected')
    .map((t) => ({
      name: `${t.file.replace(/^tests\//, '')} › ${t.title}`,
      location: `${t.file}:${t.line}`,
    }));
}

function passedTests(report: JSONReport): number {
  return reportedTests(report, 'chromium').filter((t) => t.status === 'expected').length;
}

type Outcome = 'caught' | 'missed' | 'error';
interface Result {
  defect: string;
  outcome: Outcome;
  failed: Failed[];
  passed: number;
  seconds: number;
  error?: string;
  /** Caught by the tests of the rules it breaks, or only by the whole suite. */
  by?: 'its rules' | 'the suite';
}

interface RunOptions {
  stopAtFirst?: boolean;
  /** Only these tests (`file:line`). */
  locations?: string[];
  /** Names the report and output files apart from the defect's own run. */
  label?: string;
}

async function runWith(defect: string, slot: number, opts: RunOptions = {}): Promise<Result> {
  const port = BASE_PORT + slot * 10;
  const name = opts.label ?? (defect || 'clean');
  const file = `${dir}/${name}.json`;
  const flags = [
    ...(opts.locations ?? []).map((l) => `'${l.replace(/'/g, "'\\''")}'`),
    '--project=chromium',
    '--workers=1',
    '--retries=0',
    '--timeout=60000',
    '--reporter=json',
    `--output=${dir}/${name}`,
    ...(opts.stopAtFirst ? ['--max-failures=1'] : []),
  ];
  const r = await run(`npx playwright test ${flags.join(' ')}`, {
    MOCK_DEFECTS: defect,
    MOCK_PORT: String(port),
    MOCK_SMTP_PORT: String(port + 1),
    MOCK_MAIL_PORT: String(port + 2),
    BASE_URL: '',
    // Never reuse a server already on these ports: a mock without the defect would make it look missed.
    CI: '1',
    PLAYWRIGHT_JSON_OUTPUT_FILE: file,
  });
  const seconds = r.wallMs / 1000;
  let report: JSONReport;
  try {
    report = readReport(file);
  } catch {
    return { defect, outcome: 'error', failed: [], passed: 0, seconds, error: r.stderr.slice(-1500) };
  }
  const failed = failedTests(report);
  const passed = passedTests(report);
  // No failing test and no passing one either: the run never got going (mock did not start...).
  if (!failed.length && (report.errors?.length || passed === 0)) {
    const error = (report.errors ?? []).map((e) => e.message ?? '').join('\n') || r.stderr.slice(-1500);
    return { defect, outcome: 'error', failed, passed, seconds, error };
  }
  return { defect, outcome: failed.length ? 'caught' : 'missed', failed, passed, seconds };
}

const started = performance.now();
if (cleanReport) {
  console.log(`Clean run: ${cleanReport}`);
  if (!existsSync(cleanReport)) {
    console.error(`${cleanReport} does not exist: run the suite first, or leave --clean-report out.`);
    process.exit(1);
  }
  const report = readReport(cleanReport);
  const failed = failedTests(report);
  const passed = passedTests(report);
  if (failed.length || passed === 0) {
    console.error(`That run did not pass (${failed.length} failed, ${passed} passed): fix the suite first.`);
    for (const t of failed) console.error(`  - ${t.name}`);
    process.exit(1);
  }
  console.log(`  ${passed} chromium tests passed\n`);
} else {
  console.log('Clean run (no defect)...');
  const clean = await runWith('', 0);
  if (clean.outcome !== 'missed') {
    console.error(`The suite does not pass without defects (${clean.failed.length} failed): fix that first.`);
    for (const t of clean.failed) console.error(`  - ${t.name}`);
    if (clean.error) console.error(clean.error);
    process.exit(1);
  }
  console.log(`  ${clean.passed} passed in ${clean.seconds.toFixed(1)} s\n`);
}

/**
 * The defect's run, stopped at its first failure; that test must then pass without the defect,
 * or the run is made once more.
 */
async function caughtAndConfirmed(defect: string, slot: number): Promise<Result> {
  let last: Result | undefined;
  const ruleTests = ruleTestsOf.get(defect) ?? [];
  for (let attempt = 1; attempt <= 2; attempt++) {
    let r: Result = { defect, outcome: 'missed', failed: [], passed: 0, seconds: 0 };
    if (ruleTests.length)
      r = await runWith(defect, slot, {
        stopAtFirst: true,
        locations: ruleTests,
        label: `${defect}-${attempt}-rules`,
      });
    if (r.outcome === 'caught') r.by = 'its rules';
    else {
      const whole = await runWith(defect, slot, { stopAtFirst: true, label: `${defect}-${attempt}` });
      r = { ...whole, seconds: whole.seconds + r.seconds, by: 'the suite' };
    }
    if (r.outcome !== 'caught') return r;
    const first = r.failed[0]!;
    const control = await runWith('', slot, {
      locations: [first.location],
      label: `${defect}-${attempt}-control`,
    });
    const seconds = r.seconds + control.seconds + (last?.seconds ?? 0);
    if (control.outcome === 'missed') return { ...r, seconds };
    last = {
      ...r,
      outcome: 'error',
      seconds,
      error: `${first.name} fails without the defect too${control.outcome === 'error' ? ' (its control run did not start)' : ''}: not a catch`,
    };
    console.log(`  ${defect}: ${last.error}${attempt === 1 ? '; running it again' : ''}`);
  }
  return last!;
}

const ruleTestsOf = full ? new Map<string, string[]>() : testsOfRules();
const results: Result[] = [];
const queue = [...selected];
await Promise.all(
  Array.from({ length: Math.max(1, parallel) }, async (_, slot) => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const r = full ? await runWith(name, slot + 1) : await caughtAndConfirmed(name, slot + 1);
      results.push(r);
      console.log(
        `  ${r.outcome === 'caught' ? 'caught' : r.outcome.toUpperCase()} ${name} (${r.seconds.toFixed(1)} s${r.by ? `, by ${r.by}` : ''})`,
      );
      if (r.error) console.log(r.error.replace(/^/gm, '      '));
    }
  }),
);

results.sort((a, b) => selected.indexOf(a.defect as DefectName) - selected.indexOf(b.defect as DefectName));
const cell = (s: string) => s.replace(/\|/g, '\\|');
console.log(
  `\n| defect | what it breaks | result | ${full ? 'failed tests' : 'first failing test'} | time |`,
);
console.log('| --- | --- | --- | --- | --- |');
for (const r of results) {
  const tests = r.failed.length ? r.failed.map((f) => cell(f.name)).join('<br>') : '—';
  console.log(
    `| ${r.defect} | ${cell(DEFECTS[r.defect as DefectName])} | ${r.outcome} | ${tests} | ${r.seconds.toFixed(1)} s |`,
  );
}
const caught = results.filter((r) => r.outcome === 'caught').length;
console.log(
  `\nTotal time ${((performance.now() - started) / 1000 / 60).toFixed(1)} min, ${parallel} run(s) at a time.`,
);
const elsewhere = results.filter((r) => r.outcome === 'caught' && r.by === 'the suite').map((r) => r.defect);
if (elsewhere.length)
  console.log(`Caught only outside the tests of the rules they break: ${elsewhere.join(', ')}`);
console.log(`caught ${caught} of ${results.length} defects`);
process.exit(caught === results.length ? 0 : 1);
