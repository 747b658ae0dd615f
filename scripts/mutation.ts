/**
 * `npm run mutation`: the mutation score of the mock's rules, by StrykerJS (docs/mutation.md). A
 * benchmark, not part of `npm test`: each mutant costs a mock build and a browser run.
 *
 * Runs `stryker run` (stryker.config.json: command runner, scripts/mutant-run.ts per mutant,
 * incremental) on the files of scripts/lib/mutation-scope.ts, or on the `--mutate` given; other
 * arguments go to Stryker as they are. Writes Stryker's JSON report (bench/mutation.json), its
 * clear-text table (bench/mutation.txt) and one line per mutant run (reports/mutation/runs.jsonl).
 *
 *   npm run mutation                                         the whole scope (incremental)
 *   npm run mutation -- --mutate mock-site/domain/text.ts    one file
 *   npm run mutation -- --mutate mock-site/domain/portal-rules.ts:32-37   some lines of it
 *   npm run mutation -- --force                              every mutant again (after a test changed)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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

// The clear-text reporter's table: its lines of dashes and the rows between them.
const table = out.split('\n').filter((line) => /^[-|]/.test(line) || /^\s*File\s*\|/.test(line) || / \| /.test(line));
if (table.length) {
  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  writeFileSync(
    'bench/mutation.txt',
    `npm run mutation ${args.join(' ')}`.trim() +
      `\n${when}, ${minutes.toFixed(1)} min (Stryker's own time for tested mutants is in bench/mutation.json)\n\n${table.join('\n')}\n`,
  );
}
console.log(`\nnpm run mutation: ${minutes.toFixed(1)} min; runs in ${runsLog}`);
process.exit(code ?? 1);
