/**
 * Prints `N passed, N failed, N skipped` from a Playwright JSON report.
 * Flaky tests (failed, then passed on retry) count as passed but are named, so they are never hidden.
 * Exits non-zero when the report is missing or holds failures.
 */
import { readReport, type JSONReport } from './lib/report.ts';

const file = process.argv[2] ?? 'reports/results.json';
let stats: JSONReport['stats'];
try {
  stats = readReport(file).stats;
} catch {
  console.log(`No Playwright JSON report at ${file}: the suite did not run to the end.`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}
if (stats.flaky > 0) console.log(`${stats.flaky} flaky test(s): passed only on retry, see the HTML report.`);
console.log(`${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
process.exit(stats.unexpected > 0 ? 1 : 0);
