/**
 * The account screens' entries of a build's profile, for `npm run profile` (issue 23, item 3):
 * « Créer votre espace client », the activation mail and screen, the users of the customer area,
 * « Identifiant oublié ? », « Mot de passe oublié ? » and the log-out. Walked as a person does:
 * a link is found by where it leads, a form's labels by their field's part (its autocomplete
 * token, its type, else its place in the form), a message as what the page says after the action
 * that it did not say before, a mail as the one that arrived for that address after the action.
 * The profile in use is never read here (support/profile-record.ts compares afterwards).
 */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { guideName } from '../pages/guide-text.ts';
import { entries } from '../pages/locate.ts';
import type { Person } from '../pages/model.ts';
import { newPassword } from './data.ts';
import { answerOverlays } from './overlays.ts';
import type { Mail, Mailbox } from './mail/mailbox.ts';
import { portalURL } from './portal-url.ts';
import { PLACEHOLDERS, clickAndLeave, mainHeading, pathOf, template } from './profile-record.ts';
import type { Finding, Walker } from './profile-record.ts';

/** Whether the walk may create a customer area and users, and with what; else why not. */
export type NewAccounts =
  { allowed: true; person(): Person; company(): string; siret(): string } | { allowed: false; why: string };

/** A text box of a form, with what tells its part. */
interface Field {
  box: Locator;
  name: string | undefined;
  type: string;
  autocomplete: string[];
}

