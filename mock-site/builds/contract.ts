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

/** Each path: [default build, alt build, faces build]; `:numero` and `:id` stand for the order and the account. */
const PATHS = {
  home: ['/', '/', '/index.xhtml'],
  login: ['/connexion', '/client/login', '/login.xhtml'],
  logout: ['/deconnexion', '/client/logout', '/logout.xhtml'],
  forgottenIdentifier: ['/identifiant-oublie', '/client/forgot-username', '/identifiant-oublie.xhtml'],
  forgottenPassword: ['/mot-de-passe-oublie', '/client/forgot-password', '/mot-de-passe-oublie.xhtml'],
  resetPassword: ['/nouveau-mot-de-passe', '/client/reset-password', '/nouveau-mot-de-passe.xhtml'],
  activation: ['/activation', '/client/activate', '/activation.xhtml'],
  signup: ['/creer-espace-client', '/client/register', '/inscription.xhtml'],
  area: ['/espace-client', '/client/accueil', '/espace-client/accueil.xhtml'],
  areaUsers: [
    '/espace-client/utilisateurs',
    '/client/accueil/utilisateurs',
    '/espace-client/utilisateurs.xhtml',
  ],
  order: ['/commande', '/boutique', '/espace-client/commande/partenaire.xhtml'],
  partnerCode: ['/commande/partenaire', '/boutique/partenaire', '/espace-client/commande/partenaire.xhtml'],
  catalogue: ['/commande/catalogue', '/boutique/produits', '/espace-client/commande/catalogue.xhtml'],
  form: ['/commande/formulaire', '/boutique/formulaire', '/espace-client/commande-certificat.xhtml'],
  placeOrder: ['/commande', '/boutique/commander', '/espace-client/commande-certificat.xhtml'],
  confirmation: [
    '/commande/confirmation/:numero',
    '/boutique/commande/:numero',
    '/espace-client/commandes/:numero/confirmation.xhtml',
  ],
  managerLogin: ['/manager/connexion', '/gestion/login', '/manager/login.xhtml'],
  managerLogout: ['/manager/deconnexion', '/gestion/logout', '/manager/logout.xhtml'],
  manager: ['/manager', '/gestion/clients', '/manager/comptes.xhtml'],
  managerAccounts: ['/manager/comptes', '/gestion/clients', '/manager/compte'],
  mandataireSwitch: [
    '/manager/comptes/:id/mandataire',
    '/gestion/clients/:id/mandat',
    '/manager/compte/:id/mandataire.xhtml',
  ],
} as const satisfies Record<keyof Paths, readonly [string, string, string]>;

/**
 * Each posted name: [default build, alt build, faces build] (the default's are the portal's own; the
 * faces build's are JSF client ids, its CSRF field the ViewState).
 */
const FIELD_NAMES = {
  csrf: ['csrf', '_token', 'javax.faces.ViewState'],
  login: {
    identifiant: ['identifiant', 'username', 'loginForm:identifiant'],
    mot_de_passe: ['mot_de_passe', 'password', 'loginForm:motDePasse'],
  },
  password: {
    jeton: ['jeton', 'token', 'token'],
    mot_de_passe: ['mot_de_passe', 'new_password', 'passwordForm:motDePasse'],
    confirmation: ['confirmation', 'new_password_confirm', 'passwordForm:confirmation'],
  },
  partnerCode: { code: ['code', 'partner_code', 'partenaire:code'] },
  order: {
    produit: ['produit', 'product_code', 'commande:type'],
    duree: ['duree', 'validity', 'commande:duree'],
    os: ['os', 'platform', 'commande:os'],
    porteur: ['porteur', 'holder', 'commande:porteur'],
    autre_porteur: ['autre_porteur', 'holder_other', 'commande:autrePorteur'],
    paiement: ['paiement', 'payment_method', 'commande:paiement'],
    bon_commande: ['bon_commande', 'po_number', 'commande:bonCommande'],
    cgu: ['cgu', 'terms', 'commande:cgu'],
    partenaire: ['partenaire', 'partner', 'commande:partenaire'],
    prix: ['prix', 'amount', 'commande:prix'],
  },
  search: { societe: ['societe', 'q', 'recherche:societe'], active: ['active', 'activated', 'active'] },
} as const;

const COOKIES = {
  customer: ['certigna_session', 'cg_sid', 'portail_session'],
  staff: ['certigna_manager', 'cg_staff', 'manager_session'],
  csrf: ['certigna_csrf', 'cg_xsrf', 'JSESSIONID'],
} as const satisfies Record<keyof Cookies, readonly [string, string, string]>;

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

/** Column 0 (default build), 1 (alt build) or 2 (faces build) of a table of triples, nested or not. */
type Column<T> = T extends readonly [string, string, string]
  ? string
  : { -readonly [K in keyof T]: Column<T[K]> };
function column<T>(table: T, i: 0 | 1 | 2): Column<T> {
  if (Array.isArray(table)) return table[i] as Column<T>;
  return Object.fromEntries(
    Object.entries(table as object).map(([key, value]) => [key, column(value, i)]),
  ) as Column<T>;
}

function pathsOf(i: 0 | 1 | 2): Paths {
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

/**
 * The JSF + PrimeFaces build: `.xhtml` views, JSF client ids as field names, the ViewState as the
 * forms' token, the servlet container's JSESSIONID before login; values and PDF as the default's.
 */
export const FACES_CONTRACT: Contract = {
  paths: pathsOf(2),
  fields: column(FIELD_NAMES, 2),
  values: {},
  cookies: column(COOKIES, 2),
  pdfFields: ownNames(PDF_FIELDS),
};
