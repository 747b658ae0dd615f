/**
 * The order's other entries of a build's profile, recorded as `npm run profile` walks the guide
 * (support/profile-record.ts calls `recordOrderEntries` once its own walk is done): the way back
 * from the confirmation, the customer area's list of orders, the partner step's button and
 * messages, the order form's « Tarif » prompt, « Autre » payment's box, « Autre porteur », the
 * refusal of an order sent past the page's checks, and the manager. As there, each element is
 * found by the guide's words and the part it plays, never by reading the profile in use.
 */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { guideName } from '../pages/guide-text.ts';
import { entries, question } from '../pages/locate.ts';
import { choose } from '../pages/choose.ts';
import { PRODUCTS, durationLabel, type ProductName } from '../pages/model.ts';
import { portalURL } from './portal-url.ts';
import {
  PLACEHOLDERS,
  clickAndLeave,
  lineContaining,
  mainHeading,
  pathOf,
  pathOfURL,
  template,
  type Walker,
} from './profile-record.ts';

/** What the main walk leaves for this one. */
export interface OrderWalk {
  browser: Browser;
  /** The walker's logged-in page: on the confirmation page when an order was placed. */
  page: Page;
  baseURL: string;
  walker: Walker;
  found: (entry: string, value: string | undefined, how: string, whyNot: string) => void;
  notRecorded: (entry: string, why: string) => void;
  /** The paths the main walk recorded, by entry (`paths.customerArea`…). */
  paths: Partial<Record<string, string>>;
  /** The order the main walk placed, as the confirmation showed it; undefined when none was. */
  order?: { number: string; confirmationHeading: string | undefined };
  /** Why no order is there to read back, when none is. */
  noOrder?: string;
}

/**
 * Texts the guide quotes that the profile holds too: never recorded, they are the guide's words;
 * the walk only checks the portal shows them where the guide does.
 */
export const GUIDE_ENTRIES = {
  // Step 9: « Pour commander pour une autre personne, il faut être Délégué ou Mandataire de
  // Certification : Cf. <contrat> »; the page's sentence may go on, the guide's words are its start.
  'texts.mandataireNote':
    'Pour commander pour une autre personne, il faut être Délégué ou Mandataire de Certification',
  // The guide's screenshot of steps 10 to 12.
  'texts.clearForm': 'Effacer le formulaire',
} as const;

const GUIDE_PRODUCT: ProductName = 'Pack ID RGS**';
const TERMS = /^J'atteste avoir pris connaissance des conditions générales d'utilisation de l'autorité /;
const PAYMENT_PROMPT = 'Veuillez sélectionner un moyen de paiement afin de finaliser votre commande';
const HEADINGS = 'self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or @role="heading"';
const BUTTONS =
  'descendant::button or descendant::input[@type="submit" or @type="button"] or descendant::*[@role="button"]';

/** A control's accessible name, as assistive technologies (and `getByRole`) read it. */
async function accessibleName(control: Locator): Promise<string | undefined> {
  const first = (await control.ariaSnapshot()).split('\n')[0] ?? '';
  const quoted = /^- [\w-]+ "((?:[^"\\]|\\.)*)"/.exec(first)?.[1];
  return quoted === undefined ? undefined : (JSON.parse(`"${quoted}"`) as string).trim();
}

/** The nearest element, from this one upwards, holding a button: the form a box belongs to. */
function formAround(control: Locator): Locator {
  return control.locator(`xpath=ancestor::*[${BUTTONS}][1]`);
}

