/**
 * `npm run report`: turns the Allure results of the last run (allure-results/) into the Allure 3
 * report, with the `allure` npm package (no Java), and prints the file to open.
 *
 * Everything about the report is in allurerc.mjs: one self-contained allure-report/index.html
 * that opens from disk, the tree by guide entry, the history file. This script only makes sure a
 * run enters the history once: reporting the same results again is not another run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const results = resolve(process.env.ALLURE_RESULTS_DIR ?? 'allure-results');
const output = resolve(process.env.ALLURE_REPORT_DIR ?? 'allure-report');
const history = resolve(process.env.ALLURE_HISTORY_PATH ?? 'allure-history.jsonl');
// Written into the results once they are in the history; a new run starts its results afresh.
const inHistory = join(results, '.in-allure-history');

if (!existsSync(results) || !readdirSync(results).some((f) => f.endsWith('-result.json'))) {
  console.error(`No Allure results in ${results}. Run the suite first: npm run e2e`);
  process.exit(1);
}

const append = !existsSync(inHistory);
const run = spawnSync('npx', ['allure', 'generate', results], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ALLURE_REPORT_DIR: output,
    ALLURE_HISTORY_PATH: history,
    ALLURE_APPEND_HISTORY: String(append),
    // A report opened from disk, often offline, has no business calling Google Analytics.
    ALLURE_NO_ANALYTICS: 'true',
  },
});
if (run.status !== 0) {
  console.error(`allure generate exited with ${run.status ?? run.signal}`);
  process.exit(run.status ?? 1);
}

const index = join(output, 'index.html');
if (!existsSync(index)) {
  console.error(`allure generate finished but wrote no ${index}`);
  process.exit(1);
}
if (append) writeFileSync(inHistory, `${new Date().toISOString()}\n`);
console.log(`Allure report: ${index}`);
console.log(`Open it in a browser, straight from disk: ${pathToFileURL(index).href}`);
console.log(
  `History: ${history} (${append ? 'this run added' : 'this run was already in it, not added again'})`,
);
