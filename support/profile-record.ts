/**
 * Records a build's profile (support/profile.ts) from the portal itself, as `npm run profile`
 * does: it walks the guide and notes, for each entry, where the guide's link or button led, or
 * what the element playing that part says. Only guide words and roles find things here, never the
 * profile in use: that one is only compared with afterwards (`compareWithProfile`).
 * Texts the guide quotes are never recorded: they come from the guide.
 */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { guideName } from '../pages/guide-text.ts';
import { question } from '../pages/locate.ts';
import { choose } from '../pages/choose.ts';
import {
  DURATIONS,
  PRODUCTS,
  durationLabel,
  holderName,
  type Duration,
  type ProductName,
} from '../pages/model.ts';
import { portalURL } from './portal-url.ts';
import type { Mail, Mailbox } from './mail/mailbox.ts';
import { pdfLibReader } from './mail/pdf.ts';
import type { PortalProfile } from './profile.ts';
import { recordAccountScreens, type NewAccounts } from './profile-record-accounts.ts';
import type { Credentials } from '../pages/model.ts';
import { recordOrderEntries, type OrderWalk } from './profile-record-order.ts';

/** Placeholders of the function-shaped entries, in the recorded templates. */
export const PLACEHOLDERS = {
  number: '{number}',
  type: '{type}',
  name: '{name}',
  login: '{login}',
  min: '{min}',
  partner: '{partner}',
  company: '{company}',
} as const;

/** One entry of the table: its value and how it was found, or why it was not. */
export interface Finding {
  entry: string;
  value?: string;
  how: string;
}

/** Who walks the guide: a customer able to order, and where their mail arrives. */
export interface Walker {
  login: string;
  password: string;
  firstName: string;
  lastName: string;
  email: string;
  company: string;
  siret: string;
  /** Undefined: the mail is not read (« not recorded »). */
  mailbox?: Mailbox;
  /** False in production: the walk only reads, « Commander » is never clicked. */
  mayOrder: boolean;
  /** Undefined: no customer area or user may be created (support/profile-record-accounts.ts). */
  newAccounts?: NewAccounts;
  /** Whether the walk may change the account (the manager's mandataire switch): the mock only. */
  mayChangeAccounts?: boolean;
  /** A partner code of the portal and the partner's name as the portal writes it. */
  partner?: { code: string; name: string };
  /** A staff user of the manager, and the manager's address as staff are given it. */
  staff?: Credentials;
  managerURL?: string;
}

/** The product the walk orders: the guide's own (step 6). */
const GUIDE_PRODUCT: ProductName = 'Pack ID RGS**';
/** Choices distinct from each other and from the defaults, so each PDF field is told by its value. */
const ORDER = { duration: 2 as Duration, os: 'Mac OS', payment: 'Autre' } as const;

/** The path of an address, under the portal's base URL. */
export function pathOfURL(url: string, baseURL: string): string {
  const base = new URL(portalURL(baseURL, '/')).pathname;
  // A JSF portal may name the session in the path (`;jsessionid=…`): not part of where it leads.
  const path = new URL(url).pathname.replace(/;jsessionid=[^/]*/i, '');
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/** The path of the page shown (or of a URL), under the portal's base URL. */
export function pathOf(page: Page | string, baseURL: string): string {
  return pathOfURL(typeof page === 'string' ? page : page.url(), baseURL);
}

/** Clicks what a person clicks and waits until another page is shown. */
export async function clickAndLeave(page: Page, target: Locator): Promise<void> {
  const before = page.url();
  await target.click();
  await page.waitForURL((url) => url.toString() !== before);
  await page.waitForLoadState('domcontentloaded');
}

/** `value` with each `[text, placeholder]` replaced: a recorded line as a template. */
export function template(value: string, ...parts: [string, string][]): string | undefined {
  let out = value;
  for (const [text, placeholder] of parts) {
    if (!text || !out.includes(text)) return undefined;
    out = out.replace(text, placeholder);
  }
  return out;
}

/** The shape of an order number, its digits generalised: « CMD-2026-000123 » → CMD-\d{4}-\d{6}. */
export function numberPattern(sample: string): string {
  return sample.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+/g, (digits) => `\\d{${digits.length}}`);
}

