/**
 * Proves the suite works, and is safe, on a deployed portal in both of its modes. Starts the
 * bundled mock as if it were one (nothing seeded for the suite, the test API out of its reach)
 * and runs the browser suite against it, each configuration on a mock of its own, with the
 * accounts given through the environment as in a QA person's .env:
 *  1. staging: every role, the mail catcher, ALLOW_ACCOUNT_CHANGES and ALLOW_ORDER_SUBMISSION:
 *     fresh accounts are made through the portal's screens; nothing may fail, only the mock's own
 *     tests are skipped, and every guide entry has a passing test;
 *  2. production: every role and the mail catcher, nothing allowed: nothing may fail, only what
 *     would write (or needs the mock) is skipped, at least 20 guide entries have a passing test,
 *     and in the end nothing was written: no order e-mail, and the mock's store (read through its
 *     test API, whose token the suite is not given) holds the accounts, users and orders it held
 *     at the start;
 *  3. `.env.example`'s variables for the holder and ALLOW_ORDER_SUBMISSION=true: the @smoke order
 *     passes;
 *  4. the holder alone, no mailbox: the tests of each missing role are skipped, saying what to set.
 * Then a table: guide entry × (mock, staging, production) → passed / failed / skipped. The mock
 * column is a run of the suite on the bundled mock (or DEPLOYED_CHECK_MOCK_RESULTS, the JSON
 * report of one). No password may appear in the reports, traces, attachments or the outputs.
 *
 * Options (docs/deployed.md, « The deployed-check on another build »): `--only staging,…` runs
 * those configurations alone (keys: staging, production, smoke, holder; the mock column then
 * comes only from DEPLOYED_CHECK_MOCK_RESULTS); `--build <skin>` starts every mock as that build
 * (MOCK_SKIN) and gives the suite its profile (PORTAL_PROFILE), as a QA person would for such a
 * portal; `--consent` shows the mock's consent dialog; `--latency <ms>[:<jitter>]` answers every
 * request that much later (the mock's latency fault, honoured in its test mode: its token is the
 * check's alone, as in production, so the suite still meets a portal without a test API).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILDS } from '../support/target/builds.ts';
import { readTarget } from '../support/target/target.ts';
import { describeTarget, unmetNeed, type Need } from '../support/target/needs.ts';
import { entriesWithoutPass, guideTable, tallyByEntry, type Tally } from './lib/guide-table.ts';
import { startMock } from './lib/mock.ts';
import { run } from './lib/proc.ts';
import { readReport, reportedTests } from './lib/report.ts';
import { findSecrets } from './lib/secrets.ts';

const PASSWORD = 'Demo-2026!';
const out = 'reports/deployed-check';
// The mocks of this check; DEPLOYED_CHECK_PORT moves them (each takes three ports).
const basePort = Number(process.env.DEPLOYED_CHECK_PORT || 4950);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** The mock's demo holder (mock-site/test-mode/seed.ts), with only what `.env.example` documents for one. */
const HOLDER = {
  HOLDER_LOGIN: 'fsenez',
  HOLDER_PASSWORD: PASSWORD,
  HOLDER_NAME: 'Frederic Senez',
  HOLDER_EMAIL: 'frederic.senez@senez-conseil.example',
};
const HOLDER_AREA = { HOLDER_COMPANY: 'Senez Conseil', HOLDER_SIRET: '81234567600017' };
const EVERY_ROLE = {
  ...HOLDER,
  ...HOLDER_AREA,
  ACCOUNT_ADMIN_LOGIN: 'admin.demo',
  ACCOUNT_ADMIN_PASSWORD: PASSWORD,
  MANDATAIRE_LOGIN: 'mandataire.demo',
  MANDATAIRE_PASSWORD: PASSWORD,
  MANDATAIRE_COMPANY: 'Cabinet Mandat',
  MANDATAIRE_SIRET: '44306184100013',
  STAFF_LOGIN: 'staff.demo',
  STAFF_PASSWORD: PASSWORD,
  // The mock's seeded partner (mock-site/README.md), as a QA person gives their portal's.
  PARTNER_CODE: 'DEMATIS',
  PARTNER_NAME: 'Dematis',
  PARTNER_PRODUCTS: 'Pack ID RGS**, Pack ID RGS***',
};

