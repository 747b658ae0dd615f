/**
 * Proves the suite is safe on a deployed portal: starts the bundled mock as if it were one (test
 * API off, nothing seeded for the suite), gives the suite the mock's demo accounts through the
 * environment like a QA person's .env (holder, account administrator, mandataire, staff, their
 * companies, the mail catcher), runs the browser suite with ALLOW_ORDER_SUBMISSION unset, then checks:
 *  - nothing failed, and the tests each account serves did run and pass (login, the order form filled
 *    up to an enabled « Commander », the administrator's user form, the mandataire's « Une autre
 *    personne de », the manager's « Compte client » search);
 *  - every skipped test says why, and only for the reasons this configuration implies (the mock's
 *    test API and order submission: every account was given; tests/tooling/target.spec.ts checks
 *    the reasons given when one is not);
 *  - no order was placed: the mock, which mails every order it takes, sent no order e-mail;
 *  - no password appears in the reports, traces, attachments or the run's output.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { ACCOUNT_ROLES, describeTarget, readTarget, unmetNeed } from '../fixtures/target.ts';
import { startMock } from './lib/mock.ts';
import { run } from './lib/proc.ts';
import { readReport, reportedTests } from './lib/report.ts';
import { findSecrets } from './lib/secrets.ts';

const PASSWORD = 'Demo-2026!';
const out = 'reports/deployed-check';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const mock = await startMock({ port: 4950 });
const problems: string[] = [];
try {
  const env = {
    BASE_URL: mock.url,
    HOLDER_LOGIN: 'fsenez',
    HOLDER_PASSWORD: PASSWORD,
    HOLDER_NAME: 'Frederic Senez',
    HOLDER_EMAIL: 'frederic.senez@senez-conseil.example',
    HOLDER_COMPANY: 'Senez Conseil',
    ACCOUNT_ADMIN_LOGIN: 'admin.demo',
    ACCOUNT_ADMIN_PASSWORD: PASSWORD,
    MANDATAIRE_LOGIN: 'mandataire.demo',
    MANDATAIRE_PASSWORD: PASSWORD,
    MANDATAIRE_COMPANY: 'Cabinet Mandat',
    STAFF_LOGIN: 'staff.demo',
    STAFF_PASSWORD: PASSWORD,
    MAIL_CATCHER_URL: mock.mailURL,
    ALLOW_ORDER_SUBMISSION: '',
    PLAYWRIGHT_JSON_OUTPUT_FILE: `${out}/results.json`,
    PLAYWRIGHT_HTML_OUTPUT_DIR: `${out}/html`,
    ALLURE_RESULTS_DIR: `${out}/allure-results`,
  };
  const target = readTarget({ ...process.env, ...env });
  const r = await run(
    `npx playwright test --project=setup --project=chromium --output ${out}/test-results`,
    env,
  );
  const report = readReport(`${out}/results.json`);
  const tests = reportedTests(report).map((t) => ({
    title: t.title,
    status: t.status,
    reason: t.results.at(-1)?.annotations.find((a) => a.type === 'skip')?.description ?? '',
  }));

  // What this configuration leaves out, and nothing else.
  const expectedReasons = (['seeding', 'orderSubmission'] as const).map((n) => unmetNeed(target, n)!);
  const byReason = new Map<string, number>();
  for (const t of tests.filter((x) => x.status === 'skipped')) {
    const known = expectedReasons.find((e) => t.reason.includes(e));
    if (!known)
      problems.push(`skipped without a reason this configuration implies: ${t.title} (« ${t.reason} »)`);
    else byReason.set(known, (byReason.get(known) ?? 0) + 1);
  }
  for (const t of tests.filter((x) => x.status === 'unexpected')) problems.push(`failed: ${t.title}`);
  const ran = (pattern: RegExp) => tests.filter((t) => pattern.test(t.title) && t.status === 'expected');
  if (!ran(/se connecte avec son identifiant et son mot de passe/).length)
    problems.push('the login test did not run and pass with the holder account');
  for (const role of ACCOUNT_ROLES)
    if (!ran(new RegExp(`Connexion du compte configuré « ${role} »`)).length)
      problems.push(`the setup did not log the ${role} account in`);
  // What each account serves, run and passed through the saved sessions.
  const served: [string, RegExp][] = [
    ['account administrator', /l’administrateur du compte trouve dans l’espace client le formulaire/],
    ['mandataire', /le mandataire peut choisir « Une autre personne de »/],
    ['mandataire', /reste grisé avec « Une autre personne de » tant qu’aucune personne n’est choisie/],
    ['staff and the mandataire’s company', /le manager montre la fonction mandataire activée/],
    ['staff and the holder’s company', /Manager, onglet « Compte client » avec des résultats/],
  ];
  for (const [account, title] of served)
    if (!ran(title).length) problems.push(`did not run and pass with the ${account}: ${title.source}`);
  const smoke = tests.find((t) => /Commande complète d’un « Pack ID RGS\*\* ».*@smoke/.test(t.title));
  if (!smoke || smoke.status !== 'skipped' || !smoke.reason.includes(unmetNeed(target, 'orderSubmission')!))
    problems.push('the @smoke order did not stop at « Commander » for want of ALLOW_ORDER_SUBMISSION');

  // Nothing ordered: the portal sent no order e-mail (it sends one for every order it takes).
  const mails = (await (await fetch(`${mock.mailURL}/api/email`)).json()) as { subject: string }[];
  const orderMails = mails.filter((m) => /^Votre commande/.test(m.subject));
  if (orderMails.length) problems.push(`${orderMails.length} order e-mail(s) sent: an order was placed`);

  // Passwords: nowhere in what the run left behind, nor in its output.
  problems.push(
    ...findSecrets([out], [PASSWORD], { 'the run’s output': r.stdout + r.stderr }).map((p) => `secret: ${p}`),
  );

  console.log(describeTarget(target));
  console.log(
    `\nmock as a deployed portal: ${report.stats.expected} passed, ${report.stats.unexpected} failed, ${report.stats.skipped} skipped`,
  );
  for (const [reason, n] of byReason) console.log(`  ${n} skipped: ${reason}`);
  console.log(`  order e-mails: ${orderMails.length}; e-mails in all: ${mails.length}`);
} finally {
  await mock.stop();
}
if (problems.length) {
  console.error(problems.map((p) => `  - ${p}`).join('\n'));
  console.error('deployed check: FAILED');
  process.exit(1);
}
console.log('deployed check: passed (nothing submitted, skips explained, no password in the outputs)');
