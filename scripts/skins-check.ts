/**
 * `npm run check:skins`: the browser suite against the mock's other builds (mock-site/README.md,
 * « Skins »), and compares each with the default build's run (by default the JSON report
 * `npm run e2e` just wrote): the same tests must pass.
 *
 *   alt         another build (paths, texts, form contract, order numbers, mails, markup), with
 *               its profile (PORTAL_PROFILE=alt, support/profile.ts)
 *   alt-markup  the alt markup and containers only, with the default profile: no locator may
 *               depend on markup
 */
import { run } from './lib/proc.ts';
import { readReport, reportedTests, type JSONReport } from './lib/report.ts';

const PROJECT = 'chromium';
const SKINS = [
  { skin: 'alt', profile: 'alt', port: 5410 },
  { skin: 'alt-markup', profile: 'default', port: 5420 },
];
const single = process.argv[2] ?? 'reports/results.json';

// A test that passed on its retry counts as passed here, as in the normal run (its report says flaky).
const outcomes = (report: JSONReport) =>
  new Map(
    reportedTests(report, PROJECT).map((t) => [
      `${t.file} | ${t.title}`,
      t.status === 'flaky' ? 'expected' : t.status,
    ]),
  );

let reference: Map<string, string>;
try {
  reference = outcomes(readReport(single));
} catch {
  console.error(`No default-build report at ${single}: run \`npm run e2e\` first.`);
  process.exit(1);
}

const problems: string[] = [];
for (const { skin, profile, port } of SKINS) {
  const file = `reports/skins-check-${skin}.json`;
  console.log(`MOCK_SKIN=${skin} PORTAL_PROFILE=${profile}: the browser suite...`);
  const r = await run(`npx playwright test --project=${PROJECT} --reporter=json`, {
    MOCK_SKIN: skin,
    PORTAL_PROFILE: profile,
    // A mock of its own on its own ports, never the default build left running.
    CI: '1',
    MOCK_PORT: String(port),
    MOCK_SMTP_PORT: String(port + 1),
    MOCK_MAIL_PORT: String(port + 2),
    PLAYWRIGHT_JSON_OUTPUT_FILE: file,
    PLAYWRIGHT_HTML_OUTPUT_DIR: `reports/skins-check-${skin}-html`,
    ALLURE_RESULTS_DIR: `reports/skins-check-${skin}-allure`,
    RESULTS_WEBHOOK_URL: '',
  });
  let report: JSONReport;
  try {
    report = readReport(file);
  } catch {
    problems.push(`${skin}: no report (exit ${r.code})\n${r.stderr.slice(-2000)}`);
    continue;
  }
  const got = outcomes(report);
  const { expected, unexpected, flaky, skipped } = report.stats;
  console.log(`  ${expected} passed, ${unexpected} failed, ${flaky} flaky, ${skipped} skipped`);
  for (const [test, status] of reference)
    if (got.get(test) !== status)
      problems.push(`${skin}: ${test}: ${got.get(test) ?? 'not run'} (default build: ${status})`);
  for (const test of got.keys())
    if (!reference.has(test)) problems.push(`${skin}: ${test}: not in the default run`);
}

if (problems.length) {
  console.error(`The other builds differ from the default one:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Every build ran the same ${reference.size} browser tests with the same outcomes.`);