interface Configuration {
  /** Its name for `--only`. */
  key: string;
  name: string;
  /** The column of the closing table this run fills, if any. */
  column?: 'staging' | 'production';
  env: Record<string, string>;
  /** Only the tests matching this, when set. */
  grep?: string;
  /** What it leaves out: every skip must give one of these reasons. */
  allowed: Need[];
  /** Of those, the ones some test must be skipped for. */
  observed: Need[];
  /** Tags whose every test must run and pass here (tags, not titles: a renamed test still counts). */
  mustPass: string[];
  /** At least one test must pass (when mustPass names no tag). */
  somePass?: boolean;
  /** Guide entries that must have a passing test, at least. */
  entriesPassing?: number;
  /** Whether the run must leave the portal as it found it. */
  readOnly?: boolean;
}

const configurations: Configuration[] = [
  {
    key: 'staging',
    name: 'staging: every role, mail catcher, ALLOW_ACCOUNT_CHANGES and ALLOW_ORDER_SUBMISSION',
    column: 'staging',
    env: { ...EVERY_ROLE, ALLOW_ACCOUNT_CHANGES: 'true', ALLOW_ORDER_SUBMISSION: 'true' },
    allowed: ['seeding'],
    observed: ['seeding'],
    // Every other test runs too: a skip for any reason but the mock's own data fails the check.
    mustPass: ['@read-only', '@smoke', '@setup'],
    entriesPassing: 22,
  },
  {
    key: 'production',
    name: 'production: every role, mail catcher, nothing allowed',
    column: 'production',
    env: { ...EVERY_ROLE },
    allowed: ['seeding', 'accountChanges', 'orderSubmission'],
    observed: ['seeding', 'accountChanges', 'orderSubmission'],
    mustPass: ['@read-only', '@setup'],
    entriesPassing: 20,
    readOnly: true,
  },
  {
    key: 'smoke',
    name: '.env.example’s variables for the holder, ALLOW_ORDER_SUBMISSION=true: the @smoke order',
    env: { ...HOLDER, ...HOLDER_AREA, ALLOW_ORDER_SUBMISSION: 'true' },
    grep: '@smoke',
    allowed: ['seeding', 'accountChanges', 'accountAdmin', 'mandataire', 'staff'],
    observed: [],
    mustPass: ['@smoke'],
  },
  {
    key: 'holder',
    name: 'the holder alone, no mailbox',
    env: { ...HOLDER },
    // The tests that need a configured account: each missing role's are skipped, saying so.
    grep: '@read-only|@setup',
    allowed: [
      'seeding',
      'accountChanges',
      'orderSubmission',
      'accountAdmin',
      'mandataire',
      'staff',
      'holderCompany',
      'holderSiret',
      'mailbox',
    ],
    // Only tests that need a configured account run here: none of them needs the mock's own data.
    observed: ['accountAdmin', 'mandataire', 'staff', 'mailbox'],
    // The holder's own tests run: every skip above names a role or a mailbox that is missing.
    mustPass: [],
    somePass: true,
  },
];

const options = parseArgs({
  options: {
    only: { type: 'string' },
    build: { type: 'string' },
    consent: { type: 'boolean' },
    latency: { type: 'string' },
  },
}).values;
const build = BUILDS.find((b) => b.skin === (options.build ?? 'default') && !b.consent);
if (!build) {
  console.error(`--build: one of ${BUILDS.map((b) => b.skin).join(', ')} (got « ${options.build} »)`);
  process.exit(2);
}
const latency = options.latency?.trim();
if (latency !== undefined && !/^\d+(:\d+)?$/.test(latency)) {
  console.error(`--latency: <ms> or <ms>:<jitter> (got « ${latency} »)`);
  process.exit(2);
}
const only = options.only?.split(',').map((k) => k.trim());
const unknown = only?.filter((k) => !configurations.some((c) => c.key === k)) ?? [];
if (unknown.length) {
  console.error(`--only: ${unknown.join(', ')}: the keys are ${configurations.map((c) => c.key).join(', ')}`);
  process.exit(2);
}
const selected = configurations.filter((c) => !only || only.includes(c.key));
// The portal's build and conditions, the same for every mock this check starts.
const mockEnv: NodeJS.ProcessEnv = {
  MOCK_SKIN: build.skin,
  MOCK_CONSENT: options.consent ? 'on' : 'off',
  MOCK_FAULTS: latency ? `latency:${latency}` : '',
};
const conditions = [
  `build ${build.skin} (PORTAL_PROFILE=${build.profile})`,
  options.consent ? 'consent dialog' : '',
  latency ? `every request ${latency.replace(':', ' ms ± ')} ms later` : '',
].filter(Boolean);
console.log(`deployed check: ${selected.map((c) => c.key).join(', ')}; ${conditions.join(', ')}`);

