/**
 * What a build of the portal decides and the guide does not: paths, texts the guide does not
 * quote, the order-number format, the mail subjects, the PDF's field names and the price table.
 * Page objects receive it (the `profile` fixture, fixtures/internal.ts); specs and fixtures never
 * repeat it. No form's field names or values: page objects read those from the page itself
 * (pages/direct-orders.ts).
 *
 * A profile is data: one JSON file per build, `profiles/<name>.json` (docs/profile.md, « The
 * file »), the format `npm run profile -- --write FILE` writes. `loadProfile` validates it (every
 * mistake named by its dotted entry) and compiles its templates into the functions below.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { DURATIONS, PRODUCTS, type Duration, type ProductName } from '../pages/model.ts';
import { ConfigError } from './target/config-error.ts';

export interface PortalProfile {
  /** Where each screen lives; a direct visit is a shortcut, tests also reach them by clicking. */
  paths: {
    home: string;
    login: string;
    customerArea: string;
    forgottenIdentifier: string;
    forgottenPassword: string;
    signup: string;
    partnerStep: string;
    catalogue: string;
    orderForm: string;
    manager: string;
    managerLogin: string;
    /** Links in the activation and password e-mails. */
    activationLink: string;
    newPasswordLink: string;
  };
  /** « CMD-2026-000123 » */
  orderNumber: RegExp;
  texts: {
    homeHeading: string;
    createCustomerAreaLink: string;
    /** « Connecté en tant que FREDERIC SENEZ » */
    connectedAs: (holderName: string) => string;
    logOut: string;
    usersHeading: string;
    ordersHeading: string;
    user: { firstName: string; lastName: string; email: string; identifier: string; submit: string };
    userCreated: string;
    userPending: string;
    forgottenIdentifier: { heading: string; siret: string; email: string; submit: string; sent: string };
    siretLength: string;
    forgottenPassword: { heading: string; identifier: string; submit: string; sent: string };
    newPassword: { password: string; confirm: string; submit: string; saved: string };
    signup: {
      heading: string;
      company: string;
      siret: string;
      firstName: string;
      lastName: string;
      email: string;
      identifier: string;
      submit: string;
      created: string;
      invalidSiret: string;
      siretTaken: string;
    };
    activation: { heading: string; password: string; confirm: string; submit: string; activated: string };
    logInLink: string;
    partner: {
      validateCode: string;
      unknownCode: string;
      emptyCode: string;
      /** The catalogue's notice of the partner chosen. */
      chosen: (partnerName: string) => string;
      /** The order form's « Partenaire Certigna ? » answer with a partner code. */
      viaPartner: (partnerName: string) => string;
    };
    pricePrompt: string;
    otherHolder: string;
    /** The « Autre porteur » list's first entry, which names nobody. */
    choosePerson: string;
    mandataireNote: string;
    purchaseOrderNumber: string;
    clearForm: string;
    confirmationHeading: string;
    /** « Commande n° CMD-2026-000123 » */
    orderNumberLine: (number: string) => string;
    backToCustomerArea: string;
    /** The heading of the page refusing an order. */
    orderRefused: string;
    manager: {
      loginHeading: string;
      identifier: string;
      password: string;
      companyName: string;
      search: string;
      noResult: (company: string) => string;
      enableMandataire: string;
      mandataireEnabled: (company: string) => string;
      /** The « Mandataire » column's values. */
      mandataireOn: string;
      mandataireOff: string;
      columns: { company: string; siret: string; admin: string; mandataire: string };
    };
  };
  /** Account screens' messages the guide does not quote, and the account e-mails' key lines. */
  accountTexts: {
    passwordTooShort: (min: number) => string;
    passwordsDiffer: string;
    invalidLink: string;
    /** The password screens name the account: « Identifiant : Dupont_X ». */
    identifierShown: (login: string) => string;
    /** A user's status in the list of users once activated. */
    userActive: string;
    /** The line of the « Identifiant oublié » e-mail that gives the identifier. */
    identifierMailLine: (login: string) => string;
    /** The line of the activation e-mail that gives the identifier. */
    activationMailLine: (login: string) => string;
  };
  mail: {
    orderSubject: (number: string, productType: string) => string;
    activationSubject: string;
    identifierSubject: string;
    passwordSubject: string;
    documentsHeading: string;
    orderFormFile: (number: string) => string;
  };
  /** The order form PDF's field names, by what they hold. */
  pdfFields: {
    number: string;
    holder: string;
    product: string;
    duration: string;
    os: string;
    payment: string;
    purchaseOrder: string;
    price: string;
    company: string;
    siret: string;
  };
  /**
   * Price HT by product and duration, as the order form's « Total » prints it (« 250.0 »): the
   * build's price table, recorded from its order form. The guide fixes one of them only
   * (Pack ID RGS**, 3 ans = 250.0 € HT, pages/model.ts `GUIDE_PRICE`).
   */
  prices: Readonly<Record<ProductName, Readonly<Record<Duration, string>>>>;
}