/** The lines of what the page says (its main part when it has one), trimmed. */
async function lines(page: Page): Promise<string[]> {
  const main = page.getByRole('main');
  const scope = (await main.count()) === 1 ? main : page.locator('body');
  return (await scope.innerText())
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** Clicks a form's button and waits for the page the portal answers with. */
async function submitAndLoad(page: Page, button: Locator): Promise<void> {
  const loaded = page.waitForEvent('load');
  await button.click();
  await loaded;
  await page.waitForLoadState('domcontentloaded');
}

/**
 * The message a form's answer shows: its one alert, or else the one line the page did not say
 * before. Undefined, with why, when there is none or several.
 */
async function messageShown(page: Page, before: string[]): Promise<{ text?: string; why: string }> {
  const alerts = (await page.getByRole('alert').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  if (alerts.length === 1) return { text: alerts[0]!.replace(/\s+/g, ' '), why: '' };
  const added = (await lines(page)).filter((l) => !before.includes(l));
  if (added.length === 1) return { text: added[0], why: '' };
  return {
    why: added.length
      ? `several new lines (${added.map((l) => `« ${l} »`).join(', ')})`
      : 'nothing new shown',
  };
}

/**
 * The words a person sees in an element besides its buttons: text a 1-pixel clipped box holds for
 * assistive technologies (a button's description) is not seen.
 */
function visibleWordsBesideButtons(scope: Locator): Promise<string> {
  return scope.evaluate((root) => {
    const words: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('button, [role="button"], input')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      words.push(node.textContent ?? '');
    }
    return words.join(' ').replace(/\s+/g, ' ').trim();
  });
}

/** The first line holding `text` that is no table's: a notice, not a result. */
async function noticeContaining(page: Page, text: string): Promise<string | undefined> {
  const texts = await page
    .getByText(text)
    .evaluateAll((els) =>
      els
        .filter((el) => !el.closest('table, [role="table"], [role="grid"]'))
        .map((el) => (el as HTMLElement).innerText),
    );
  return texts[0]?.trim().replace(/\s+/g, ' ');
}

/** Walks what is left of the order's entries; each entry ends recorded, or says why not. */
export async function recordOrderEntries(walk: OrderWalk): Promise<void> {
  const { page, baseURL, found, notRecorded } = walk;
  const customerArea = walk.paths['paths.customerArea'];

  // Step 12's page, then the customer area: the way back, and the order among « Vos commandes ».
  if (walk.order && customerArea) {
    const main = page.getByRole('main');
    const scope = (await main.count()) === 1 ? main : page.locator('body');
    const back: string[] = [];
    for (const link of await scope.getByRole('link').all()) {
      const href = await link.getAttribute('href');
      if (!href) continue;
      const path = pathOfURL(new URL(href, page.url()).toString(), baseURL);
      const name = await accessibleName(link);
      // « Espace client » is the guide's link to the login, not the way back from an order.
      if (path === customerArea && name && name !== 'Espace client') back.push(name);
    }
    found(
      'texts.backToCustomerArea',
      back.length === 1 ? back[0] : undefined,
      'the confirmation page’s link leading back to the customer area',
      back.length ? `several links lead there (${back.join(', ')})` : 'no link of that page leads there',
    );
    if (back.length === 1) {
      await clickAndLeave(page, scope.getByRole('link', { name: back[0], exact: true }).first());
      const number = page.getByText(walk.order.number).first();
      const heading = (await number.count())
        ? await number.locator(`xpath=preceding::*[${HEADINGS}][1]`).innerText()
        : undefined;
      found(
        'texts.ordersHeading',
        heading?.trim(),
        `the heading over the customer area’s order « ${walk.order.number} »`,
        `the customer area does not show the order « ${walk.order.number} »`,
      );
    } else notRecorded('texts.ordersHeading', 'the way back to the customer area was not found');
  } else
    for (const entry of ['texts.backToCustomerArea', 'texts.ordersHeading'])
      notRecorded(entry, walk.noOrder ?? 'no order was placed');

  if (!customerArea) {
    for (const entry of [...PARTNER_ENTRIES, ...FORM_ENTRIES, 'texts.orderRefused'])
      notRecorded(entry, 'the customer area was not reached');
  } else {
    await recordPartnerEntries(walk, customerArea);
    await recordFormEntries(walk, customerArea);
  }
  await recordManagerEntries(walk);
  if (customerArea) await recordOtherHolder(walk, customerArea);
  else for (const entry of HOLDER_ENTRIES) notRecorded(entry, 'the customer area was not reached');
}

const PARTNER_ENTRIES = [
  'texts.partner.validateCode',
  'texts.partner.emptyCode',
  'texts.partner.unknownCode',
  'texts.partner.chosen',
  'texts.partner.viaPartner',
];
const FORM_ENTRIES = [
  'texts.clearForm',
  'texts.pricePrompt',
  'texts.mandataireNote',
  'texts.purchaseOrderNumber',
];
const HOLDER_ENTRIES = ['texts.otherHolder', 'texts.choosePerson'];

/** Steps 4 and 5 from the customer area, as a person starts an order. */
async function openPartnerStep(walk: OrderWalk, customerArea: string): Promise<void> {
  await walk.page.goto(portalURL(walk.baseURL, customerArea));
  await clickAndLeave(walk.page, walk.page.getByRole('link', guideName('Nouvelle commande')));
}

/** Steps 4 to 6: the order form of the guide's product, without a partner code. */
async function openOrderForm(walk: OrderWalk, customerArea: string): Promise<void> {
  await openPartnerStep(walk, customerArea);
  const page = walk.page;
  await clickAndLeave(page, page.getByRole('button', guideName('Continuer sans code partenaire')));
  await clickAndLeave(page, page.getByRole('link', { name: GUIDE_PRODUCT, exact: true }));
}

/** Step 5: « Je dispose d'un code partenaire », its button, its refusals, a partner's code. */
async function recordPartnerEntries(walk: OrderWalk, customerArea: string): Promise<void> {
  const { page, found, notRecorded, walker } = walk;
  await openPartnerStep(walk, customerArea);
  // The guide shows the box holding « Votre code partenaire »: a placeholder, or its label.
  const box = page
    .getByPlaceholder('Votre code partenaire')
    .or(page.getByRole('textbox', guideName('Votre code partenaire')))
    .first();
  const buttons = formAround(box).getByRole('button');
  const names = (await Promise.all((await buttons.all()).map(accessibleName))).filter(
    (n): n is string => !!n && n !== 'Continuer sans code partenaire',
  );
  found(
    'texts.partner.validateCode',
    names.length === 1 ? names[0] : undefined,
    'the button beside « Votre code partenaire »',
    names.length ? `several buttons there (${names.join(', ')})` : 'no button beside the box',
  );
  if (names.length !== 1) {
    for (const entry of PARTNER_ENTRIES.slice(1))
      notRecorded(entry, 'the partner code’s button was not found');
    return;
  }
  const validate = page.getByRole('button', { name: names[0], exact: true });

  for (const [entry, code, what] of [
    ['texts.partner.emptyCode', '', 'no code'],
    // A code no portal gives: letters and digits of this run.
    ['texts.partner.unknownCode', `INCONNU${Date.now() % 100_000}`, 'a code the portal does not know'],
  ] as const) {
    await box.fill(code);
    const before = await lines(page);
    await submitAndLoad(page, validate);
    const message = await messageShown(page, before);
    found(entry, message.text, `the message shown after « ${names[0]} » with ${what}`, message.why);
    await openPartnerStep(walk, customerArea);
  }

  const partner = walker.partner;
  if (!partner) {
    for (const entry of PARTNER_ENTRIES.slice(3))
      notRecorded(entry, 'no partner code to give: set PARTNER_CODE, PARTNER_NAME and PARTNER_PRODUCTS');
    return;
  }
  await box.fill(partner.code);
  await submitAndLoad(page, validate);
  const chosen = await lineContaining(page, partner.name);
  found(
    'texts.partner.chosen',
    chosen && template(chosen, [partner.name, PLACEHOLDERS.partner]),
    `the catalogue’s line naming « ${partner.name} » after the code « ${partner.code} »`,
    `no line of the page shown names « ${partner.name} »`,
  );
  // The guide's product when the partner offers it, or else the first the order form has.
  const guideLink = page.getByRole('link', { name: GUIDE_PRODUCT, exact: true });
  const offered = (await guideLink.count()) ? GUIDE_PRODUCT : await firstOffered(page);
  if (!offered) {
    notRecorded('texts.partner.viaPartner', 'the partner’s catalogue offers no product of the order form');
    return;
  }
  await clickAndLeave(page, page.getByRole('link', { name: offered, exact: true }));
  const via = await lineContaining(page, partner.name);
  found(
    'texts.partner.viaPartner',
    via && template(via, [partner.name, PLACEHOLDERS.partner]),
    `the order form’s line naming « ${partner.name} » (« Partenaire Certigna ? »)`,
    `no line of the order form names « ${partner.name} »`,
  );
}

/** The first product of the order form the catalogue shown links to. */
async function firstOffered(page: Page): Promise<ProductName | undefined> {
  for (const product of Object.keys(PRODUCTS) as ProductName[])
    if (await page.getByRole('link', { name: product, exact: true }).count()) return product;
  return undefined;
}

/**
 * The order form's texts: « Effacer le formulaire » and the note on ordering for another person
 * (the guide's), the « Tarif » box once cleared, « Autre » payment's box; then, where orders may
 * be sent, the refusal of one sent past the page's checks.
 */
async function recordFormEntries(walk: OrderWalk, customerArea: string): Promise<void> {
  const { page, found } = walk;
  await openOrderForm(walk, customerArea);

  const note = GUIDE_ENTRIES['texts.mandataireNote'];
  const noteShown = (await page.getByText(note).count()) > 0;
  found(
    'texts.mandataireNote',
    note,
    noteShown
      ? 'the guide’s words (step 9), shown on the order form'
      : 'the guide’s words (step 9); this account is not shown them (it may order for another person)',
    '',
  );

  const clear = GUIDE_ENTRIES['texts.clearForm'];
  const clearButton = page.getByRole('button', guideName(clear));
  const clearShown = (await clearButton.count()) > 0;
  found(
    'texts.clearForm',
    clear,
    clearShown ? 'the guide’s words (step 12), the order form’s button' : 'the guide’s words (step 12)',
    '',
  );

  // « Tarif » before a choice: the box's one line once the form is cleared.
  const box = page.getByText('Tarif', { exact: true }).last().locator('xpath=..');
  const priced = /^(Durée \(|Total :|Frais de face-à-face)/;
  let prompt: string[] = [];
  if (clearShown) {
    await clearButton.click();
    await expect
      .poll(
        async () => {
          const shown = (await box.innerText()).split('\n').map((l) => l.trim());
          prompt = shown.filter((l) => l && l !== 'Tarif' && !priced.test(l));
          return shown.some((l) => priced.test(l));
        },
        { timeout: 10_000 },
      )
      .toBe(false);
  }
  found(
    'texts.pricePrompt',
    prompt.length === 1 ? prompt[0] : undefined,
    'what the « Tarif » box says once « Effacer le formulaire » is clicked',
    clearShown
      ? `the box says ${prompt.length ? prompt.map((l) => `« ${l} »`).join(', ') : 'nothing'}`
      : 'the form has no « Effacer le formulaire »',
  );

  // Step 10: « Autre » asks for a purchase-order number, in a box that appears in that part.
  const payment = question(page, PAYMENT_PROMPT);
  await choose(
    payment.getByRole('radio', { name: 'Autre', exact: true }),
    payment.getByText('Autre', { exact: true }),
  );
  const purchaseOrder = payment.getByRole('textbox');
  await purchaseOrder
    .first()
    .waitFor()
    .catch(() => undefined);
  const boxes = await purchaseOrder.count();
  found(
    'texts.purchaseOrderNumber',
    boxes === 1 ? await accessibleName(purchaseOrder) : undefined,
    'the name of the box « Autre » shows in « Moyen de paiement » (step 10)',
    boxes ? 'several boxes appeared' : 'no box appeared',
  );

  await recordRefusal(walk, customerArea);
}

/**
 * The page the portal shows when it refuses an order sent past the page's checks: the order of
 * the guide without the CGU ticked (step 11), sent as a forged request would be. Its heading; or,
 * when the portal shows the form again (a JSF portal), the start of its message, before « : ».
 */
async function recordRefusal(walk: OrderWalk, customerArea: string): Promise<void> {
  const { page, walker, found, notRecorded } = walk;
  if (!walker.mayOrder) {
    notRecorded('texts.orderRefused', 'production: the walk sends no order');
    return;
  }
  await openOrderForm(walk, customerArea);
  const pick = async (questionText: string, label: string) => {
    const part = question(page, questionText);
    await choose(
      part.getByRole('radio', { name: label, exact: true }),
      part.getByText(label, { exact: true }),
    );
  };
  const type = PRODUCTS[GUIDE_PRODUCT].type;
  await pick('Quel type de certificat ?', type);
  await pick('Quelle durée de validité ?', durationLabel(3));
  await pick("Quel système d'exploitation ?", 'Windows');
  await pick(PAYMENT_PROMPT, 'Virement');
  const terms = page.getByRole('checkbox', { name: TERMS });
  if (await terms.isChecked()) throw new Error('The CGU box is ticked on a fresh order form');
  const before = await lines(page);
  const loaded = page.waitForEvent('load');
  await page.getByRole('button', guideName('Commander')).evaluate((button) => {
    const form = (button as HTMLButtonElement | HTMLInputElement).form;
    if (!form) throw new Error('« Commander » belongs to no form');
    HTMLFormElement.prototype.submit.call(form);
  });
  await loaded;
  const heading = await mainHeading(page);
  if (heading && heading === walk.order?.confirmationHeading) {
    notRecorded('texts.orderRefused', 'the portal confirmed an order without the CGU: nothing was refused');
    return;
  }
  const formAgain = (await page.getByRole('heading', guideName('Nouvelle commande')).count()) > 0;
  if (!formAgain) {
    found(
      'texts.orderRefused',
      heading,
      'the heading of the page shown when an order without the CGU is sent past the page’s checks',
      'that page has no heading',
    );
    return;
  }
  const message = await messageShown(page, before);
  found(
    'texts.orderRefused',
    message.text?.split(/\s:\s/)[0]?.trim(),
    'the start, before « : », of the message on the form shown again when an order without the CGU is sent past the page’s checks',
    message.why,
  );
}

const MANAGER_ENTRIES = [
  'paths.managerLogin',
  'texts.manager.loginHeading',
  'texts.manager.identifier',
  'texts.manager.password',
  'paths.manager',
  'texts.manager.companyName',
  'texts.manager.search',
  'texts.manager.noResult',
  'texts.manager.columns.company',
  'texts.manager.columns.siret',
  'texts.manager.columns.admin',
  'texts.manager.columns.mandataire',
  'texts.manager.mandataireOff',
  'texts.manager.enableMandataire',
  'texts.manager.mandataireEnabled',
  'texts.manager.mandataireOn',
];

/**
 * The manager, as staff use it (the guide's error case « identifiant oublié » and the mandataire
 * function): its address as given, its login, « Compte client », a search that finds nothing, one
 * that finds the walker's company, and, where the walk may change accounts, the mandataire switch.
 */
async function recordManagerEntries(walk: OrderWalk): Promise<void> {
  const { browser, baseURL, walker, found, notRecorded } = walk;
  const skip = (from: number, why: string) => {
    for (const entry of MANAGER_ENTRIES.slice(from)) notRecorded(entry, why);
  };
  if (!walker.staff || !walker.managerURL) {
    skip(
      0,
      !walker.staff
        ? 'no staff account: set STAFF_LOGIN and STAFF_PASSWORD'
        : 'the manager’s address is not known: give it with --manager <address>',
    );
    return;
  }
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  try {
    await page.goto(portalURL(baseURL, walker.managerURL));
    found('paths.managerLogin', pathOf(page, baseURL), 'where the manager’s address leads, logged out', '');
    found(
      'texts.manager.loginHeading',
      await mainHeading(page),
      'the first heading of that page',
      'no heading',
    );
    const boxes = await page.getByRole('textbox').all();
    const secret = await Promise.all(boxes.map((b) => b.evaluate((el) => (el as HTMLInputElement).type)));
    const password = boxes.filter((_, i) => secret[i] === 'password');
    const identifier = boxes.filter((_, i) => secret[i] !== 'password');
    if (password.length !== 1 || identifier.length !== 1) {
      skip(2, `the login page has ${identifier.length} text boxes and ${password.length} password boxes`);
      return;
    }
    found(
      'texts.manager.identifier',
      await accessibleName(identifier[0]!),
      'the login’s text box',
      'no name',
    );
    found(
      'texts.manager.password',
      await accessibleName(password[0]!),
      'the login’s password box',
      'no name',
    );
    await identifier[0]!.fill(walker.staff.login);
    await password[0]!.fill(walker.staff.password);
    await clickAndLeave(page, page.getByRole('button', guideName('Se connecter')));
    found('paths.manager', pathOf(page, baseURL), 'where the manager’s « Se connecter » leads', '');

    const tab = page
      .getByRole('tab', guideName('Compte client'))
      .or(page.getByRole('link', guideName('Compte client')));
    const search = page.getByRole('textbox');
    if (!(await tab.count()) || (await search.count()) !== 1) {
      skip(5, 'the « Compte client » tab with one search box was not shown');
      return;
    }
    found(
      'texts.manager.companyName',
      await accessibleName(search),
      'the search box of « Compte client »',
      'no name',
    );
    const searchButtons = formAround(search).getByRole('button');
    const searchName = (await searchButtons.count()) === 1 ? await accessibleName(searchButtons) : undefined;
    found('texts.manager.search', searchName, 'the button beside that box', 'not one button beside it');
    if (!searchName) {
      skip(7, 'the search button was not found');
      return;
    }
    const searchFor = async (company: string) => {
      await search.fill(company);
      await submitAndLoad(page, page.getByRole('button', { name: searchName, exact: true }));
    };

    const nobody = `Société E2E inexistante ${Date.now() % 1_000_000}`;
    await searchFor(nobody);
    const none = await noticeContaining(page, nobody);
    found(
      'texts.manager.noResult',
      none && template(none, [nobody, PLACEHOLDERS.company]),
      `the line naming « ${nobody} », a company no account has`,
      'no line of the answer names it',
    );

    if (!walker.company) {
      skip(8, 'the walker’s company is not known: set HOLDER_COMPANY');
      return;
    }
    await searchFor(walker.company);
    const table = page.getByRole('table');
    const row = entries(table).filter({ has: page.getByRole('cell', { name: walker.company, exact: true }) });
    if ((await row.count()) !== 1) {
      skip(8, `the search for « ${walker.company} » lists no row of that company`);
      return;
    }
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    const cells = await row.getByRole('cell').all();
    const texts = await Promise.all(
      cells.map(async (c) => (await c.innerText()).trim().replace(/\s+/g, ' ')),
    );
    const withButton = await Promise.all(cells.map(async (c) => (await c.getByRole('button').count()) > 0));
    const column: Record<string, number> = {
      company: texts.indexOf(walker.company),
      siret: texts.findIndex((t) => t.replace(/\s/g, '') === walker.siret),
      admin: texts.indexOf(walker.login),
      mandataire: withButton.indexOf(true),
    };
    // A column its value cannot tell (a mandataire already on, an admin other than the walker):
    // the one left.
    const unknown = Object.keys(column).filter((k) => column[k]! < 0);
    const left = headers.map((_, i) => i).filter((i) => !Object.values(column).includes(i));
    if (unknown.length === 1 && left.length === 1) column[unknown[0]!] = left[0]!;
    for (const key of ['company', 'siret', 'admin', 'mandataire'])
      found(
        `texts.manager.columns.${key}`,
        column[key]! >= 0 ? headers[column[key]!] : undefined,
        `the header of the column holding ${
          {
            company: `« ${walker.company} »`,
            siret: 'its SIRET',
            admin: `« ${walker.login} »`,
            mandataire: 'the mandataire switch',
          }[key]
        }`,
        'no column holds it',
      );

    const mandataire = column.mandataire! >= 0 ? cells[column.mandataire!]! : undefined;
    const switchButton = mandataire?.getByRole('button');
    if (!mandataire || !switchButton || !(await switchButton.count())) {
      skip(12, 'the mandataire function is already on for that company: no switch to read');
      return;
    }
    const enable = await accessibleName(switchButton.first());
    const off = await visibleWordsBesideButtons(mandataire);
    found(
      'texts.manager.mandataireOff',
      off || undefined,
      'what the mandataire cell shows besides its button',
      'empty',
    );
    found('texts.manager.enableMandataire', enable, 'the button of the mandataire cell', 'no name');
    if (!walker.mayChangeAccounts) {
      skip(14, 'the walk switches nothing on in the manager for a configured account');
      return;
    }
    await submitAndLoad(page, switchButton.first());
    const enabled = await noticeContaining(page, walker.company);
    found(
      'texts.manager.mandataireEnabled',
      enabled && template(enabled, [walker.company, PLACEHOLDERS.company]),
      `the notice naming « ${walker.company} » once the switch is clicked`,
      'no notice names the company',
    );
    const after = entries(page.getByRole('table')).filter({
      has: page.getByRole('cell', { name: walker.company, exact: true }),
    });
    const on = (await after.getByRole('cell').nth(column.mandataire!).innerText()).trim();
    found('texts.manager.mandataireOn', on || undefined, 'the mandataire cell once switched on', 'empty');
  } finally {
    await context.close();
  }
}

/**
 * Step 9 for another person: « Une autre personne de » and the list that comes with it, once the
 * account may order for others (the manager's switch above, or a mandataire account).
 */
async function recordOtherHolder(walk: OrderWalk, customerArea: string): Promise<void> {
  const { page, found, notRecorded } = walk;
  await openOrderForm(walk, customerArea);
  const holder = question(page, 'Certificat délivré pour ?');
  const another = holder.getByRole('radio', guideName('Une autre personne de'));
  if (!(await another.count())) {
    for (const entry of HOLDER_ENTRIES)
      notRecorded(entry, 'this account may not order for another person (no « Une autre personne de »)');
    return;
  }
  await choose(another, holder.getByText('Une autre personne de', { exact: true }));
  const list = holder.getByRole('combobox');
  const lists = await list.count();
  found(
    'texts.otherHolder',
    lists === 1 ? await accessibleName(list) : undefined,
    'the name of the list « Une autre personne de » comes with',
    lists ? 'several lists there' : 'no list there',
  );
  const first = list.first().getByRole('option').first();
  found(
    'texts.choosePerson',
    lists === 1 && (await first.count()) ? (await first.innerText()).trim() : undefined,
    'the first entry of that list, before any person',
    'the list is empty',
  );
}
