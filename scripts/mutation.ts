/**
 * `npm run mutation`: the mutation score of the mock's rules, by StrykerJS (docs/mutation.md). A
 * benchmark, not part of `npm test`: each mutant costs a mock build and a browser run.
 *
 * Runs `stryker run` (stryker.config.json: command runner, scripts/mutant-run.ts per mutant,
 * incremental) on the files of scripts/lib/mutation-scope.ts, or on the `--mutate` given; other
 * arguments go to Stryker as they are. Writes Stryker's JSON report (bench/mutation.json), its
 * clear-text part (bench/mutation.txt) and one line per mutant run (reports/mutation/runs.jsonl,
 * added to bench/mutation-runs.jsonl).
 *
 *   npm run mutation                                         the whole scope (incremental)
 *   npm run mutation -- --mutate mock-site/domain/text.ts    one file
 *   npm run mutation -- --mutate mock-site/domain/portal-rules.ts:32-37   some lines of it
 *   npm run mutation -- --force                              every mutant again (after a test changed)
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MUTATED_FILES } from './lib/mutation-scope.ts';

const args = process.argv.slice(2);
const mutate = args.some((a) => a === '--mutate' || a === '-m') ? [] : ['--mutate', MUTATED_FILES.join(',')];
mkdirSync('reports/mutation', { recursive: true });
const runsLog = resolve('reports/mutation/runs.jsonl');
writeFileSync(runsLog, '');

const started = performance.now();
const child = spawn(
  process.execPath,
  ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', 'stryker.config.json', ...mutate, ...args],
  { env: { ...process.env, MUTATION_LOG: runsLog }, stdio: ['ignore', 'pipe', 'inherit'] },
);
let out = '';
child.stdout.on('data', (d: Buffer) => {
  out += d;
  process.stdout.write(d);
});
const code = await new Promise<number | null>((done) => child.on('close', done));
const minutes = (performance.now() - started) / 60_000;

// The clear-text reporter's part of the output: from « All tests » (after the last progress line)
// to the score table's last line, then Stryker's own time.
const lines = out.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
const from = lines.lastIndexOf('All tests');
const to = lines.length - 1 - [...lines].reverse().findIndex((line) => /^-+\|/.test(line));
const done = lines
  .find((line) => /MutationTestExecutor Done in/.test(line))
  ?.replace(/^.*MutationTestExecutor /, 'Stryker: ');
if (from >= 0 && to > from && to < lines.length) {
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const command = ['npm run mutation', ...(args.length ? ['--', ...args] : [])].join(' ');
  const summary = [
    command,
    `${when}; ${done ?? ''}; ${minutes.toFixed(1)} min in all`,
    '',
    ...lines.slice(from, to + 1),
  ];
  writeFileSync('bench/mutation.txt', `${summary.join('\n')}\n`);
  // Each mutant's run (file, tests, first failing test, time), run after run: the figures
  // docs/mutation.md gives. An incremental run adds only the mutants it tested.
  appendFileSync(
    'bench/mutation-runs.jsonl',
    `${JSON.stringify({ run: command, at: when, minutes: Number(minutes.toFixed(1)) })}\n${readFileSync(runsLog, 'utf8')}`,
  );
}
console.log(`\nnpm run mutation: ${minutes.toFixed(1)} min; runs in ${runsLog}`);
process.exit(code ?? 1);