/** A part a form's field may play: its autocomplete token, or a test of the field. */
interface Part<K extends string> {
  key: K;
  autocomplete?: string;
  is?: (f: Field) => boolean;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The lines the main part shows (the page's, when it has none): where a new message is looked for. */
async function mainLines(page: Page): Promise<string[]> {
  const main = page.getByRole('main');
  const scope = (await main.count()) === 1 ? main : page.locator('body');
  return (await scope.innerText()).split('\n').map(norm).filter(Boolean);
}

/** A control's accessible name, as `getByRole(…, { name })` matches it. */
async function nameOf(control: Locator): Promise<string | undefined> {
  const quoted = /^- [\w-]+ ("(?:[^"\\]|\\.)*")/.exec(await control.ariaSnapshot());
  return quoted ? norm(JSON.parse(quoted[1]!) as string) : undefined;
}

/** The form around a text box: its nearest container that holds a button too. */
function formAround(box: Locator): Locator {
  return box.locator(
    'xpath=ancestor::*[descendant::button or descendant::input[@type="submit" or @type="button"] or descendant::*[@role="button"]][1]',
  );
}

async function fieldsOf(form: Locator): Promise<Field[]> {
  const boxes = await form.getByRole('textbox').all();
  return Promise.all(
    boxes.map(async (box) => {
      const attrs = await box.evaluate((e) => ({
        type: (e.getAttribute('type') ?? 'text').toLowerCase(),
        autocomplete: (e.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/),
      }));
      return { box, name: await nameOf(box), ...attrs };
    }),
  );
}

/**
 * Each part's field: the one its autocomplete token or test names, then the others by their
 * place in the form, in the order of `parts` (only when the form has as many fields as parts).
 */
function assign<K extends string>(fields: Field[], parts: readonly Part<K>[]): Partial<Record<K, Field>> {
  const out: Partial<Record<K, Field>> = {};
  const free = [...fields];
  const take = (key: K, field: Field | undefined) => {
    if (!field) return;
    out[key] = field;
    free.splice(free.indexOf(field), 1);
  };
  for (const p of parts)
    take(
      p.key,
      free.find((f) => (p.autocomplete && f.autocomplete.includes(p.autocomplete)) || p.is?.(f)),
    );
  if (fields.length === parts.length) for (const p of parts) if (!out[p.key]) take(p.key, free[0]);
  return out;
}

const SIRET_FIELD = (f: Field) => /SIRET/i.test(f.name ?? '');
const EMAIL_FIELD = (f: Field) => f.type === 'email';
const PERSON_PARTS = [
  { key: 'firstName', autocomplete: 'given-name' },
  { key: 'lastName', autocomplete: 'family-name' },
  { key: 'email', autocomplete: 'email', is: EMAIL_FIELD },
  { key: 'identifier', autocomplete: 'username' },
] as const;
const SIGNUP_PARTS = [
  { key: 'company', autocomplete: 'organization' },
  { key: 'siret', is: SIRET_FIELD },
  ...PERSON_PARTS,
] as const;

/**
 * What the page says after `act` that it did not say before: an alert or a status message first,
 * else the first new line of its main part. Polled: the answer may be a new page or an AJAX update.
 */
async function messageAfter(page: Page, act: () => Promise<unknown>): Promise<string | undefined> {
  const before = new Set(await mainLines(page));
  await act();
  const said = async () => {
    const live = await page
      .getByRole('alert')
      .or(page.getByRole('status'))
      .filter({ visible: true })
      .allInnerTexts();
    const news = live.flatMap((t) => t.split('\n')).map(norm);
    return (
      news.find((line) => line && !before.has(line)) ?? (await mainLines(page)).find((l) => !before.has(l))
    );
  };
  let message: string | undefined;
  try {
    await expect
      .poll(async () => (message = await said().catch(() => undefined)), { timeout: 10_000 })
      .toBeDefined();
  } catch {
    return undefined;
  }
  return message;
}

/** The mail that arrives for `to` after `act` (undefined: none, or no mailbox). */
async function mailAfter(
  mailbox: Mailbox | undefined,
  to: string,
  act: () => Promise<unknown>,
): Promise<Mail | undefined> {
  const seen = mailbox && new Set((await mailbox.list({ to })).map((m) => m.id));
  await act();
  if (!mailbox || !seen) return undefined;
  let mail: Mail | undefined;
  try {
    await expect
      .poll(async () => (mail = (await mailbox.list({ to })).find((m) => !seen.has(m.id))), {
        timeout: 15_000,
      })
      .toBeDefined();
  } catch {
    return undefined;
  }
  return mail;
}

/** The mail's text, line by line (its HTML's text when it has no text part). */
function mailLines(mail: Mail): string[] {
  const text =
    mail.text || mail.html.replace(/<(br|\/p|\/div|\/li|\/tr)\b[^>]*>/gi, '\n').replace(/<[^>]+>/g, '');
  return text.split(/\r?\n/).map(norm).filter(Boolean);
}

/** The mail's link into the portal that carries a query (a token): where it leads a person. */
function portalLink(mail: Mail, baseURL: string): string | undefined {
  const origin = new URL(portalURL(baseURL, '/')).origin;
  const urls = `${mail.text}\n${mail.html}`.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
  return urls
    .map((u) => u.replace(/&amp;/g, '&'))
    .find((u) => {
      const url = new URL(u);
      return url.origin === origin && url.search !== '';
    });
}

/** A password of `length` characters that mixes capitals, small letters, digits and a symbol. */
function passwordOf(length: number): string {
  const base = newPassword();
  return (base.repeat(Math.ceil(length / base.length) + 1).slice(0, length - 4) + 'Aa1!').slice(-length);
}

/** A SIRET of 14 digits that fails the Luhn check: the last digit of a valid one changed. */
function brokenSiret(siret: string): string {
  return `${siret.slice(0, -1)}${(Number(siret.at(-1)) + 1) % 10}`;
}

/** The account's credentials and what identifies it, for the screens that ask them. */
interface Someone extends Person {
  password: string;
  siret: string;
}

const SIGNUP = ['texts.createCustomerAreaLink', 'paths.signup'];
const SIGNUP_FORM = [
  'heading',
  ...SIGNUP_PARTS.map((p) => p.key),
  'submit',
  'created',
  'invalidSiret',
  'siretTaken',
].map((k) => `texts.signup.${k}`);
const ACTIVATION = [
  'paths.activationLink',
  'mail.activationSubject',
  'accountTexts.activationMailLine',
  ...['heading', 'password', 'confirm', 'submit', 'activated'].map((k) => `texts.activation.${k}`),
  'accountTexts.passwordTooShort',
  'accountTexts.passwordsDiffer',
  'accountTexts.invalidLink',
  'accountTexts.identifierShown',
  'texts.logInLink',
];
const USERS = [
  'texts.usersHeading',
  ...[...PERSON_PARTS.map((p) => p.key), 'submit'].map((k) => `texts.user.${k}`),
  'texts.userCreated',
  'texts.userPending',
  'accountTexts.userActive',
];
const FORGOTTEN_IDENTIFIER = [
  ...['heading', 'siret', 'email', 'submit', 'sent'].map((k) => `texts.forgottenIdentifier.${k}`),
  'texts.siretLength',
  'mail.identifierSubject',
  'accountTexts.identifierMailLine',
];
const FORGOTTEN_PASSWORD = [
  ...['heading', 'identifier', 'submit', 'sent'].map((k) => `texts.forgottenPassword.${k}`),
  'mail.passwordSubject',
  'paths.newPasswordLink',
  ...['password', 'confirm', 'submit', 'saved'].map((k) => `texts.newPassword.${k}`),
];
/** Every entry this walk records, in the order of the table. */
export const ACCOUNT_ENTRIES = [
  ...SIGNUP,
  ...SIGNUP_FORM,
  ...ACTIVATION,
  ...USERS,
  'texts.logOut',
  ...FORGOTTEN_IDENTIFIER,
  ...FORGOTTEN_PASSWORD,
];

/** Walks the account screens at `baseURL`; returns one finding per entry of ACCOUNT_ENTRIES. */
export async function recordAccountScreens(
  browser: Browser,
  baseURL: string,
  walker: Walker,
): Promise<Finding[]> {
  const findings = new Map<string, Finding>();
  const found = (entry: string, value: string | undefined, how: string, whyNot: string) => {
    if (!findings.has(entry))
      findings.set(
        entry,
        value === undefined ? { entry, how: `not recorded: ${whyNot}` } : { entry, value, how },
      );
  };
  const skip = (list: readonly string[], why: string) => {
    for (const entry of list) found(entry, undefined, '', why);
  };
  const changes: NewAccounts = walker.newAccounts ?? {
    allowed: false,
    why: 'no customer area or user may be created on this target',
  };
  const noMail = 'no mailbox to read on this target (IMAP_URL)';
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  // A consent banner (or PORTAL_OVERLAY) is answered where it shows, as a person would.
  await answerOverlays(page);
  const open = (path: string) => page.goto(portalURL(baseURL, path));
  try {
    await open('/');
    await clickAndLeave(page, page.getByRole('link', guideName('Espace client')));
    const loginPath = pathOf(page, baseURL);
    const pathOfLink = async (link: Locator) =>
      pathOf(await link.evaluate((a) => (a as HTMLAnchorElement).href), baseURL);

    // « Créer votre espace client »: the login page's link, other than the guide's, to a form asking a SIRET.
    const siretBox = page.getByRole('textbox', { name: /SIRET/i });
    const links = page.getByRole('main').getByRole('link');
    let signupLink: string | undefined;
    for (let i = 0; i < (await links.count()) && !signupLink; i++) {
      const link = links.nth(i);
      const name = await nameOf(link);
      if (!name || ['Identifiant oublié ?', 'Mot de passe oublié ?'].includes(name)) continue;
      if ((await pathOfLink(link)) === loginPath) continue;
      await clickAndLeave(page, link);
      if ((await siretBox.count()) && (await siretBox.first().isVisible())) signupLink = name;
      else await open(loginPath);
    }
    found(
      'texts.createCustomerAreaLink',
      signupLink,
      'the link of the login page that leads to a form asking a SIRET',
      'no link of the login page leads to a form asking a SIRET',
    );
    if (!signupLink) {
      skip([...SIGNUP, ...SIGNUP_FORM], 'the signup form was not found');
      throw new Stop('the signup form was not found');
    }
    found('paths.signup', pathOf(page, baseURL), `where « ${signupLink} » leads`, '');
    found(
      'texts.signup.heading',
      await mainHeading(page),
      'the first heading of that page',
      'it has no heading',
    );
    const signupForm = formAround(siretBox.first());
    const signupFields = assign(await fieldsOf(signupForm), SIGNUP_PARTS);
    for (const { key } of SIGNUP_PARTS)
      found(
        `texts.signup.${key}`,
        signupFields[key]?.name,
        `the label of its ${key} field (${howTold(key)})`,
        `no field of the form tells its part (${key})`,
      );
    const signupSubmit = signupForm.getByRole('button').first();
    found(
      'texts.signup.submit',
      await nameOf(signupSubmit),
      'the button of that form',
      'the form has no button',
    );

    let admin: Someone | undefined;
    if (!changes.allowed) skip([...SIGNUP_FORM, ...ACTIVATION], changes.why);
    else {
      const fillSignup = async (person: Person, company: string, siret: string) => {
        const values: Record<(typeof SIGNUP_PARTS)[number]['key'], string> = {
          company,
          siret,
          firstName: person.firstName,
          lastName: person.lastName,
          email: person.email,
          identifier: person.login,
        };
        for (const [key, value] of Object.entries(values))
          await signupFields[key as keyof typeof values]?.box.fill(value);
      };
      const submitted = async (person: Person, company: string, siret: string) =>
        messageAfter(page, async () => {
          await fillSignup(person, company, siret);
          await signupSubmit.click();
        });
      const siret = changes.siret();
      found(
        'texts.signup.invalidSiret',
        await submitted(changes.person(), changes.company(), brokenSiret(siret)),
        'the message after a SIRET failing the Luhn check',
        'no message appeared',
      );
      if (walker.siret)
        found(
          'texts.signup.siretTaken',
          await submitted(changes.person(), changes.company(), walker.siret),
          "the message after the SIRET of the walker's own customer area",
          'no message appeared',
        );
      else skip(['texts.signup.siretTaken'], "needs the SIRET of the walker's account (HOLDER_SIRET)");
      const person = changes.person();
      let created: string | undefined;
      const mail = await mailAfter(walker.mailbox, person.email, async () => {
        created = await submitted(person, changes.company(), siret);
      });
      found('texts.signup.created', created, 'the message after a new SIRET', 'no message appeared');
      const activated = await activate(page, person, mail);
      if (activated) admin = { ...activated, siret };
    }

    /**
     * The activation mail and screen, up to a password chosen; the person as an account, or
     * undefined when the walk could not activate it.
     */
    async function activate(p: Page, person: Person, mail: Mail | undefined): Promise<Someone | undefined> {
      if (!mail) {
        skip(ACTIVATION, walker.mailbox ? `no mail arrived for ${person.email} after the signup` : noMail);
        return undefined;
      }
      found(
        'mail.activationSubject',
        mail.subject,
        'the subject of the mail that arrived after the signup',
        '',
      );
      const line = mailLines(mail).find((l) => l.includes(person.login));
      found(
        'accountTexts.activationMailLine',
        line && template(line, [person.login, PLACEHOLDERS.login]),
        'the line of that mail naming the identifier chosen',
        'no line of the mail names it',
      );
      const link = portalLink(mail, baseURL);
      if (!link) {
        skip(ACTIVATION, 'the mail has no link into the portal');
        return undefined;
      }
      found('paths.activationLink', pathOf(link, baseURL), 'where the link of that mail leads', '');
      await p.goto(portalURL(baseURL, link));
      found(
        'texts.activation.heading',
        await mainHeading(p),
        'the first heading of that page',
        'it has no heading',
      );
      const shown = (await mainLines(p)).find((l) => l.includes(person.login));
      found(
        'accountTexts.identifierShown',
        shown && template(shown, [person.login, PLACEHOLDERS.login]),
        'the line of that page naming the identifier',
        'no line of the page names it',
      );
      const { form, password, confirm, submit } = await passwordForm(p, 'activation');
      if (!form || !password || !confirm) {
        skip(ACTIVATION, 'that page has not a form with two password fields');
        return undefined;
      }
      const send = (first: string, second: string) =>
        messageAfter(p, async () => {
          await password.box.fill(first);
          await confirm.box.fill(second);
          await submit.click();
        });
      const short = await send('a', 'a');
      const min = short?.match(/\d+/g);
      if (short && min?.length === 1) {
        const n = Number(min[0]);
        // A password of exactly that length, with a confirmation that differs: no longer too short.
        const differ = await send(passwordOf(n), passwordOf(n + 1).slice(1));
        const verified = differ !== undefined && differ !== short;
        found(
          'accountTexts.passwordTooShort',
          verified ? template(short, [min[0]!, PLACEHOLDERS.min]) : undefined,
          `the message after a password of 1 character (${n} characters pass)`,
          `a password of ${n} characters is refused the same way`,
        );
        found(
          'accountTexts.passwordsDiffer',
          verified ? differ : undefined,
          'the message after a confirmation that differs',
          'no other message appeared',
        );
      } else
        skip(
          ['accountTexts.passwordTooShort', 'accountTexts.passwordsDiffer'],
          short ? `« ${short} » names no one length` : 'a password of 1 character got no message',
        );
      const chosen = newPassword();
      const activated = await send(chosen, chosen);
      found(
        'texts.activation.activated',
        activated,
        'the message after a password chosen',
        'no message appeared',
      );
      const toLogin = await linkTo(p, loginPath);
      found(
        'texts.logInLink',
        toLogin,
        'the link of that page that leads to the login page',
        'none leads there',
      );
      found(
        'accountTexts.invalidLink',
        await messageAfter(p, () => p.goto(portalURL(baseURL, link))),
        'the message on following the used link again',
        'no message appeared',
      );
      return activated ? { ...person, password: chosen, siret: '' } : undefined;
    }

    /** The link of the main part that leads to `path`, by its name. */
    async function linkTo(p: Page, path: string): Promise<string | undefined> {
      const all = p.getByRole('main').getByRole('link');
      for (let i = 0; i < (await all.count()); i++)
        if ((await pathOfLink(all.nth(i))) === path) return nameOf(all.nth(i));
      return undefined;
    }

    // The customer area of the new administrator (else of the walker): its users, and the log-out.
    const me: Someone = admin ?? { ...walker, siret: walker.siret };
    await open(loginPath);
    await page.getByRole('textbox', { name: /^Identifiant\s*:?$/ }).fill(me.login);
    await page.getByRole('textbox', { name: /^Mot de passe\s*:?$/ }).fill(me.password);
    await clickAndLeave(page, page.getByRole('button', guideName('Se connecter')));
    const areaPath = pathOf(page, baseURL);
    await recordUsers(me);
    await recordLogOut(areaPath);

    async function recordUsers(account: Someone): Promise<void> {
      const row = (email: string) => entries(page).filter({ hasText: email }).first();
      if (!account.email) return skip(USERS, "needs the walker's e-mail (HOLDER_EMAIL)");
      if (!(await row(account.email).count()))
        return skip(USERS, `no list of the customer area names « ${account.email} »`);
      const heading = row(account.email).locator(
        'xpath=preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or @role="heading"][1]',
      );
      found(
        'texts.usersHeading',
        norm(await heading.innerText()),
        `the heading above the list naming « ${account.email} »`,
        '',
      );
      const firstBox = heading.locator(
        'xpath=following::*[self::input[not(@type) or @type="text" or @type="email"] or self::textarea or @role="textbox"][1]',
      );
      if (!(await firstBox.count()))
        return skip(USERS, 'no form follows the list of users (not an administrator)');
      const form = formAround(firstBox);
      const fields = assign(await fieldsOf(form), PERSON_PARTS);
      for (const { key } of PERSON_PARTS)
        found(
          `texts.user.${key}`,
          fields[key]?.name,
          `the label of the ${key} field of the form below the list (${howTold(key)})`,
          `no field of the form tells its part (${key})`,
        );
      const submit = form.getByRole('button').first();
      found('texts.user.submit', await nameOf(submit), 'the button of that form', 'the form has no button');
      if (!changes.allowed) return skip(USERS, changes.why);
      const user = changes.person();
      let created: string | undefined;
      const mail = await mailAfter(walker.mailbox, user.email, async () => {
        created = await messageAfter(page, async () => {
          await fields.firstName?.box.fill(user.firstName);
          await fields.lastName?.box.fill(user.lastName);
          await fields.email?.box.fill(user.email);
          await fields.identifier?.box.fill(user.login);
          await submit.click();
        });
      });
      found('texts.userCreated', created, 'the message after a user created', 'no message appeared');
      // The user's status: the cell of their row that changes once they activate their account.
      const cells = async () => row(user.email).getByRole('cell').allInnerTexts();
      const pending = (await cells()).map(norm);
      const identity = [user.firstName, user.lastName, user.email, user.login];
      const others = pending.filter((c) => c && !identity.some((part) => c.includes(part)));
      if (!mail) {
        found(
          'texts.userPending',
          others.length === 1 ? others[0] : undefined,
          "the cell of the user's row that names nothing of them",
          walker.mailbox ? 'no activation mail arrived' : 'the status is told by its change on activation',
        );
        return skip(['accountTexts.userActive'], walker.mailbox ? 'no activation mail arrived' : noMail);
      }
      const link = portalLink(mail, baseURL);
      // The user's own browser: the administrator's session stays apart.
      const theirs = await browser.newContext({ baseURL });
      const activation = await theirs.newPage();
      await answerOverlays(activation);
      try {
        if (link) {
          await activation.goto(portalURL(baseURL, link));
          const { password, confirm, submit: activate } = await passwordForm(activation, 'user');
          const chosen = newPassword();
          await messageAfter(activation, async () => {
            await password?.box.fill(chosen);
            await confirm?.box.fill(chosen);
            await activate.click();
          });
        }
      } finally {
        await theirs.close();
      }
      await page.reload();
      const active = (await cells()).map(norm);
      const changed = pending.findIndex((c, i) => active[i] !== undefined && active[i] !== c);
      const why = 'no cell of the row changed once the user activated their account';
      found(
        'texts.userPending',
        changed >= 0 ? pending[changed] : undefined,
        "the cell of the new user's row that changes on activation",
        why,
      );
      found(
        'accountTexts.userActive',
        changed >= 0 ? active[changed] : undefined,
        'that cell once the user followed the mail’s link',
        why,
      );
    }

    /**
     * « Se déconnecter »: the control outside the main part after which the customer area is no
     * longer shown. Tried one after the other, buttons first; a link leaving the portal is not.
     */
    async function recordLogOut(area: string): Promise<void> {
      const outside = (l: Locator) =>
        l.evaluate((e) => !e.closest('main, [role="main"]') && (e as HTMLElement).offsetParent !== null);
      for (const role of ['button', 'link'] as const) {
        const all = page.getByRole(role);
        for (let i = 0; i < (await all.count()); i++) {
          const control = all.nth(i);
          if (!(await outside(control))) continue;
          if (
            role === 'link' &&
            new URL(await control.evaluate((a) => (a as HTMLAnchorElement).href)).origin !==
              new URL(page.url()).origin
          )
            continue;
          const name = await nameOf(control);
          const before = page.url();
          await control.click();
          // A control that shows no other page is not the log-out; a short wait tells.
          await page.waitForURL((u) => u.toString() !== before, { timeout: 5_000 }).catch(() => undefined);
          await open(area);
          if (pathOf(page, baseURL) !== area)
            return found(
              'texts.logOut',
              name,
              'the control after which the customer area asks to log in again',
              '',
            );
        }
      }
      found('texts.logOut', undefined, '', 'no control outside the main part ends the session');
    }

    // « Identifiant oublié ? »: the SIRET (and e-mail) of the account; its identifier by mail.
    await open(loginPath);
    await clickAndLeave(page, page.getByRole('link', guideName('Identifiant oublié ?')));
    found(
      'texts.forgottenIdentifier.heading',
      await mainHeading(page),
      'the first heading of the page « Identifiant oublié ? » leads to',
      'it has no heading',
    );
    const idForm = formAround(siretBox.first());
    const idFields = assign(await fieldsOf(idForm), [
      { key: 'siret', is: SIRET_FIELD },
      { key: 'email', autocomplete: 'email', is: EMAIL_FIELD },
    ] as const);
    for (const key of ['siret', 'email'] as const)
      found(
        `texts.forgottenIdentifier.${key}`,
        idFields[key]?.name,
        `the label of its ${key} field (${howTold(key)})`,
        `no field tells its part (${key})`,
      );
    const idSubmit = idForm.getByRole('button').first();
    found(
      'texts.forgottenIdentifier.submit',
      await nameOf(idSubmit),
      'the button of that form',
      'the form has no button',
    );
    // Asking an identifier or a reset link creates nothing, but it sends a form: not where the walk only reads.
    const readOnly = changes.allowed
      ? ''
      : `the walk only reads on this target, no form is sent (${changes.why})`;
    if (readOnly) skip(FORGOTTEN_IDENTIFIER, readOnly);
    else if (!me.siret) skip(FORGOTTEN_IDENTIFIER, "needs the SIRET of the walker's account (HOLDER_SIRET)");
    else if (!me.email) skip(FORGOTTEN_IDENTIFIER, "needs the walker's e-mail (HOLDER_EMAIL)");
    else {
      found(
        'texts.siretLength',
        await messageAfter(page, async () => {
          await idFields.siret?.box.fill(me.siret.slice(0, 13));
          await idSubmit.click();
        }),
        'the message after a SIRET of 13 digits',
        'no message appeared',
      );
      let sent: string | undefined;
      const mail = await mailAfter(walker.mailbox, me.email, async () => {
        sent = await messageAfter(page, async () => {
          await idFields.siret?.box.fill(me.siret);
          await idFields.email?.box.fill(me.email);
          await idSubmit.click();
        });
      });
      found(
        'texts.forgottenIdentifier.sent',
        sent,
        "the message after the account's SIRET and e-mail",
        'no message appeared',
      );
      if (!mail) skip(FORGOTTEN_IDENTIFIER, walker.mailbox ? `no mail arrived for ${me.email}` : noMail);
      else {
        found('mail.identifierSubject', mail.subject, 'the subject of the mail that arrived after that', '');
        const line = mailLines(mail).find((l) => l.includes(me.login));
        found(
          'accountTexts.identifierMailLine',
          line && template(line, [me.login, PLACEHOLDERS.login]),
          'the line of that mail naming the identifier',
          'no line of the mail names it',
        );
      }
    }

    // « Mot de passe oublié ? »: the identifier; a link by mail to choose a new password.
    await open(loginPath);
    await clickAndLeave(page, page.getByRole('link', guideName('Mot de passe oublié ?')));
    found(
      'texts.forgottenPassword.heading',
      await mainHeading(page),
      'the first heading of the page « Mot de passe oublié ? » leads to',
      'it has no heading',
    );
    const pwBox = page.getByRole('main').getByRole('textbox').first();
    const pwForm = formAround(pwBox);
    const pwFields = await fieldsOf(pwForm);
    found(
      'texts.forgottenPassword.identifier',
      pwFields.length === 1 ? pwFields[0]!.name : undefined,
      'the label of the one field of that form',
      `the form has ${pwFields.length} fields`,
    );
    const pwSubmit = pwForm.getByRole('button').first();
    found(
      'texts.forgottenPassword.submit',
      await nameOf(pwSubmit),
      'the button of that form',
      'the form has no button',
    );
    if (readOnly) skip(FORGOTTEN_PASSWORD, readOnly);
    else if (!me.email) skip(FORGOTTEN_PASSWORD, "needs the walker's e-mail (HOLDER_EMAIL)");
    else {
      let sent: string | undefined;
      const mail = await mailAfter(walker.mailbox, me.email, async () => {
        sent = await messageAfter(page, async () => {
          await pwFields[0]?.box.fill(me.login);
          await pwSubmit.click();
        });
      });
      found(
        'texts.forgottenPassword.sent',
        sent,
        "the message after the account's identifier",
        'no message appeared',
      );
      if (mail)
        found('mail.passwordSubject', mail.subject, 'the subject of the mail that arrived after that', '');
      const link = mail && portalLink(mail, baseURL);
      if (!mail || !link)
        skip(
          FORGOTTEN_PASSWORD,
          !walker.mailbox
            ? noMail
            : !mail
              ? `no mail arrived for ${me.email}`
              : 'the mail has no link into the portal',
        );
      else if (!admin) skip(FORGOTTEN_PASSWORD, "the walker's own password is not changed");
      else {
        found('paths.newPasswordLink', pathOf(link, baseURL), 'where the link of that mail leads', '');
        await page.goto(portalURL(baseURL, link));
        const { password, confirm, submit } = await passwordForm(page, 'newPassword');
        const chosen = newPassword();
        found(
          'texts.newPassword.saved',
          password && confirm
            ? await messageAfter(page, async () => {
                await password.box.fill(chosen);
                await confirm.box.fill(chosen);
                await submit.click();
              })
            : undefined,
          'the message after a new password chosen',
          'no message appeared',
        );
      }
    }

    /** A page's password form: its two password fields in their order, and its button. */
    async function passwordForm(p: Page, prefix: 'activation' | 'newPassword' | 'user') {
      const boxes = p.getByRole('main').getByRole('textbox');
      const form = (await boxes.count()) ? formAround(boxes.first()) : undefined;
      const fields = form ? (await fieldsOf(form)).filter((f) => f.type === 'password') : [];
      const [password, confirm] = fields.length === 2 ? fields : [];
      const submit = (form ?? p.locator('main')).getByRole('button').first();
      if (prefix !== 'user') {
        found(
          `texts.${prefix}.password`,
          password?.name,
          'the label of the first password field of that page',
          'it has not two password fields',
        );
        found(
          `texts.${prefix}.confirm`,
          confirm?.name,
          'the label of the second password field',
          'it has not two password fields',
        );
        found(
          `texts.${prefix}.submit`,
          form && (await nameOf(submit)),
          'the button of that form',
          'the form has no button',
        );
      }
      return { form, password, confirm, submit };
    }
  } catch (error) {
    // A screen the walk could not go through: what is left says so, the rest stands.
    if (!(error instanceof Stop)) skip(ACCOUNT_ENTRIES, `the walk stopped: ${String(error).split('\n')[0]}`);
  } finally {
    await context.close();
  }
  skip(ACCOUNT_ENTRIES, 'the walk did not reach it');
  return ACCOUNT_ENTRIES.map((entry) => findings.get(entry)!);
}

/** Ends the walk early, each entry left already said « not recorded » with its reason. */
class Stop extends Error {}

/** How a field's part is told, for the table. */
function howTold(key: string): string {
  const told: Record<string, string> = {
    company: 'autocomplete organization',
    siret: 'the field naming SIRET',
    firstName: 'autocomplete given-name',
    lastName: 'autocomplete family-name',
    email: 'type or autocomplete email',
    identifier: 'autocomplete username',
  };
  return `${told[key] ?? key}, else its place in the form`;
}