/** The format's name and version, the file's first entry. */
export const PROFILE_FORMAT = 'certigna-profile/1';

/**
 * The placeholders of each function-shaped entry, in the order of the function's arguments
 * (docs/profile.md, « The file »): each must appear once in its template. Written whole, braces
 * included: a bare word (« partner ») is also a form field's name on the mock.
 */
export const TEMPLATE_PLACEHOLDERS = {
  'texts.connectedAs': ['{name}'],
  'texts.orderNumberLine': ['{number}'],
  'texts.partner.chosen': ['{partner}'],
  'texts.partner.viaPartner': ['{partner}'],
  'texts.manager.noResult': ['{company}'],
  'texts.manager.mandataireEnabled': ['{company}'],
  'accountTexts.passwordTooShort': ['{min}'],
  'accountTexts.identifierShown': ['{login}'],
  'accountTexts.identifierMailLine': ['{login}'],
  'accountTexts.activationMailLine': ['{login}'],
  'mail.orderSubject': ['{number}', '{type}'],
  'mail.orderFormFile': ['{number}'],
} as const satisfies Record<string, readonly string[]>;
type TemplateEntry = keyof typeof TEMPLATE_PLACEHOLDERS;

// The schema: every entry a string, strict at every level. Messages are written by `problems()`
// below from each issue's code and dotted path, so they read the same whatever zod says.
const text = z.string().min(1, 'must not be empty');
const path = text.startsWith('/', 'must be a path beginning with « / »');
const template = (entry: TemplateEntry) =>
  text.superRefine((value, ctx) => {
    if (!value) return;
    for (const name of TEMPLATE_PLACEHOLDERS[entry]) {
      const count = value.split(name).length - 1;
      if (count !== 1)
        ctx.addIssue({
          code: 'custom',
          message: count ? `must hold ${name} once (it holds it ${count} times)` : `must hold ${name}`,
        });
    }
  });
const pattern = text.superRefine((value, ctx) => {
  let compiled: RegExp;
  try {
    compiled = new RegExp(value);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `must be a regular expression (${(e as Error).message})` });
    return;
  }
  // A pattern that matches nothing at all would « find » an order number in any page.
  if (compiled.test('')) ctx.addIssue({ code: 'custom', message: 'must not match an empty text' });
});
const price = text.regex(/^\d+(?:[.,]\d+)?$/, 'must be a price as « Total » prints it, e.g. « 250.0 »');
const strings = <K extends string>(keys: readonly K[], value: z.ZodType<string> = text) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, z.ZodType<string>>);

