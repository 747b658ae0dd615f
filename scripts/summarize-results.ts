/**
 * Sums up a Playwright JSON report: the table by guide entry (scripts/lib/summary.ts), then, alone
 * on the last line, `N passed, N failed, N skipped` (`.ci/run` ends with it).
 * Flaky tests (failed, then passed on retry) count as passed but are named, so they are never hidden.
 * Exits non-zero when the report is missing or holds failures.
 *
 * `--publish` (CI, on the merged shards): also appends the table to $GITHUB_STEP_SUMMARY and sends
 * it to RESULTS_WEBHOOK_URL when set. Without it nothing leaves the terminal: the run's own
 * reporter has already published a run that was not sharded.
 *
 * Usage: node --import tsx scripts/summarize-results.ts [report.json] [--publish]
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { target } from '../support/target/target.ts';
import { readReport, type JSONReport } from './lib/report.ts';
import { renderSummary, runInfoFromProperties, testsFromReport, type RunInfo } from './lib/summary.ts';
import { ciReportUrl, notify } from './lib/webhook.ts';

const args = process.argv.slice(2);
const publish = args.includes('--publish');
const file = args.find((a) => !a.startsWith('--')) ?? 'reports/results.json';

let report: JSONReport;
try {
  report = readReport(file);
} catch {
  console.log(`No Playwright JSON report at ${file}: the suite did not run to the end.`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}

/** What the run was against: as its reporter wrote it beside the Allure results, else from the environment. */
function runInfo(): RunInfo {
  const reportUrl = ciReportUrl();
  try {
    const props = readFileSync(
      join(process.env.ALLURE_RESULTS_DIR ?? 'allure-results', 'environment.properties'),
      'utf8',
    );
    const info = runInfoFromProperties(props);
    if (info) return { ...info, reportUrl: reportUrl ?? info.reportUrl };
  } catch {
    // No Allure results here: the environment says the rest.
  }
  return { portal: process.env.BASE_URL?.trim() || 'le portail simulé (mock)', mode: target.mode, reportUrl };
}

// The table must never cost the totals line.
try {
  // Merged shards: the blob reports' copy of a trace goes with the job; the merged HTML report,
  // kept as an artifact, holds it.
  const tests = testsFromReport(report).map((t) =>
    t.failure?.trace && /[/\\]resources[/\\][0-9a-f]{40}\.zip$/.test(t.failure.trace)
      ? {
          ...t,
          failure: {
            ...t.failure,
            trace: undefined,
            traceIn: 'dans le rapport HTML fusionné (artefact « playwright-report »), au test en échec',
          },
        }
      : t,
  );
  const info = runInfo();
  const summary = renderSummary(tests, info);
  console.log(`${summary}\n`);
  if (publish) {
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
    await notify(tests, info);
  }
} catch (e) {
  console.log(`Summary by guide entry unavailable: ${(e as Error).message}`);
}

const stats = report.stats;
if (stats.flaky > 0) console.log(`${stats.flaky} flaky test(s): passed only on retry, see the HTML report.`);
console.log(`${stats.expected + stats.flaky} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`);
process.exit(stats.unexpected > 0 ? 1 : 0);
