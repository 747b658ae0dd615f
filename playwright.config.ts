import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, resolveBrowser } from './support/target/browser.ts';
import { orExit } from './support/target/config-error.ts';
import { target } from './support/target/target.ts';

// A remote browser server (PW_WS_ENDPOINT) replaces local browsers: nothing to resolve then.
const browser = target.wsEndpoint ? undefined : orExit(() => resolveBrowser());
const onCI = Boolean(process.env.CI);
// Absolute, so a config that extends this one from another folder (bench/) finds the same files.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  globalSetup: here('./support/target/global-setup.ts'),
  fullyParallel: true,
  forbidOnly: onCI,
  // One retry, traced: a failure comes with its trace, and a flaky test is reported as flaky.
  retries: 1,
  // Chosen by measurement on the 2-core reference machine (npm run bench, README "Performance");
  // WORKERS for bigger runners.
  workers: target.workers ?? 2,
  // A bound on a hung test, roomy enough for the full order flow with its mail on a busy 2-core runner.
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ['list'],
    // Each output can be sent elsewhere through the environment (scripts that run the suite do).
    ['html', { open: 'never', outputFolder: process.env.PLAYWRIGHT_HTML_OUTPUT_DIR ?? 'playwright-report' }],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'reports/results.json' }],
    ['allure-playwright', { resultsDir: process.env.ALLURE_RESULTS_DIR ?? 'allure-results', detail: false }],
    // At the end of every run: the table by guide entry with each failure's « Étape » and trace,
    // the Allure report's environment block, the job summary and the webhook (README "Reports").
    [here('./scripts/lib/summary-reporter.ts')],
  ],
  use: {
    baseURL: target.baseURL,
    locale: 'fr-FR',
    // Tracing every test costs a good share of the suite's time (npm run bench): only the retry of a
    // failed test is traced. Screenshots of failures: the guard fixture (fixtures/guard.ts).
    trace: 'on-first-retry',
    screenshot: 'off',
    video: 'off',
    actionTimeout: 5_000,
    navigationTimeout: 10_000,
    // Every project drives the same browser: resolved locally, or a remote browser server.
    ...(target.wsEndpoint
      ? { connectOptions: { wsEndpoint: target.wsEndpoint } }
      : { launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS } }),
  },
  projects: [
    // HTTP-level tests of the bundled mock itself: no browser, only meaningful against the mock.
    // They pin the default build's paths and fields: another skin is checked by the browser suite.
    ...(target.isMock && target.mock.skin === 'default'
      ? [{ name: 'mock-http', testDir: here('./mock-site/tests') }]
      : []),
    // Deployed portals only: log each configured account in once, untraced (real passwords).
    ...(target.isMock
      ? []
      : [
          {
            name: 'setup',
            testDir: here('./tests'),
            testMatch: 'auth.setup.ts',
            use: { trace: 'off' as const },
          },
        ]),
    // Tests of the suite's own tools (mailboxes, config): no browser, no portal.
    { name: 'tooling', testDir: here('./tests/tooling') },
    {
      name: 'chromium',
      testDir: here('./tests'),
      testIgnore: ['tooling/**', 'auth.setup.ts'],
      dependencies: target.isMock ? [] : ['setup'],
      use: {
        ...devices['Desktop Chrome'],
      },
    },
  ],
  webServer: target.isMock
    ? {
        // Builds the bundle, then runs it (see mock-site/build.ts).
        command: 'npm run -s mock',
        cwd: here('.'),
        url: `${target.baseURL}/health`,
        reuseExistingServer: !onCI,
        timeout: 60_000,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: String(target.mock.port),
          SMTP_PORT: String(target.mock.smtpPort),
          MAIL_WEB_PORT: String(target.mock.mailPort),
          MOCK_TEST_TOKEN: target.mock.testToken,
          MOCK_SKIN: target.mock.skin,
        },
      }
    : undefined,
});