const problems: string[] = [];
const outputs: Record<string, string> = {};
const columns: [string, Map<string, Tally>][] = [];

// Every variable a configuration sets must be one `.env.example` documents to a QA person.
const documented = readFileSync('.env.example', 'utf8');
for (const c of configurations)
  for (const name of Object.keys(c.env))
    if (!new RegExp(`^${name}=`, 'm').test(documented))
      problems.push(`${c.name}: ${name} is not documented in .env.example`);

// The mock column: the suite on the bundled mock, through its test API.
const mockReport = process.env.DEPLOYED_CHECK_MOCK_RESULTS || `${out}/mock/results.json`;
const withMockColumn = !!process.env.DEPLOYED_CHECK_MOCK_RESULTS || !only;
if (!process.env.DEPLOYED_CHECK_MOCK_RESULTS && withMockColumn) {
  const r = await run(`npx playwright test --project=${build.project} --output ${out}/mock/test-results`, {
    BASE_URL: '',
    MOCK_CONSENT: mockEnv.MOCK_CONSENT!,
    MOCK_FAULTS: mockEnv.MOCK_FAULTS!,
    PLAYWRIGHT_JSON_OUTPUT_FILE: mockReport,
    PLAYWRIGHT_HTML_OUTPUT_DIR: `${out}/mock/html`,
    ALLURE_RESULTS_DIR: `${out}/mock/allure-results`,
    RESULTS_WEBHOOK_URL: '',
  });
  outputs['the output of the mock run'] = r.stdout + r.stderr;
}
if (withMockColumn) {
  const mockRun = readReport(mockReport);
  const mockTests = reportedTests(mockRun, build.project);
  columns.push(['mock', tallyByEntry(mockRun, build.project)]);
  console.log(`\n— the bundled mock (${build.project}) —\n${mockTests.length} tests, ${count(mockTests)}`);
}

