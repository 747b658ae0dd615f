/**
 * `npm run report`: turns the Allure results of the last run (allure-results/) into the
 * Allure 3 report (allure-report/), with the `allure` npm package (no Java), and prints
 * where it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const results = resolve(process.env.ALLURE_RESULTS_DIR ?? 'allure-results');
const output = resolve(process.env.ALLURE_REPORT_DIR ?? 'allure-report');

if (!existsSync(results) || !readdirSync(results).some((f) => f.endsWith('-result.json'))) {
  console.error(`No Allure results in ${results}. Run the suite first: npx playwright test`);
  process.exit(1);
}

const run = spawnSync(
  'npx',
  [
    'allure',
    'generate',
    results,
    '--output',
    output,
    '--report-name',
    'Commander un Pack ID RGS** ou RGS***',
  ],
  { stdio: 'inherit' },
);
if (run.status !== 0) {
  console.error(`allure generate exited with ${run.status ?? run.signal}`);
  process.exit(run.status ?? 1);
}

const index = resolve(output, 'index.html');
if (!existsSync(index)) {
  console.error(`allure generate finished but wrote no ${index}`);
  process.exit(1);
}
console.log(`Allure report: ${index}`);
console.log(`Open it with: npx allure open ${output}`);