/** The first element whose own whole text contains `text`: the line that plays that part. */
export async function lineContaining(page: Page, text: string): Promise<string | undefined> {
  const line = page.getByText(text).first();
  if (!(await line.count())) return undefined;
  return (await line.innerText()).trim().replace(/\s+/g, ' ');
}

/** The page's first heading, that of its main part when it has one (a header may hold others). */
export async function mainHeading(page: Page): Promise<string | undefined> {
  const main = page.getByRole('main');
  const scope = (await main.count()) === 1 ? main : page;
  const heading = scope.getByRole('heading').first();
  return (await heading.count()) ? (await heading.innerText()).trim() : undefined;
}

/**
 * The « Total » line once the « Tarif » box shows the duration chosen and has stopped changing: a
 * build may update it from the server (the faces build's AJAX), a moment after the click.
 */
async function settled(page: Page, duration: string, total: Locator): Promise<string> {
  const durationLine = page.getByText(/^Durée \(\d ans?\) :/);
  await expect(durationLine).toContainText(`(${duration})`);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = (await total.innerText()).trim();
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

export interface Recording {
  findings: Finding[];
  /** « Tarif » total by product and duration, as the order form prints it (e.g. « 250.0 »). */
  prices: Partial<Record<ProductName, Partial<Record<Duration, string>>>>;
}

/** Walks the guide on the portal at `baseURL` as `walker`, and records what it finds. */
export async function recordProfile(browser: Browser, baseURL: string, walker: Walker): Promise<Recording> {
  const recording = await recordOrder(browser, baseURL, walker);
  recording.findings.push(...(await recordAccountScreens(browser, baseURL, walker)));
  return recording;
}

/** The guide's steps 1 to 12 and the order's mail and PDF. */
async function recordOrder(browser: Browser, baseURL: string, walker: Walker): Promise<Recording> {
  const findings: Finding[] = [];
  const found = (entry: string, value: string | undefined, how: string, whyNot: string) =>
    findings.push(value === undefined ? { entry, how: `not recorded: ${whyNot}` } : { entry, value, how });
  const notRecorded = (entry: string, why: string) => findings.push({ entry, how: `not recorded: ${why}` });
  const prices: Recording['prices'] = {};
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const rest: Pick<OrderWalk, 'order' | 'noOrder'> = {};
  // The guide's walk up to step 12; the order's other entries then (support/profile-record-order.ts).
  const walkGuide = async (): Promise<void> => {
    // « Allez sur www.certigna.fr »: the base URL's page, wherever it leads.
    await page.goto(portalURL(baseURL, '/'));
    found('paths.home', pathOf(page, baseURL), 'the page the base URL shows', '');
    found(
      'texts.homeHeading',
      await mainHeading(page),
      'the first heading of that page',
      'the home page has no heading',
    );

    // Step 1: « Espace client ».
    await clickAndLeave(page, page.getByRole('link', guideName('Espace client')));
    const loginPath = pathOf(page, baseURL);
    found('paths.login', loginPath, 'where « Espace client » leads (step 1)', '');

    for (const [entry, link] of [
      ['paths.forgottenIdentifier', 'Identifiant oublié ?'],
      ['paths.forgottenPassword', 'Mot de passe oublié ?'],
    ] as const) {
      await clickAndLeave(page, page.getByRole('link', guideName(link)));
      found(entry, pathOf(page, baseURL), `where « ${link} » leads`, '');
      await page.goto(portalURL(baseURL, loginPath));
    }

    // Steps 2 and 3.
    await page.getByRole('textbox', { name: /^Identifiant\s*:?$/ }).fill(walker.login);
    await page.getByRole('textbox', { name: /^Mot de passe\s*:?$/ }).fill(walker.password);
    await clickAndLeave(page, page.getByRole('button', guideName('Se connecter')));
    found('paths.customerArea', pathOf(page, baseURL), 'where « Se connecter » leads (step 3)', '');
    const name = holderName(walker);
    const connected = await lineContaining(page, name);
    found(
      'texts.connectedAs',
      connected && template(connected, [name, PLACEHOLDERS.name]),
      `the line of the customer area naming « ${name} »`,
      `no line of the customer area names « ${name} »`,
    );

    // Steps 4 to 6.
    await clickAndLeave(page, page.getByRole('link', guideName('Nouvelle commande')));
    found('paths.partnerStep', pathOf(page, baseURL), 'where « Nouvelle commande » leads (step 4)', '');
    await clickAndLeave(page, page.getByRole('button', guideName('Continuer sans code partenaire')));
    found('paths.catalogue', pathOf(page, baseURL), 'where « Continuer sans code partenaire » leads', '');
    await clickAndLeave(page, page.getByRole('link', { name: GUIDE_PRODUCT, exact: true }));
    found('paths.orderForm', pathOf(page, baseURL), `where « ${GUIDE_PRODUCT} » leads (step 6)`, '');

    // Issue 23, item 4: the « Tarif » box for every product and duration.
    const types = question(page, 'Quel type de certificat ?');
    const validity = question(page, 'Quelle durée de validité ?');
    const total = page.getByText(/^Total :/);
    for (const product of Object.keys(PRODUCTS) as ProductName[]) {
      const type = PRODUCTS[product].type;
      const typeRadio = types.getByRole('radio', { name: type, exact: true });
      if (!(await typeRadio.count())) continue;
      await choose(typeRadio, types.getByText(type, { exact: true }));
      for (const years of DURATIONS) {
        const label = durationLabel(years);
        const radio = validity.getByRole('radio', { name: label, exact: true });
        if (!(await radio.count())) continue;
        await choose(radio, validity.getByText(label, { exact: true }));
        const price = /^Total :\s*([\d.,]+)\s*€ HT/.exec(await settled(page, label, total))?.[1];
        if (price) (prices[product] ??= {})[years] = price;
      }
    }

    const afterOrder = [
      'texts.confirmationHeading',
      'texts.orderNumberLine',
      'orderNumber',
      'mail.orderSubject',
      'mail.orderFormFile',
      'mail.documentsHeading',
      ...PDF_ENTRIES.map((e) => `pdfFields.${e}`),
    ];
    if (!walker.mayOrder) {
      rest.noOrder = 'production: the walk only reads, no order placed';
      for (const entry of afterOrder) notRecorded(entry, rest.noOrder);
      return;
    }

    // Steps 6 to 12, with choices each PDF field can be told by.
    const type = PRODUCTS[GUIDE_PRODUCT].type;
    await choose(
      types.getByRole('radio', { name: type, exact: true }),
      types.getByText(type, { exact: true }),
    );
    const years = durationLabel(ORDER.duration);
    await choose(
      validity.getByRole('radio', { name: years, exact: true }),
      validity.getByText(years, { exact: true }),
    );
    const os = question(page, "Quel système d'exploitation ?");
    await choose(
      os.getByRole('radio', { name: ORDER.os, exact: true }),
      os.getByText(ORDER.os, { exact: true }),
    );
    const payment = question(
      page,
      'Veuillez sélectionner un moyen de paiement afin de finaliser votre commande',
    );
    await choose(
      payment.getByRole('radio', { name: ORDER.payment, exact: true }),
      payment.getByText(ORDER.payment, { exact: true }),
    );
    // « Autre » asks for a purchase-order number: the one text box of that part.
    const purchaseOrder = `BC-${Date.now() % 1_000_000}`;
    await payment
      .getByRole('textbox')
      .or(page.getByRole('textbox', { name: /bon de commande/i }))
      .first()
      .fill(purchaseOrder);
    const terms = /^J'atteste avoir pris connaissance des conditions générales d'utilisation de l'autorité /;
    await choose(page.getByRole('checkbox', { name: terms }), page.getByText(terms));
    await clickAndLeave(page, page.getByRole('button', guideName('Commander')));

    found(
      'texts.confirmationHeading',
      await mainHeading(page),
      'the first heading of the page shown after « Commander »',
      'that page has no heading',
    );

    // The order number: the mail that carries the PDF names it, and so does the page.
    const pageText = await page.locator('body').innerText();
    const mail = walker.mailbox && (await mailWithPdf(walker.mailbox, walker.email, pageText));
    const number = mail && orderNumberIn(mail, pageText);
    if (!walker.mailbox || !mail || !number) {
      const why = !walker.mailbox
        ? 'no mailbox to read on this target yet'
        : !mail
          ? 'no mail with a PDF arrived'
          : 'no token of the mail subject is on the confirmation page';
      for (const entry of afterOrder.slice(1)) notRecorded(entry, why);
      rest.noOrder = `the order number was not read: ${why}`;
      return;
    }
    rest.order = {
      number,
      confirmationHeading: findings.find((f) => f.entry === 'texts.confirmationHeading')?.value,
    };
    found('orderNumber', numberPattern(number), `« ${number} », its digits generalised`, '');
    const line = await lineContaining(page, number);
    found(
      'texts.orderNumberLine',
      line && template(line, [number, PLACEHOLDERS.number]),
      'the line of the confirmation page with the order number',
      'no line of the page holds it',
    );
    found(
      'mail.orderSubject',
      template(mail.subject, [number, PLACEHOLDERS.number], [type, PLACEHOLDERS.type]),
      'the subject of the mail that carries the PDF',
      `its subject « ${mail.subject} » does not name « ${type} »`,
    );
    found(
      'mail.documentsHeading',
      listHeading(mail.text),
      'the line of that mail just before its first bulleted list (the supporting documents)',
      'that mail has no bulleted list',
    );
    const pdf = mail.attachments.find((a) => /\.pdf$/i.test(a.name))!;
    found(
      'mail.orderFormFile',
      template(pdf.name, [number, PLACEHOLDERS.number]),
      'the name of the PDF attached',
      `« ${pdf.name} » does not hold the order number`,
    );
    const form = await pdfLibReader.open(await walker.mailbox.attachment(mail, pdf.name));
    const expected: Record<PdfEntry, (v: string) => boolean> = {
      number: (v) => v === number,
      holder: (v) => v.toUpperCase() === name,
      product: (v) => v.includes(GUIDE_PRODUCT),
      duration: (v) => v === years || v === String(ORDER.duration),
      os: (v) => v === ORDER.os,
      payment: (v) => v === ORDER.payment,
      purchaseOrder: (v) => v === purchaseOrder,
      price: (v) => v.includes(prices[GUIDE_PRODUCT]?.[ORDER.duration] ?? '\u0000'),
      company: (v) => v === walker.company,
      siret: (v) => v.replace(/\s/g, '') === walker.siret,
    };
    for (const entry of PDF_ENTRIES) {
      const names = Object.entries(form.fields).filter(([, v]) => expected[entry](v.trim()));
      found(
        `pdfFields.${entry}`,
        names.length === 1 ? names[0]![0] : undefined,
        'the PDF field holding what was ordered',
        names.length ? `several fields hold it (${names.map(([n]) => n).join(', ')})` : 'no field holds it',
      );
    }
  };
  try {
    await walkGuide();
    const paths = Object.fromEntries(
      findings.filter((f) => f.entry.startsWith('paths.') && f.value).map((f) => [f.entry, f.value]),
    );
    await recordOrderEntries({ browser, page, baseURL, walker, found, notRecorded, paths, ...rest });
    return { findings, prices };
  } finally {
    await context.close();
  }
}

const PDF_ENTRIES = [
  'number',
  'holder',
  'product',
  'duration',
  'os',
  'payment',
  'purchaseOrder',
  'price',
  'company',
  'siret',
] as const satisfies readonly (keyof PortalProfile['pdfFields'])[];
type PdfEntry = (typeof PDF_ENTRIES)[number];

/**
 * The mail that carries this order's PDF: one whose subject names what the confirmation page shows
 * (a real inbox holds the account's earlier orders' mails too).
 */
async function mailWithPdf(mailbox: Mailbox, to: string, pageText: string): Promise<Mail | undefined> {
  try {
    let found: Mail | undefined;
    await expect
      .poll(
        async () => {
          found = (await mailbox.list({ to })).find(
            (m) =>
              m.attachments.some((a) => /\.pdf$/i.test(a.name)) && orderNumberIn(m, pageText) !== undefined,
          );
          return found !== undefined;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    return found;
  } catch {
    return undefined;
  }
}

/** The line that introduces a text's first bulleted list (« - », « • » or « * » lines). */
export function listHeading(text: string): string | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const first = lines.findIndex((l, i) => i > 0 && /^[-•*]\s/.test(l));
  if (first < 0) return undefined;
  const before = lines.slice(0, first).filter(Boolean);
  return before.at(-1);
}

/**
 * The longest word of the mail's subject, with a digit, that the confirmation page shows too. A
 * word may hold « / », « - » or « . » between its letters and digits (« W26.00000123 »).
 */
function orderNumberIn(mail: Mail, pageText: string): string | undefined {
  return (mail.subject.match(/[\p{L}\d](?:[\p{L}\d/.-]*[\p{L}\d])?/gu) ?? [])
    .filter((token) => /\d/.test(token))
    .filter((token) => pageText.includes(token))
    .sort((a, b) => b.length - a.length)[0];
}

/** The value the profile in use gives an entry, its functions written as templates. */
export function profileValue(profile: PortalProfile, entry: string): string | undefined {
  const p = PLACEHOLDERS;
  const special: Record<string, () => string> = {
    orderNumber: () => profile.orderNumber.source,
    'texts.connectedAs': () => profile.texts.connectedAs(p.name),
    'texts.orderNumberLine': () => profile.texts.orderNumberLine(p.number),
    'mail.orderSubject': () => profile.mail.orderSubject(p.number, p.type),
    'mail.orderFormFile': () => profile.mail.orderFormFile(p.number),
    // The profile's function takes the number; its template holds the placeholder instead.
    'accountTexts.passwordTooShort': () => profile.accountTexts.passwordTooShort(p.min as unknown as number),
    'accountTexts.identifierShown': () => profile.accountTexts.identifierShown(p.login),
    'accountTexts.identifierMailLine': () => profile.accountTexts.identifierMailLine(p.login),
    'accountTexts.activationMailLine': () => profile.accountTexts.activationMailLine(p.login),
    'texts.partner.chosen': () => profile.texts.partner.chosen(p.partner),
    'texts.partner.viaPartner': () => profile.texts.partner.viaPartner(p.partner),
    'texts.manager.noResult': () => profile.texts.manager.noResult(p.company),
    'texts.manager.mandataireEnabled': () => profile.texts.manager.mandataireEnabled(p.company),
  };
  if (special[entry]) return special[entry]();
  const value = entry.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)?.[key], profile);
  return typeof value === 'string' ? value : value instanceof RegExp ? value.source : undefined;
}

/**
 * The recording as a profile file (docs/profile.md, « The file »; the contract's format): every
 * entry found, nested as in `PortalProfile`, then the prices. An entry not recorded is left out,
 * so such a file does not load until it is given (the command says which).
 */
export function toJson(recording: Recording): Record<string, unknown> {
  const out: Record<string, unknown> = { format: 'certigna-profile/1' };
  for (const f of recording.findings) {
    if (f.value === undefined) continue;
    const keys = f.entry.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = f.value;
  }
  out.prices = recording.prices;
  return out;
}

/** Every entry of a profile, by its dotted name (`texts.partner.chosen`), to list what was not walked. */
export function profileEntries(profile: object, prefix = ''): string[] {
  return Object.entries(profile).flatMap(([key, value]) =>
    value && typeof value === 'object' && !(value instanceof RegExp)
      ? profileEntries(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}
