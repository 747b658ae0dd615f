/**
 * Proves the suite is safe on a deployed portal: starts the bundled mock as if it were one (test
 * API off, nothing seeded for the suite) and runs the browser suite against it twice, with
 * ALLOW_ORDER_SUBMISSION unset, each time with accounts given through the environment as in a QA
 * person's .env:
 *  1. every role (holder, account administrator, mandataire, staff, their companies) and the mail
 *     catcher: the tests each account serves run and pass (login, the order form filled up to an
 *     enabled « Commander », the administrator's user form, the mandataire's « Une autre personne
 *     de », the manager's « Compte client » search); only the mock's own tests and the final click
 *     on « Commander » are skipped;
 *  2. the holder alone, no mailbox: the tests of each missing role are skipped, saying what to set.
 * Each time: nothing failed; every skipped test says why, and only for a reason that configuration
 * implies. In the end: no order was placed (the mock, which mails every order it takes, sent no
 * order e-mail) and no password appears in the reports, traces, attachments or the runs' output.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ACCOUNT_ROLES, readTarget } from '../fixtures/target.ts';
import { describeTarget, unmetNeed, type Need } from '../fixtures/needs.ts';
import { startMock } from './lib/mock.ts';
import { run } from './lib/proc.ts';
import { readReport, reportedTests } from './lib/report.ts';
import { findSecrets } from './lib/secrets.ts';

const PASSWORD = 'Demo-2026!';
const out = 'reports/deployed-check';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** The mock's demo holder (mock-site/seed.ts), as a QA person's .env names them. */
const HOLDER = {
  HOLDER_LOGIN: 'fsenez',
  HOLDER_PASSWORD: PASSWORD,
  HOLDER_NAME: 'Frederic Senez',
  HOLDER_EMAIL: 'frederic.senez@senez-conseil.example',
};

interface Configuration {
  name: string;
  env: Record<string, string>;
  /** What it leaves out: every skip must give one of these reasons. */
  allowed: Need[];
  /** Of those, the ones some test must be skipped for. */
  observed: Need[];
  /** Tests that must run and pass, with what serves them. */
  mustPass: [string, RegExp][];
}

const LOGIN: [string, RegExp] = ['the holder', /se connecte avec son identifiant et son mot de passe/];

