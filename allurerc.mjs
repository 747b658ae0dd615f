// The Allure 3 report of the suite: `npm run report` (scripts/allure-report.ts), README "Reports".
import { defineConfig } from 'allure';

const name = 'Commander un Pack ID RGS** ou RGS*** sur Certigna';

export default defineConfig({
  name,
  output: process.env.ALLURE_REPORT_DIR ?? './allure-report',
  // Each report adds its run here and reads the runs before it: each test's history and success
  // rate, the trend, new failures, flaky tests. Git-ignored; CI keeps it in its cache.
  historyPath: process.env.ALLURE_HISTORY_PATH ?? './allure-history.jsonl',
  // The same results reported twice are one run, not two (scripts/allure-report.ts decides).
  appendHistory: process.env.ALLURE_APPEND_HISTORY !== 'false',
  plugins: {
    // The Allure 2 view that Allure 3 generates, in one self-contained index.html: its page waits
    // for the data embedded after it, so it opens from disk (file://). The « awesome » view's
    // single file does not in allure 3.18: its page asks for its data before the data is
    // declared, then fetches widgets/*.json, which file:// refuses, and spins forever.
    // Its « Comportements » tree is the guide's: the procedure (epic), its part (feature), the
    // step or error case (story), then the test, its retries under « Tentatives ». Labels are
    // set from `covers()` by fixtures/reporting.ts.
    allure2: {
      options: {
        singleFile: true,
        reportLanguage: 'fr',
        // Its overview names the report by this, not by `name`.
        reportName: name,
      },
    },
  },
});