const PATHS = [
  'home',
  'login',
  'customerArea',
  'forgottenIdentifier',
  'forgottenPassword',
  'signup',
  'partnerStep',
  'catalogue',
  'orderForm',
  'manager',
  'managerLogin',
  'activationLink',
  'newPasswordLink',
] as const satisfies readonly (keyof PortalProfile['paths'])[];
export const profileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  paths: strings(PATHS, path),
  orderNumber: pattern,
  texts: z.strictObject({
    homeHeading: text,
    createCustomerAreaLink: text,
    connectedAs: template('texts.connectedAs'),
    logOut: text,
    usersHeading: text,
    ordersHeading: text,
    user: strings(['firstName', 'lastName', 'email', 'identifier', 'submit']),
    userCreated: text,
    userPending: text,
    forgottenIdentifier: strings(['heading', 'siret', 'email', 'submit', 'sent']),
    siretLength: text,
    forgottenPassword: strings(['heading', 'identifier', 'submit', 'sent']),
    newPassword: strings(['password', 'confirm', 'submit', 'saved']),
    signup: strings([
      'heading',
      'company',
      'siret',
      'firstName',
      'lastName',
      'email',
      'identifier',
      'submit',
      'created',
      'invalidSiret',
      'siretTaken',
    ]),
    activation: strings(['heading', 'password', 'confirm', 'submit', 'activated']),
    logInLink: text,
    partner: z.strictObject({
      validateCode: text,
      unknownCode: text,
      emptyCode: text,
      chosen: template('texts.partner.chosen'),
      viaPartner: template('texts.partner.viaPartner'),
    }),
    pricePrompt: text,
    otherHolder: text,
    choosePerson: text,
    mandataireNote: text,
    purchaseOrderNumber: text,
    clearForm: text,
    confirmationHeading: text,
    orderNumberLine: template('texts.orderNumberLine'),
    backToCustomerArea: text,
    orderRefused: text,
    manager: z.strictObject({
      loginHeading: text,
      identifier: text,
      password: text,
      companyName: text,
      search: text,
      noResult: template('texts.manager.noResult'),
      enableMandataire: text,
      mandataireEnabled: template('texts.manager.mandataireEnabled'),
      mandataireOn: text,
      mandataireOff: text,
      columns: strings(['company', 'siret', 'admin', 'mandataire']),
    }),
  }),
  accountTexts: z.strictObject({
    passwordTooShort: template('accountTexts.passwordTooShort'),
    passwordsDiffer: text,
    invalidLink: text,
    identifierShown: template('accountTexts.identifierShown'),
    userActive: text,
    identifierMailLine: template('accountTexts.identifierMailLine'),
    activationMailLine: template('accountTexts.activationMailLine'),
  }),
  mail: z.strictObject({
    orderSubject: template('mail.orderSubject'),
    activationSubject: text,
    identifierSubject: text,
    passwordSubject: text,
    documentsHeading: text,
    orderFormFile: template('mail.orderFormFile'),
  }),
  // Keys as properties, not string literals: « os » is also a form field's name on the mock, which
  // the suite names nowhere (tests/tooling/portable.spec.ts).
  pdfFields: z.strictObject({
    number: text,
    holder: text,
    product: text,
    duration: text,
    os: text,
    payment: text,
    purchaseOrder: text,
    price: text,
    company: text,
    siret: text,
  }),
  prices: z.strictObject(
    Object.fromEntries(
      (Object.keys(PRODUCTS) as ProductName[]).map((product) => [
        product,
        strings(
          DURATIONS.map((d) => String(d) as `${Duration}`),
          price,
        ),
      ]),
    ) as unknown as Record<ProductName, z.ZodType<Record<`${Duration}`, string>>>,
  ),
});

/** A profile file's content, as JSON holds it. */
export type ProfileDocument = z.infer<typeof profileSchema>;