const problems: string[] = [];
const outputs: Record<string, string> = {};
const mock = await startMock({ port: 4950 });
try {
  const configurations: Configuration[] = [
    {
      name: 'every role',
      env: {
        ...HOLDER,
        HOLDER_COMPANY: 'Senez Conseil',
        ACCOUNT_ADMIN_LOGIN: 'admin.demo',
        ACCOUNT_ADMIN_PASSWORD: PASSWORD,
        MANDATAIRE_LOGIN: 'mandataire.demo',
        MANDATAIRE_PASSWORD: PASSWORD,
        MANDATAIRE_COMPANY: 'Cabinet Mandat',
        STAFF_LOGIN: 'staff.demo',
        STAFF_PASSWORD: PASSWORD,
        MAIL_CATCHER_URL: mock.mailURL,
      },
      allowed: ['seeding', 'orderSubmission'],
      observed: ['seeding', 'orderSubmission'],
      mustPass: [
        LOGIN,
        ...ACCOUNT_ROLES.map((role): [string, RegExp] => [
          'the setup',
          new RegExp(`Connexion du compte configuré « ${role} »`),
        ]),
        ['the account administrator', /l’administrateur du compte trouve dans l’espace client le formulaire/],
        ['the mandataire', /le mandataire peut choisir « Une autre personne de »/],
        [
          'the mandataire',
          /reste grisé avec « Une autre personne de » tant qu’aucune personne n’est choisie/,
        ],
        ['staff and the mandataire’s company', /le manager montre la fonction mandataire activée/],
        ['staff and the holder’s company', /Manager, onglet « Compte client » avec des résultats/],
      ],
    },
    {
      name: 'the holder alone, no mailbox',
      env: { ...HOLDER },
      allowed: [
        'seeding',
        'orderSubmission',
        'accountAdmin',
        'mandataire',
        'staff',
        'holderCompany',
        'mailbox',
      ],
      observed: ['seeding', 'accountAdmin', 'mandataire', 'staff', 'mailbox'],
      mustPass: [LOGIN, ['the setup', /Connexion du compte configuré « holder »/]],
    },
  ];

  for (const [i, configuration] of configurations.entries()) {
    const dir = join(out, `${i + 1}`);
    const env = {
      BASE_URL: mock.url,
      // Each role left out is empty here, whatever the caller's environment holds.
      ...Object.fromEntries(
        ['ACCOUNT_ADMIN', 'MANDATAIRE', 'STAFF'].flatMap((r) =>
          [`${r}_LOGIN`, `${r}_PASSWORD`].map((v) => [v, '']),
        ),
      ),
      MAIL_CATCHER_URL: '',
      IMAP_URL: '',
      ALLOW_ORDER_SUBMISSION: '',
      ...configuration.env,
      PLAYWRIGHT_JSON_OUTPUT_FILE: `${dir}/results.json`,
      PLAYWRIGHT_HTML_OUTPUT_DIR: `${dir}/html`,
      ALLURE_RESULTS_DIR: `${dir}/allure-results`,
      // A check of the suite, not a run to announce.
      RESULTS_WEBHOOK_URL: '',
    };
    const target = readTarget({ ...process.env, ...env });
    const r = await run(
      `npx playwright test --project=setup --project=chromium --output ${dir}/test-results`,
      env,
    );
    outputs[`the output of run ${i + 1}`] = r.stdout + r.stderr;
    const report = readReport(`${dir}/results.json`);
    const tests = reportedTests(report).map((t) => ({
      title: t.title,
      status: t.status,
      reason: t.results.at(-1)?.annotations.find((a) => a.type === 'skip')?.description ?? '',
    }));
    const said = (p: string) => problems.push(`${configuration.name}: ${p}`);

    // What this configuration leaves out, and nothing else.
    const reasons = configuration.allowed.map((need) => ({ need, text: unmetNeed(target, need)! }));
    const byReason = new Map<Need, number>();
    for (const t of tests.filter((x) => x.status === 'skipped')) {
      const known = reasons.find((e) => t.reason.includes(e.text));
      if (!known) said(`skipped without a reason this configuration implies: ${t.title} (« ${t.reason} »)`);
      else byReason.set(known.need, (byReason.get(known.need) ?? 0) + 1);
    }
    for (const need of configuration.observed)
      if (!byReason.has(need)) said(`no test was skipped for « ${unmetNeed(target, need)} »`);
    for (const t of tests.filter((x) => x.status === 'unexpected')) said(`failed: ${t.title}`);
    for (const [who, title] of configuration.mustPass)
      if (!tests.some((t) => title.test(t.title) && t.status === 'expected'))
        said(`did not run and pass with ${who}: ${title.source}`);
    if (i === 0) {
      const smoke = tests.find((t) => /Commande complète d’un « Pack ID RGS\*\* ».*@smoke/.test(t.title));
      if (
        !smoke ||
        smoke.status !== 'skipped' ||
        !smoke.reason.includes(unmetNeed(target, 'orderSubmission')!)
      )
        said('the @smoke order did not stop at « Commander » for want of ALLOW_ORDER_SUBMISSION');
    }

    console.log(`\n— ${i + 1}. ${configuration.name} —\n${describeTarget(target)}`);
    console.log(
      `mock as a deployed portal: ${report.stats.expected} passed, ${report.stats.unexpected} failed, ${report.stats.skipped} skipped`,
    );
    for (const { need, text } of reasons)
      if (byReason.has(need)) console.log(`  ${byReason.get(need)} skipped: ${text}`);
  }

  // Nothing ordered: the portal sent no order e-mail (it sends one for every order it takes).
  const mails = (await (await fetch(`${mock.mailURL}/api/email`)).json()) as { subject: string }[];
  const orderMails = mails.filter((m) => /^Votre commande/.test(m.subject));
  if (orderMails.length) problems.push(`${orderMails.length} order e-mail(s) sent: an order was placed`);
  console.log(`\norder e-mails: ${orderMails.length}; e-mails in all: ${mails.length}`);

  // Passwords: nowhere in what the runs left behind, nor in their output.
  problems.push(...findSecrets([out], [PASSWORD], outputs).map((p) => `secret: ${p}`));
} finally {
  await mock.stop();
}
if (problems.length) {
  console.error(problems.map((p) => `  - ${p}`).join('\n'));
  console.error('deployed check: FAILED');
  process.exit(1);
}
console.log('deployed check: passed (nothing submitted, skips explained, no password in the outputs)');
