import { schema } from './env.ts';

/**
 * Every environment variable the suite reads, in one place: the target's schema (support/target/env.ts)
 * and the others below. `.env.example` documents each variable of the suite (tests/tooling/target.spec.ts
 * compares them, and checks that support/, fixtures/, scripts/, bench/ and the config read no other),
 * and a name a letter or two away from one of them stops the run, since it was surely meant for it.
 */

/** Read outside the target's schema: the browser, the reports, the npm scripts. */
const OTHER_VARIABLES = [
  // support/target/browser.ts
  'CHROMIUM_PATH',
  // support/overlays.ts: a portal's own overlay and its closing button
  'PORTAL_OVERLAY',
  // playwright.config.ts: the mock's consent dialog (npm run e2e:consent)
  'MOCK_CONSENT',
  // playwright.config.ts: the mock's injected faults, given to every build's mock (mock-site/README.md)
  'MOCK_FAULTS',
  // scripts/lib/webhook.ts
  'RESULTS_WEBHOOK_URL',
  'RESULTS_REPORT_URL',
  // playwright.config.ts, scripts/allure-report.ts, scripts/summarize-results.ts
  'PLAYWRIGHT_HTML_OUTPUT_DIR',
  'PLAYWRIGHT_JSON_OUTPUT_FILE',
  'ALLURE_RESULTS_DIR',
  'ALLURE_REPORT_DIR',
  'ALLURE_HISTORY_PATH',
  // The npm scripts' own (scripts/*.ts).
  'COVERAGE_PROJECT',
  'BENCH_BASE_PORT',
  'BENCH_ORDER_FLOW',
  'DEFECTS_BASE_PORT',
  // scripts/mutation.ts → scripts/mutant-run.ts: where each mutant's run is logged
  'MUTATION_LOG',
  'DEPLOYED_CHECK_PORT',
  'DEPLOYED_CHECK_MOCK_RESULTS',
  'UI_PORT',
] as const;

/** The suite's own variables: each has its `NAME=` line in `.env.example`. */
export const SUITE_VARIABLES: readonly string[] = [...Object.keys(schema.shape), ...OTHER_VARIABLES];

/**
 * Set by CI or by Playwright, and read by the suite: named in `.env.example`'s comments, not to
 * be set there, and never proposed for a misspelt name (`DEBUG` is not a misspelt `PWDEBUG`).
 */
export const PLATFORM_VARIABLES: readonly string[] = [
  'CI',
  'PWDEBUG',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_SERVER_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_RUN_ID',
  'CI_JOB_URL',
  'BUILD_URL',
  // Set by Stryker for each of its workers (npm run mutation, scripts/mutant-run.ts)
  'STRYKER_MUTATOR_WORKER',
];

/**
 * Set by the suite for its own processes, never by hand: global setup hands the workers the
 * timeouts' scale it measured (support/target/timeouts.ts). Named in `.env.example`'s comments.
 */
export const INTERNAL_VARIABLES: readonly string[] = ['PORTAL_TIMEOUT_SCALE_MEASURED'];

export const KNOWN_VARIABLES: ReadonlySet<string> = new Set([
  ...SUITE_VARIABLES,
  ...PLATFORM_VARIABLES,
  ...INTERNAL_VARIABLES,
]);

/** Edits from one name to the other: insertions, deletions, substitutions, swaps of two neighbours. */
export function editDistance(a: string, b: string): number {
  // d[i][j]: the distance between a's first i characters and b's first j.
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]![j]!;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i]![j] = best;
    }
  return at(a.length, b.length);
}

/** Shorter names are too alike to tell a typo from another tool's variable. */
const MIN_LENGTH = 5;
const MAX_EDITS = 2;

/**
 * One line for each name that is not a known variable but is within two edits of one of the
 * suite's (case aside): « BASE_ULR is not a variable of the suite: did you mean BASE_URL? ».
 */
export function misspeltVariables(names: Iterable<string>): string[] {
  const lines: string[] = [];
  for (const name of names) {
    if (name.length < MIN_LENGTH || KNOWN_VARIABLES.has(name)) continue;
    let meant: string | undefined;
    let fewest = MAX_EDITS + 1;
    for (const known of SUITE_VARIABLES) {
      const edits = editDistance(name.toUpperCase(), known);
      if (edits < fewest) [meant, fewest] = [known, edits];
    }
    if (meant) lines.push(`${name} is not a variable of the suite: did you mean ${meant}?`);
  }
  return lines;
}
