import type { Duration, OsValue, ProductSlug } from '../domain/catalogue.ts';
import type { PaymentMode } from '../domain/payment.ts';

/**
 * Each build's contract with a browser: its paths, its form contract (field names and values,
 * cookies) and its PDF's field names. The portal keeps one vocabulary inside (the default build's):
 * posted forms are read back into it, pages are written from it.
 */

export type Paths = {
  home: string;
  login: string;
  logout: string;
  forgottenIdentifier: string;
  forgottenPassword: string;
  resetPassword: string;
  activation: string;
  signup: string;
  /** The customer area; every customer page of it lives below (guarded as `<area>/*`). */
  area: string;
  areaUsers: string;
  /** The partner step; every order page lives below it (guarded as `<order>/*`). */
  order: string;
  partnerCode: string;
  catalogue: string;
  form: string;
  placeOrder: string;
  confirmation(number: string): string;
  managerLogin: string;
  managerLogout: string;
  manager: string;
  /** Prefix of the staff actions on one account (guarded as `<managerAccounts>/*`). */
  managerAccounts: string;
  mandataireSwitch(accountId: string): string;
};

/** The order form's fields, by the name the portal uses inside. */
export type OrderField = keyof (typeof FIELD_NAMES)['order'];

/** Posted names by inside name, per form whose names a skin may change; other forms keep theirs. */
export type FieldNames = {
  /** The CSRF token's field, in every form. */
  csrf: string;
  /** Customer and staff login forms. */
  login: { identifiant: string; mot_de_passe: string };
  /** Activation and new-password forms; `jeton` is also the links' query parameter. */
  password: { jeton: string; mot_de_passe: string; confirmation: string };
  partnerCode: { code: string };
  /** The order form; `produit` and `partenaire` are also the catalogue's and the form page's query parameters. */
  order: Record<OrderField, string>;
  /** The manager's search (query parameters, and the hidden field of the mandataire switch). */
  search: { societe: string; active: string };
};

/** Posted values by inside value, for the order fields whose values a skin changes. */
export type FieldValues = {
  produit?: Record<ProductSlug, string>;
  duree?: Record<`${Duration}`, string>;
  os?: Record<OsValue, string>;
  porteur?: { moi: string; autre: string };
  paiement?: Record<PaymentMode, string>;
  cgu?: { on: string };
};

export type Cookies = { customer: string; staff: string; csrf: string };

const PDF_FIELDS = [
  'numero_commande',
  'societe',
  'siret',
  'porteur',
  'produit',
  'duree',
  'systeme',
  'paiement',
  'bon_commande',
  'prix_ht',
] as const;
/** The order PDF's AcroForm field names, by inside name. */
export type PdfFieldName = (typeof PDF_FIELDS)[number];

/** The default build uses the portal's own names. */
const ownNames = <K extends string>(names: readonly K[]) =>
  Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>;

/** A build's paths, field names and values, cookies and PDF field names. */
export type Contract = {
  paths: Paths;
  fields: FieldNames;
  values: FieldValues;
  cookies: Cookies;
  pdfFields: Record<PdfFieldName, string>;
};

/** Each path: [default build, alt build]; `:numero` and `:id` stand for the order and the account. */
const PATHS = {
  home: ['/', '/'],
  login: ['/connexion', '/client/login'],
  logout: ['/deconnexion', '/client/logout'],
  forgottenIdentifier: ['/identifiant-oublie', '/client/forgot-username'],
  forgottenPassword: ['/mot-de-passe-oublie', '/client/forgot-password'],
  resetPassword: ['/nouveau-mot-de-passe', '/client/reset-password'],
  activation: ['/activation', '/client/activate'],
  signup: ['/creer-espace-client', '/client/register'],
  area: ['/espace-client', '/client/accueil'],
  areaUsers: ['/espace-client/utilisateurs', '/client/accueil/utilisateurs'],
  order: ['/commande', '/boutique'],
  partnerCode: ['/commande/partenaire', '/boutique/partenaire'],
  catalogue: ['/commande/catalogue', '/boutique/produits'],
  form: ['/commande/formulaire', '/boutique/formulaire'],
  placeOrder: ['/commande', '/boutique/commander'],
  confirmation: ['/commande/confirmation/:numero', '/boutique/commande/:numero'],
  managerLogin: ['/manager/connexion', '/gestion/login'],
  managerLogout: ['/manager/deconnexion', '/gestion/logout'],
  manager: ['/manager', '/gestion/clients'],
  managerAccounts: ['/manager/comptes', '/gestion/clients'],
  mandataireSwitch: ['/manager/comptes/:id/mandataire', '/gestion/clients/:id/mandat'],
} as const satisfies Record<keyof Paths, readonly [string, string]>;