for (const configuration of selected) {
  const i = configurations.indexOf(configuration);
  const dir = join(out, `${i + 1}`);
  // Production's mock keeps a test API for this check alone, and so does a mock with a latency
  // (its faults need test mode): that token is never given to the suite.
  const checkToken = configuration.readOnly || latency ? randomBytes(16).toString('hex') : undefined;
  const mock = await startMock({ port: basePort + 3 * i, testToken: checkToken, env: mockEnv });
  try {
    const summary = () => storeSummary(mock.url, checkToken!);
    const before = configuration.readOnly ? await summary() : undefined;
    const env = {
      BASE_URL: mock.url,
      // Each variable left out is empty here, whatever the caller's environment holds.
      ...Object.fromEntries(
        ['HOLDER', 'ACCOUNT_ADMIN', 'MANDATAIRE', 'STAFF'].flatMap((r) =>
          ['LOGIN', 'PASSWORD', 'NAME', 'EMAIL', 'COMPANY', 'SIRET'].map((v) => [`${r}_${v}`, '']),
        ),
      ),
      PARTNER_CODE: '',
      PARTNER_NAME: '',
      PARTNER_PRODUCTS: '',
      IMAP_URL: '',
      TEST_SIRETS: '',
      ALLOW_ACCOUNT_CHANGES: '',
      ALLOW_ORDER_SUBMISSION: '',
      MOCK_TEST_TOKEN: '',
      PORTAL_PROFILE: build.profile,
      MAIL_CATCHER_URL: configuration.name.includes('no mailbox') ? '' : mock.mailURL,
      ...configuration.env,
      PLAYWRIGHT_JSON_OUTPUT_FILE: `${dir}/results.json`,
      PLAYWRIGHT_HTML_OUTPUT_DIR: `${dir}/html`,
      ALLURE_RESULTS_DIR: `${dir}/allure-results`,
      // A check of the suite, not a run to announce.
      RESULTS_WEBHOOK_URL: '',
    };
    const target = readTarget({ ...process.env, ...env });
    // A mode changes how accounts are made and read back, not the rules: a test's data variants
    // (@variant) run on the mock alone.
    const grep = configuration.grep ? ` --grep "${configuration.grep}"` : ' --grep-invert @variant';
    const r = await run(
      `npx playwright test --project=setup --project=chromium${grep} --output ${dir}/test-results`,
      env,
    );
    outputs[`the output of run ${i + 1}`] = r.stdout + r.stderr;
    const report = readReport(`${dir}/results.json`);
    const all = reportedTests(report);
    const tests = all.map((t) => ({
      title: t.title,
      tags: t.tags,
      status: t.status,
      reason: t.results.at(-1)?.annotations.find((a) => a.type === 'skip')?.description ?? '',
    }));
    const said = (p: string) => problems.push(`${configuration.name}: ${p}`);

    // What this configuration leaves out, and nothing else.
    const reasons = configuration.allowed.map((need) => ({ need, text: unmetNeed(target, need)! }));
    const byReason = new Map<Need, number>();
    for (const t of tests.filter((x) => x.status === 'skipped')) {
      const known = reasons.find((e) => e.text && t.reason.includes(e.text));
      if (!known) said(`skipped without a reason this configuration implies: ${t.title} (« ${t.reason} »)`);
      else byReason.set(known.need, (byReason.get(known.need) ?? 0) + 1);
    }
    for (const need of configuration.observed)
      if (!byReason.has(need)) said(`no test was skipped for « ${unmetNeed(target, need)} »`);
    for (const t of tests.filter((x) => x.status === 'unexpected')) said(`failed: ${t.title}`);
    // Passed on its retry is not kept: a deployed portal's run must not depend on luck.
    for (const t of tests.filter((x) => x.status === 'flaky')) said(`flaky: ${t.title}`);
    for (const tag of configuration.mustPass) {
      const tagged = tests.filter((t) => t.tags.includes(tag));
      if (!tagged.length) said(`no test tagged ${tag} ran`);
      for (const t of tagged.filter((x) => x.status !== 'expected'))
        said(`${tag} test did not pass: ${t.title}`);
    }
    if (configuration.somePass && !tests.some((t) => t.status === 'expected')) said('no test passed');
    const tally = tallyByEntry(report, 'chromium');
    if (configuration.column) columns.push([configuration.column, tally]);
    const missing = entriesWithoutPass(tally);
    if (configuration.entriesPassing && 22 - missing.length < configuration.entriesPassing)
      said(`only ${22 - missing.length} guide entries have a passing test; none for: ${missing.join(' | ')}`);

    console.log(`\n— ${i + 1}. ${configuration.name} —\n${describeTarget(target)}`);
    console.log(
      `mock as a deployed portal: ${report.stats.expected} passed, ${report.stats.unexpected} failed, ${report.stats.skipped} skipped, ${report.stats.flaky} flaky, in ${Math.round(r.wallMs / 1000)} s`,
    );
    for (const { need, text } of reasons)
      if (byReason.has(need)) console.log(`  ${byReason.get(need)} skipped: ${text}`);
    if (missing.length) console.log(`  guide entries without a passing test: ${missing.join(' | ')}`);

    if (configuration.readOnly) {
      // Nothing ordered (the portal mails every order it takes), no account or user created.
      const mails = (await (await fetch(`${mock.mailURL}/api/email`)).json()) as { subject: string }[];
      const orderMails = mails.filter((m) => /^Votre commande/.test(m.subject));
      const after = await summary();
      console.log(
        `  written: ${orderMails.length} order e-mail(s); store before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`,
      );
      if (orderMails.length) said(`${orderMails.length} order e-mail(s) sent: an order was placed`);
      if (JSON.stringify(after) !== JSON.stringify(before))
        said(`the store changed: ${JSON.stringify(before)} before, ${JSON.stringify(after)} after`);
    }
  } finally {
    await mock.stop();
  }
}

console.log(`\n${guideTable(columns)}`);
// Passwords: nowhere in what the runs left behind, nor in their output.
problems.push(...findSecrets([out], [PASSWORD], outputs).map((p) => `secret: ${p}`));
if (problems.length) {
  console.error(problems.map((p) => `  - ${p}`).join('\n'));
  console.error('deployed check: FAILED');
  process.exit(1);
}
console.log(
  `deployed check: passed (${selected.map((c) => c.key).join(', ')}; ${conditions.join(', ')}; skips explained${selected.some((c) => c.readOnly) ? ', nothing written in production' : ''})`,
);

function count(tests: { status: string }[]): string {
  const n = (s: string[]) => tests.filter((t) => s.includes(t.status)).length;
  return `${n(['expected', 'flaky'])} passed, ${n(['unexpected'])} failed, ${n(['skipped'])} skipped`;
}

/** What the mock's store holds, through the test API only this check has the token of. */
async function storeSummary(url: string, token: string): Promise<Record<string, number>> {
  const answer = await fetch(`${url}/__test__/summary`, { headers: { 'x-test-token': token } });
  if (!answer.ok) throw new Error(`GET /__test__/summary answered ${answer.status}`);
  return (await answer.json()) as Record<string, number>;
}