function valueAt(data: unknown, keys: readonly PropertyKey[]): unknown {
  return keys.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** One line per mistake, each naming its dotted entry. */
function problems(error: z.ZodError, data: unknown): string[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String).join('.');
    const entry = (key: string) => (at ? `${at}.${key}` : key);
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => `${entry(key)} is not an entry of the profile (unknown key)`);
    const value = valueAt(data, issue.path);
    const name = at || 'the file';
    if (issue.code === 'invalid_type')
      return [
        value === undefined
          ? `${name} is missing`
          : `${name} must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`} (got ${kindOf(value)})`,
      ];
    if (issue.code === 'invalid_value')
      return [`${name} must be « ${PROFILE_FORMAT} » (got ${JSON.stringify(value)})`];
    return [`${name} ${issue.message}`];
  });
}

/** `template` with each `{placeholder}` replaced by its value (each appears once: the schema says so). */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The document's templates as the functions page objects call. */
export function compileProfile(doc: ProfileDocument): PortalProfile {
  const { texts, accountTexts, mail } = doc;
  return {
    paths: { ...doc.paths },
    orderNumber: new RegExp(doc.orderNumber),
    texts: {
      ...texts,
      user: { ...texts.user },
      forgottenIdentifier: { ...texts.forgottenIdentifier },
      forgottenPassword: { ...texts.forgottenPassword },
      newPassword: { ...texts.newPassword },
      signup: { ...texts.signup },
      activation: { ...texts.activation },
      connectedAs: (name) => fill(texts.connectedAs, { name }),
      partner: {
        ...texts.partner,
        chosen: (partner) => fill(texts.partner.chosen, { partner }),
        viaPartner: (partner) => fill(texts.partner.viaPartner, { partner }),
      },
      orderNumberLine: (number) => fill(texts.orderNumberLine, { number }),
      manager: {
        ...texts.manager,
        noResult: (company) => fill(texts.manager.noResult, { company }),
        mandataireEnabled: (company) => fill(texts.manager.mandataireEnabled, { company }),
        columns: { ...texts.manager.columns },
      },
    },
    accountTexts: {
      ...accountTexts,
      passwordTooShort: (min) => fill(accountTexts.passwordTooShort, { min }),
      identifierShown: (login) => fill(accountTexts.identifierShown, { login }),
      identifierMailLine: (login) => fill(accountTexts.identifierMailLine, { login }),
      activationMailLine: (login) => fill(accountTexts.activationMailLine, { login }),
    },
    mail: {
      ...mail,
      orderSubject: (number, type) => fill(mail.orderSubject, { number, type }),
      orderFormFile: (number) => fill(mail.orderFormFile, { number }),
    },
    pdfFields: { ...doc.pdfFields },
    prices: doc.prices as PortalProfile['prices'],
  };
}

/**
 * The inverse of `compileProfile`: the profile as its file holds it, each function called with its
 * placeholders (`{name}`…), so a recorded file and the profile in use compare entry by entry.
 */
export function profileDocument(profile: PortalProfile): ProfileDocument {
  const walk = (value: unknown, at: string): unknown => {
    if (typeof value === 'function') {
      const names = TEMPLATE_PLACEHOLDERS[at as TemplateEntry];
      if (!names) throw new Error(`${at}: a function the format has no template for`);
      return (value as (...args: string[]) => string)(...names);
    }
    if (value instanceof RegExp) return value.source;
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, at ? `${at}.${k}` : k)]));
    return value;
  };
  return { format: PROFILE_FORMAT, ...(walk(profile, '') as Omit<ProfileDocument, 'format'>) };
}

/**
 * Validates a profile file's content and compiles it; a ConfigError lists every mistake, one a
 * line, each after `label` (« PORTAL_PROFILE profiles/mine.json: texts.partner.chosen must hold
 * {partner} »).
 */
export function parseProfile(json: string, label: string): PortalProfile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ConfigError(`${label}: not a JSON document (${(e as Error).message})`);
  }
  const parsed = profileSchema.safeParse(data);
  if (!parsed.success)
    throw new ConfigError(
      problems(parsed.error, data)
        .map((line) => `${label}: ${line}`)
        .join('\n'),
    );
  return compileProfile(parsed.data);
}

/** The committed profiles: `profiles/<name>.json`, one per build the project knows. */
export const PROFILES_DIR = join(import.meta.dirname, '..', 'profiles');

/** The names of the known builds' profiles (default, alt, faces…), from the files committed. */
export function knownProfiles(): string[] {
  return readdirSync(PROFILES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)));
}

/** Whether PORTAL_PROFILE names a file rather than a known build (« profiles/mine.json », « ./x »). */
function isPath(nameOrPath: string): boolean {
  return /[/\\]/.test(nameOrPath) || nameOrPath.endsWith('.json');
}

/** The file a known name or a path stands for (a path relative to the working directory). */
export function profileFile(nameOrPath: string, cwd = process.cwd()): string {
  if (isPath(nameOrPath)) return resolve(cwd, nameOrPath);
  const known = knownProfiles();
  if (!known.includes(nameOrPath))
    throw new ConfigError(
      `PORTAL_PROFILE: must be one of ${known.join(', ')} (profiles/<name>.json), or the path of a profile file (got « ${nameOrPath} »)`,
    );
  return join(PROFILES_DIR, `${nameOrPath}.json`);
}

/** A short name for a profile, for folders and messages: the build's name, or the file's without `.json`. */
export function profileLabel(nameOrPath: string): string {
  return isPath(nameOrPath) ? basename(nameOrPath).replace(/\.json$/, '') : nameOrPath;
}

const loaded = new Map<string, PortalProfile>();

/**
 * The profile PORTAL_PROFILE (or a build) names: a known build's name (`alt`: the file
 * `profiles/alt.json`) or the path of a profile file, relative to the working directory or
 * absolute. Read once per process. A wrong name lists the known ones, a missing file says so, and
 * a wrong entry is named (ConfigError: the run stops with that message alone).
 */
export function loadProfile(nameOrPath: string, cwd = process.cwd()): PortalProfile {
  const file = profileFile(nameOrPath.trim(), cwd);
  const cached = loaded.get(file);
  if (cached) return cached;
  const shown = isAbsolute(nameOrPath.trim()) ? file : relative(cwd, file) || file;
  const label = `PORTAL_PROFILE ${shown}`;
  if (!existsSync(file)) throw new ConfigError(`${label}: no such file (from ${cwd})`);
  const profile = parseProfile(readFileSync(file, 'utf8'), label);
  loaded.set(file, profile);
  return profile;
}