/** Each posted name: [default build, alt build] (the default's are the portal's own). */
const FIELD_NAMES = {
  csrf: ['csrf', '_token'],
  login: { identifiant: ['identifiant', 'username'], mot_de_passe: ['mot_de_passe', 'password'] },
  password: {
    jeton: ['jeton', 'token'],
    mot_de_passe: ['mot_de_passe', 'new_password'],
    confirmation: ['confirmation', 'new_password_confirm'],
  },
  partnerCode: { code: ['code', 'partner_code'] },
  order: {
    produit: ['produit', 'product_code'],
    duree: ['duree', 'validity'],
    os: ['os', 'platform'],
    porteur: ['porteur', 'holder'],
    autre_porteur: ['autre_porteur', 'holder_other'],
    paiement: ['paiement', 'payment_method'],
    bon_commande: ['bon_commande', 'po_number'],
    cgu: ['cgu', 'terms'],
    partenaire: ['partenaire', 'partner'],
    prix: ['prix', 'amount'],
  },
  search: { societe: ['societe', 'q'], active: ['active', 'activated'] },
} as const;

const COOKIES = {
  customer: ['certigna_session', 'cg_sid'],
  staff: ['certigna_manager', 'cg_staff'],
  csrf: ['certigna_csrf', 'cg_xsrf'],
} as const satisfies Record<keyof Cookies, readonly [string, string]>;

/** The AcroForm field names of the alt build's PDF (the default's are the portal's own). */
const ALT_PDF_FIELDS: Record<PdfFieldName, string> = {
  numero_commande: 'order_no',
  societe: 'company',
  siret: 'company_siret',
  porteur: 'holder',
  produit: 'product',
  duree: 'validity',
  systeme: 'platform',
  paiement: 'payment',
  bon_commande: 'po_number',
  prix_ht: 'price_excl_tax',
};

/** The alt build's posted values of the order fields (the default's are the portal's own). */
const ALT_VALUES: FieldValues = {
  produit: { rgs1: 'ID1', rgs2: 'ID2', rgs3: 'ID3', chiffrement: 'CHIFF' },
  duree: { 1: '12', 2: '24', 3: '36' },
  os: { windows: 'WIN', macos: 'MAC', autre: 'OTHER' },
  porteur: { moi: 'self', autre: 'other' },
  paiement: { carte: 'CB', virement: 'VIR', cheque: 'CHQ', autre: 'BC' },
  cgu: { on: 'yes' },
};

/** Column 0 (default build) or 1 (alt build) of a table of pairs, nested or not. */
type Column<T> = T extends readonly [string, string] ? string : { -readonly [K in keyof T]: Column<T[K]> };
function column<T>(table: T, i: 0 | 1): Column<T> {
  if (Array.isArray(table)) return table[i] as Column<T>;
  return Object.fromEntries(
    Object.entries(table as object).map(([key, value]) => [key, column(value, i)]),
  ) as Column<T>;
}

function pathsOf(i: 0 | 1): Paths {
  const paths = column(PATHS, i);
  return {
    ...paths,
    confirmation: (number) => paths.confirmation.replace(':numero', number),
    mandataireSwitch: (id) => paths.mandataireSwitch.replace(':id', id),
  };
}

export const DEFAULT_CONTRACT: Contract = {
  paths: pathsOf(0),
  fields: column(FIELD_NAMES, 0),
  values: {},
  cookies: column(COOKIES, 0),
  pdfFields: ownNames(PDF_FIELDS),
};

export const ALT_CONTRACT: Contract = {
  paths: pathsOf(1),
  fields: column(FIELD_NAMES, 1),
  values: ALT_VALUES,
  cookies: column(COOKIES, 1),
  pdfFields: ALT_PDF_FIELDS,
};
