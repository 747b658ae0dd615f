/**
 * The command Stryker's command runner runs for each mutant (stryker.config.json), inside its
 * sandbox: exit 0 means the suite let the mutant through (survived), anything else killed it.
 *
 * Stryker instruments every mutated file with all its mutants at once and names the one that is
 * live in `__STRYKER_ACTIVE_MUTANT__`. The mock inherits that variable from Playwright's webServer,
 * which builds it from the sandbox's instrumented sources (`npm run -s mock`), so the mutant is live
 * in the mock the browser talks to. The mutant's file is found by its id in the instrumented
 * sources; the run starts with the tests of the rules that file serves (scripts/lib/mutation-scope.ts),
 * and only when they all pass goes on to the whole browser project, as `npm run defects` does.
 * Without a mutant (Stryker's first, dry run) it runs the whole project: it must pass on the
 * instrumented sources, or no kill means anything.
 *
 * Each run appends one line to `MUTATION_LOG` (set by scripts/mutation.ts): mutant, file, phase,
 * tests run, the first failing test, time.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { RULE_INVENTORY, ruleCheckLabel, type Rule, type RuleId } from '../guide/rules.ts';
import { MUTATED_FILES, MUTATION_SCOPE, type MutatedFile } from './lib/mutation-scope.ts';
import { listTests, type Listed } from './lib/listing.ts';
import { run } from './lib/proc.ts';
import { readReport, reportedTests } from './lib/report.ts';

const PROJECT = 'chromium';
const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
// One sandbox per Stryker worker: each worker's mocks get ports of their own.
const worker = Number(process.env.STRYKER_MUTATOR_WORKER ?? 0) || 0;
const port = (name: string, fallback: number) => String(Number(process.env[name] || fallback) + worker * 10);
const dir = 'reports/mutation';
mkdirSync(dir, { recursive: true });

/** The instrumented file that holds the active mutant (Stryker writes `stryMutAct_9fa48("<id>")`). */
function fileOf(id: string): MutatedFile | undefined {
  const marker = `stryMutAct_9fa48("${id}")`;
  return MUTATED_FILES.find((f) => existsSync(f) && readFileSync(f, 'utf8').includes(marker));
}

/** The suite's listing, once per sandbox (it costs a few seconds). */
function listing(): Listed[] {
  const cache = `${dir}/listing.json`;
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Listed[];
  const listed = listTests(PROJECT);
  writeFileSync(cache, JSON.stringify(listed));
  return listed;
}

/** `file:line` of every test declaring one of these rules, on either of its sides. */
function testsOfRules(rules: readonly RuleId[]): string[] {
  const labels = new Set(
    rules.flatMap((id) => {
      const r: Rule = RULE_INVENTORY[id];
      return r.sides
        ? r.sides.map((side) => ruleCheckLabel({ rule: id, side }))
        : [ruleCheckLabel({ rule: id })];
    }),
  );
  return [
    ...new Set(
      listing()
        .filter((t) => t.checks.some((c) => labels.has(c)))
        .map((t) => t.where),
    ),
  ];
}

type Phase = { failed: string | undefined; passed: number; seconds: number; code: number };

async function runTests(label: string, locations: string[]): Promise<Phase> {
  const file = `${dir}/${label}.json`;
  const flags = [
    ...locations.map((l) => `'${l.replace(/'/g, "'\\''")}'`),
    `--project=${PROJECT}`,
    // A flaky test passes on its retry: a kill is a test the mutant fails twice.
    '--retries=1',
    '--max-failures=1',
    '--reporter=json',
    `--output=${dir}/${label}`,
  ];
  const r = await run(`npx playwright test ${flags.join(' ')}`, {
    MOCK_PORT: port('MOCK_PORT', 5010),
    MOCK_SMTP_PORT: port('MOCK_SMTP_PORT', 5025),
    MOCK_MAIL_PORT: port('MOCK_MAIL_PORT', 5080),
    BASE_URL: '',
    // Never reuse a mock already on these ports: it would not run this mutant.
    CI: '1',
    PLAYWRIGHT_JSON_OUTPUT_FILE: file,
  });
  let failed: string | undefined;
  let passed = 0;
  try {
    const tests = reportedTests(readReport(file), PROJECT);
    const first = tests.find((t) => t.status === 'unexpected');
    // Where and why, in one line: enough to tell a kill by the mutant from a kill by chance.
    const why = first?.results.at(-1)?.errors?.[0]?.message?.replace(/\u001b\[[0-9;]*m/g, '');
    if (first)
      failed = `${first.file}:${first.line} ${first.title} — ${(why ?? '').split('\n').slice(0, 4).join(' ').slice(0, 400)}`;
    passed = tests.filter((t) => t.status === 'expected' || t.status === 'flaky').length;
  } catch {
    // No report: the run did not start (the mutant may stop the mock from starting: a kill too).
    failed = `no report: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  }
  return { failed, passed, seconds: r.wallMs / 1000, code: r.code };
}

function log(entry: Record<string, unknown>): void {
  const to = process.env.MUTATION_LOG;
  if (to) appendFileSync(to, `${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`);
}

const file = mutant === undefined ? undefined : fileOf(mutant);
let result: Phase;
let phase: 'rules' | 'suite' = 'suite';
let narrow: Phase | undefined;
if (file) {
  const locations = testsOfRules(MUTATION_SCOPE[file]);
  if (locations.length) {
    narrow = await runTests(`mutant-${mutant}-rules`, locations);
    phase = 'rules';
  }
}
if (narrow && narrow.code !== 0) result = narrow;
else {
  const whole = await runTests(mutant === undefined ? 'dry-run' : `mutant-${mutant}`, []);
  result = { ...whole, seconds: whole.seconds + (narrow?.seconds ?? 0) };
  phase = 'suite';
}
log({
  mutant: mutant ?? 'dry run',
  file: file ?? null,
  killed: result.code !== 0,
  by: result.code !== 0 ? phase : null,
  narrowTests: narrow ? narrow.passed + (narrow.failed ? 1 : 0) : 0,
  failed: result.failed ?? null,
  seconds: Number(result.seconds.toFixed(1)),
});
if (result.failed) console.log(`first failing test: ${result.failed}`);
process.exit(result.code === 0 ? 0 : 1);
