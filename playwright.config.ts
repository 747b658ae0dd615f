import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, resolveBrowser } from './support/target/browser.ts';
import {
  BUILDS,
  buildsToStart,
  DEFAULT_BUILD,
  forBuild,
  MOCK_HTTP_PROJECT,
  profileFor,
  type Build,
} from './support/target/builds.ts';
import { orExit } from './support/target/config-error.ts';
import { target } from './support/target/target.ts';
import { scaled, suiteTimeouts } from './support/target/timeouts.ts';
import { portalOverlays } from './support/overlays.ts';
import { profileLabel } from './support/profile.ts';

// A remote browser server (PW_WS_ENDPOINT) replaces local browsers: nothing to resolve then.
const browser = target.wsEndpoint ? undefined : orExit(() => resolveBrowser());
const onCI = Boolean(process.env.CI);
// A wrong PORTAL_OVERLAY stops the run here, in one line, before any test (support/overlays.ts).
portalOverlays();
// Absolute, so a config that extends this one from another folder (bench/) finds the same files.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Timeouts that follow the portal (support/target/timeouts.ts): action 5 s, navigation 10 s,
// expect 5 s, test 30 s on a fast portal, scaled from the answer time global setup measured
// (handed to each worker, which loads this file again) or by PORTAL_TIMEOUT_SCALE.
const timeouts = suiteTimeouts();
// The mock's injected faults (MOCK_FAULTS) reach every build's mock it starts; one already
// running would not have them, so none is reused then.
const mockFaults = process.env.MOCK_FAULTS?.trim() ?? '';

// Assertion policy. A screen's ARIA snapshot (tests/screens.spec.ts) must match at every depth,
// in order and with nothing added, so a new part or note fails like a changed heading.
const expectPolicy = { timeout: timeouts.expect, toMatchAriaSnapshot: { children: 'deep-equal' as const } };

/**
 * Where a project's screen snapshots live (docs/builds.md, « Screen snapshots »): beside the
 * profiles, one folder per build of the mock (`profiles/<skin>/screens/`), and on a deployed
 * portal one per portal and mode (`profiles/deployed-<host>-<mode>/screens/`, with `-<profile>`
 * after the host for a build other than the default), recorded by its QA.
 * Only ARIA snapshots go there: other snapshot kinds keep Playwright's default paths.
 */
function screensFolder(build: Build): string {
  // Another build on the same host (PORTAL_PROFILE) shows other screens: a folder of its own.
  // A profile file's name without `.json` (PORTAL_PROFILE=profiles/mine.json: `-mine`).
  const name = profileLabel(target.portalProfile);
  const profile = name === 'default' ? '' : `-${name}`;
  // On the mock, a build's own folder; a profile file given for it (PORTAL_PROFILE, a build of
  // your own) keeps its screens under its own name (profiles/mine.json: profiles/mine/screens/).
  const given = profileFor(target, build);
  const folder = target.isMock
    ? given === build.profile
      ? build.skin
      : profileLabel(given)
    : `deployed-${new URL(target.baseURL).hostname}${profile}-${target.mode}`;
  return `${here('./profiles')}/${folder}/screens/{arg}{ext}`;
}

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
  timeout: timeouts.test,
  expect: expectPolicy,
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
    actionTimeout: timeouts.action,
    navigationTimeout: timeouts.navigation,
    // Every project drives the same browser: resolved locally, or a remote browser server.
    ...(target.wsEndpoint
      ? { connectOptions: { wsEndpoint: target.wsEndpoint } }
      : { launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS } }),
  },
  projects: [
    // HTTP-level tests of the bundled mock itself: no browser, only meaningful against the mock.
    // They pin the default build's paths and fields: the other builds are checked by the suite.
    ...(target.isMock ? [{ name: MOCK_HTTP_PROJECT, testDir: here('./mock-site/tests') }] : []),
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
    // The portal suite: one project per build of the mock (support/target/builds.ts), or the one
    // deployed portal of BASE_URL. A build's profile and mock reach the tests as the `build` option.
    ...(target.isMock ? BUILDS : [DEFAULT_BUILD]).map((build) => ({
      name: build.project,
      testDir: here('./tests'),
      testIgnore: ['tooling/**', 'auth.setup.ts'],
      dependencies: target.isMock ? [] : ['setup'],
      // Builds that change screens, not rules, leave a test's data variants (the same steps with
      // other prices, durations, kinds of account) to the default build (README, "Builds").
      grepInvert: build.variants ? undefined : /@variant\b/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: forBuild(target, build).baseURL,
        build,
      },
      // A project's `expect` replaces the top-level one: the policy again, plus the build's folder.
      expect: {
        ...expectPolicy,
        toMatchAriaSnapshot: { ...expectPolicy.toMatchAriaSnapshot, pathTemplate: screensFolder(build) },
      },
    })),
  ],
  // On the mock: each build's mock, for the projects this run names (all when it names none).
  webServer: target.isMock
    ? buildsToStart().map((build) => {
        const t = forBuild(target, build);
        return {
          // Builds the bundle, then runs it (see mock-site/build.ts).
          command: 'npm run -s mock',
          cwd: here('.'),
          url: `${t.baseURL}/health`,
          reuseExistingServer: !onCI && !mockFaults,
          // Known here only when set by hand: the measure comes after the mocks are up.
          timeout: scaled(60_000),
          stdout: 'ignore' as const,
          stderr: 'pipe' as const,
          env: {
            PORT: String(t.mock.port),
            SMTP_PORT: String(t.mock.smtpPort),
            MAIL_WEB_PORT: String(t.mock.mailPort),
            MOCK_TEST_TOKEN: t.mock.testToken,
            MOCK_SKIN: build.skin,
            // The consent dialog over every page (`MOCK_CONSENT=on npm run e2e:consent`), off unless asked.
            MOCK_CONSENT: build.consent ? 'on' : (process.env.MOCK_CONSENT ?? 'off'),
            // Honoured in test mode only, which MOCK_TEST_TOKEN above switches on.
            MOCK_FAULTS: mockFaults,
          },
        };
      })
    : undefined,
});
