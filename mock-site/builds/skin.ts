import type { Duration, OsValue, PaymentMode, ProductSlug } from './domain.ts';

/**
 * Skins: other builds of the same portal, chosen at start (`MOCK_SKIN`) and handed to `buildApp`.
 * Same guide texts, flows and rules; what a skin changes is listed here and nowhere else: paths,
 * form contract (field names and values, cookies), the texts the guide does not quote, the order
 * number, the mail and PDF wording, and the markup choices the views make (`Markup`). The portal
 * keeps one vocabulary inside (the default skin's): posted forms are read back into it, pages and
 * mails are written from it. `default` is the mock as it always was.
 */

export const SKIN_NAMES = ['default', 'alt', 'alt-markup'] as const;
export type SkinName = (typeof SKIN_NAMES)[number];

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

// --- Markup -------------------------------------------------------------------------------------

/** The forms with text boxes and a submit button. */
type FormName =
  | 'login'
  | 'forgottenIdentifier'
  | 'forgottenPassword'
  | 'password'
  | 'signup'
  | 'users'
  | 'partnerCode'
  | 'managerLogin'
  | 'managerSearch';

/**
 * Whose label style a skin chooses: those forms, and two parts of the order form (`orderChoices`:
 * its radios and CGU checkbox; `orderFields`: its purchase-order text box and « Autre porteur »).
 */
export type LabelledForm = FormName | 'orderChoices' | 'orderFields';

/**
 * Whose submit element a skin chooses: those forms, « Se déconnecter », « Continuer sans code
 * partenaire », the order form's two buttons, the mandataire switch.
 */
export type SubmitForm = FormName | 'logout' | 'noPartner' | 'order' | 'mandataire';

/**
 * How a control gets its accessible name: `<label for>`, a `<label>` wrapped around it,
 * `aria-labelledby` on a text beside it, or (single text boxes) its placeholder alone.
 */
export type LabelStyle = 'for' | 'wrap' | 'labelledby' | 'placeholder';

/** The screens whose main heading a skin may put one level lower. */
export type Screen =
  | 'home'
  | 'login'
  | 'forgottenIdentifier'
  | 'forgottenPassword'
  | 'password'
  | 'signup'
  | 'area'
  | 'partner'
  | 'catalogue'
  | 'notCovered'
  | 'orderForm'
  | 'refused'
  | 'confirmation'
  | 'managerLogin'
  | 'manager'
  | 'error';

export type ManagerColumn = 'company' | 'siret' | 'admin' | 'mandataire';

export type Markup = {
  /** Element ids (label links, the order page's script parts), from the portal's own names. */
  id(name: string): string;
  /** CSS classes of the shared components, from the portal's own names (the stylesheet knows both). */
  cls(name: string): string;
  labels: Record<LabelledForm, LabelStyle>;
  /** `<button>` or `<input type="submit|button" value>`. */
  submits: Record<SubmitForm, 'button' | 'input'>;
  /**
   * Page parts as aria-labelled `<section>` regions (and the manager's search landmark and results
   * caption), or plain `<div>`s with a heading.
   */
  regions: 'section' | 'div';
  /** The order form's questions: fieldsets and radiogroups, or one plain table as in the guide's screenshots. */
  orderForm: 'fieldsets' | 'table';
  /** « Vos commandes » in the customer area: a table or a list. */
  orders: 'table' | 'list';
  managerColumns: readonly ManagerColumn[];
  /** The manager's « Compte client »: an ARIA tab, or a link in a navigation list. */
  managerTabs: 'tablist' | 'nav';
  /** Screens whose main heading is an h2 (their part headings then h3). */
  lowered: readonly Screen[];
};

const DEFAULT_MARKUP: Markup = {
  id: (name) => name,
  cls: (name) => name,
  labels: {
    login: 'for',
    forgottenIdentifier: 'for',
    forgottenPassword: 'for',
    password: 'for',
    signup: 'for',
    users: 'for',
    partnerCode: 'for',
    orderChoices: 'for',
    orderFields: 'for',
    managerLogin: 'for',
    managerSearch: 'for',
  },
  submits: {
    login: 'button',
    logout: 'button',
    forgottenIdentifier: 'button',
    forgottenPassword: 'button',
    password: 'button',
    signup: 'button',
    users: 'button',
    partnerCode: 'button',
    noPartner: 'button',
    order: 'button',
    managerLogin: 'button',
    managerSearch: 'button',
    mandataire: 'button',
  },
  regions: 'section',
  orderForm: 'fieldsets',
  orders: 'table',
  managerColumns: ['company', 'siret', 'admin', 'mandataire'],
  managerTabs: 'tablist',
  lowered: [],
};

/** Alt class names of the shared components (the rest keep theirs). */
const ALT_CLASSES: Readonly<Record<string, string>> = {
  card: 'panel',
  columns: 'split',
  field: 'form-row',
  field__hint: 'form-help',
  button: 'btn',
  'button--secondary': 'btn-alt',
  'button--ghost': 'btn-link',
  'button--small': 'btn-sm',
  message: 'notice',
  'message--error': 'notice--error',
  'message--success': 'notice--ok',
  'site-header': 'topbar',
  'site-header__inner': 'topbar__inner',
  'site-footer': 'bottombar',
  page: 'content',
};

const ALT_MARKUP: Markup = {
  // camelCase with a prefix: no id of the default build survives.
  id: (name) => `c${name.replace(/(^|[-_])(\w)/g, (_m, _sep, ch: string) => ch.toUpperCase())}`,
  cls: (name) => ALT_CLASSES[name] ?? name,
  labels: {
    login: 'labelledby',
    forgottenIdentifier: 'wrap',
    forgottenPassword: 'for',
    password: 'wrap',
    signup: 'for',
    users: 'wrap',
    partnerCode: 'placeholder',
    orderChoices: 'wrap',
    orderFields: 'labelledby',
    managerLogin: 'labelledby',
    managerSearch: 'wrap',
  },
  submits: {
    login: 'input',
    logout: 'input',
    forgottenIdentifier: 'input',
    forgottenPassword: 'button',
    password: 'input',
    signup: 'input',
    users: 'button',
    partnerCode: 'input',
    noPartner: 'input',
    order: 'input',
    managerLogin: 'button',
    managerSearch: 'input',
    mandataire: 'input',
  },
  regions: 'div',
  orderForm: 'table',
  orders: 'list',
  managerColumns: ['mandataire', 'company', 'admin', 'siret'],
  managerTabs: 'nav',
  lowered: [
    'home',
    'forgottenIdentifier',
    'forgottenPassword',
    'area',
    'partner',
    'catalogue',
    'confirmation',
    'manager',
  ],
};

// --- Texts --------------------------------------------------------------------------------------

/**
 * The alt build's wording of the texts the guide does not quote, keyed by the default wording
 * (`{}` stands for a value filled in). Only these texts may differ between skins: a view or route
 * writes one of them through `skin.t(key, …)`, and any text not listed is the same in every skin.
 */
const ALT_WORDING = {
  'Every page': {
    'Aller au contenu': 'Passer au contenu',
    'Se déconnecter': 'Déconnexion',
    "Portail de démonstration – aucune commande réelle n'est passée.":
      "Maquette de démonstration : aucune commande n'est réellement passée.",
    "Retour à l'accueil": "Revenir à l'accueil",
    'Veuillez renseigner : {}': 'Champ obligatoire : {}',
  },
  'Error pages': {
    'Page introuvable': 'Page non trouvée',
    "Cette page n'existe pas ou n'est pas accessible.":
      'Cette adresse ne correspond à aucune page accessible.',
    'Requête refusée': 'Demande refusée',
    'Le formulaire a expiré. Veuillez recharger la page et réessayer.':
      'Session de formulaire expirée : rechargez la page puis recommencez.',
    'Requête invalide': 'Demande illisible',
  },
  Home: {
    Certigna: 'Bienvenue sur Certigna',
  },
  Login: {
    'Nouveau client ?': 'Pas encore de compte ?',
    "Pour commander un certificat, créez d'abord l'espace client de votre société.":
      "Ouvrez l'espace client de votre société pour commander un certificat.",
    'Créer votre espace client': 'Ouvrir un espace client',
  },
  'Forgotten identifier': {
    "Saisissez le SIRET de votre société, et si vous le souhaitez l'adresse e-mail de votre compte.":
      "Indiquez le SIRET de votre société et, si vous le voulez, l'adresse e-mail de votre compte.",
    'Adresse e-mail': 'Courriel',
    '14 chiffres, espaces acceptés': '14 chiffres (espaces autorisés)',
    'Recevoir mon identifiant': "M'envoyer mon identifiant",
    'Votre identifiant vous a été envoyé par e-mail.':
      'Un e-mail contenant votre identifiant vient de vous être envoyé.',
    'Retour à la connexion': 'Revenir à la connexion',
    'Le SIRET doit comporter 14 chiffres.': 'Un SIRET compte 14 chiffres.',
    "Ce numéro SIRET n'est pas valide.": 'Ce SIRET est invalide.',
  },
  'Forgotten password, activation': {
    Identifiant: 'Identifiant de connexion',
    'Réinitialiser mon mot de passe': 'Recevoir un lien de réinitialisation',
    'Si ce compte existe, un e-mail de réinitialisation vous a été envoyé.':
      'Si ce compte existe, vous allez recevoir un e-mail pour changer de mot de passe.',
    'Nouveau mot de passe': 'Votre nouveau mot de passe',
    'Confirmez le mot de passe': 'Répétez le mot de passe',
    'Enregistrer le mot de passe': 'Valider le mot de passe',
    'Votre mot de passe a été enregistré.': 'Le nouveau mot de passe est enregistré.',
    'Activation de votre compte': 'Activer votre accès',
    'Mot de passe': 'Votre mot de passe',
    'Activer mon compte': 'Activer mon accès',
    'Votre compte est activé.': 'Votre accès est activé.',
    'Au moins {} caractères.': 'Minimum {} caractères.',
    "Ce lien n'est plus valide. Veuillez refaire la demande.":
      'Ce lien a expiré ou a déjà servi. Faites une nouvelle demande.',
    'Le mot de passe doit comporter au moins {} caractères.':
      'Le mot de passe est trop court ({} caractères minimum).',
    'Les mots de passe ne correspondent pas.': 'Les deux mots de passe sont différents.',
  },
  'Create a customer area': {
    'Raison sociale': 'Dénomination sociale',
    'De 3 à 64 caractères, sans espace': "3 à 64 caractères, pas d'espace",
    'Créer mon espace client': "Valider l'inscription",
    "Votre espace client a été créé. Un e-mail d'activation vous a été envoyé.":
      "Espace client créé : consultez vos e-mails pour l'activer.",
    'Un espace client existe déjà pour ce SIRET.': 'Ce SIRET a déjà un espace client.',
    'Cet identifiant est déjà utilisé.': 'Cet identifiant est déjà pris.',
    "L'adresse e-mail n'est pas valide.": "Ce courriel n'est pas valide.",
    "L'identifiant doit comporter de 3 à 64 caractères, sans espace.":
      "L'identifiant compte 3 à 64 caractères, sans espace.",
  },
  'Customer area': {
    'Connecté en tant que {}': 'Session ouverte : {}',
    'Liste de vos utilisateurs': 'Utilisateurs du compte',
    Actif: 'Activé',
    "En attente d'activation": 'À activer',
    'Créer un utilisateur': 'Ajouter un utilisateur',
    "Créer l'utilisateur": "Ajouter l'utilisateur",
    "L'utilisateur a été créé. Un e-mail d'activation lui a été envoyé.":
      'Utilisateur ajouté : il reçoit un e-mail pour activer son accès.',
    'Vos commandes': 'Mes commandes',
    'Aucune commande.': "Vous n'avez encore rien commandé.",
  },
  'Partner step, catalogue': {
    'Valider le code partenaire': 'Appliquer ce code',
    'Ce code partenaire est inconnu.': 'Code partenaire non reconnu.',
    'Code partenaire inconnu': 'Code partenaire non reconnu',
    'Veuillez saisir votre code partenaire.': 'Saisissez un code partenaire.',
    'Code partenaire : {}': 'Partenaire : {}',
    'Produit non couvert par cette démonstration': 'Produit hors démonstration',
    'Retour au catalogue': 'Revenir au catalogue',
  },
  'Order form': {
    'Vous passez par notre partenaire {}.': 'Commande passée via notre partenaire {}.',
    'Choisissez un type de certificat et une durée': 'Sélectionnez un certificat et une durée',
    '2. Porteur du certificat': '2. Porteur',
    'Autre porteur': 'Personne concernée',
    'Choisissez une personne': '— Sélectionner —',
    'Numéro de bon de commande': 'Référence du bon de commande',
  },
  'Order refusals': {
    'Commande incomplète. Veuillez renseigner : {}': 'Commande incomplète, il manque : {}',
    "Ce type de certificat n'existe pas.": 'Type de certificat inconnu.',
    "Ce type de certificat n'est pas proposé par ce partenaire.":
      'Ce partenaire ne propose pas ce type de certificat.',
    "Cette durée de validité n'est pas proposée.": 'Durée de validité non proposée.',
    "Ce système d'exploitation n'est pas proposé.": "Système d'exploitation non proposé.",
    "Ce moyen de paiement n'existe pas.": 'Moyen de paiement inconnu.',
    'Le prix envoyé ne correspond pas au tarif.': 'Le montant reçu diffère du tarif.',
    "Ce porteur n'est pas un utilisateur actif de votre compte.":
      "Ce porteur n'est pas un utilisateur actif du compte.",
    "Ce moyen de paiement n'est pas disponible pour votre compte.":
      'Moyen de paiement non autorisé pour votre compte.',
    'Commande refusée': 'Commande non enregistrée',
    "Aucune commande n'a été enregistrée.": "Rien n'a été enregistré.",
    'Retour au formulaire': 'Revenir au formulaire',
  },
  Confirmation: {
    'Votre commande est enregistrée': 'Commande confirmée',
    'Commande n° {}': 'Numéro de commande : {}',
    "Retour à l'espace client": 'Revenir à mon espace client',
  },
  Manager: {
    'Manager Certigna': 'Console Certigna',
    'Nom de société': 'Société recherchée',
    Rechercher: 'Lancer la recherche',
    'Identifiant administrateur': 'Administrateur',
    Oui: 'Activée',
    Non: 'Non activée',
    'Activer la fonction mandataire': 'Activer le mandat',
    'La fonction mandataire est activée pour {}.': 'Mandat activé pour {}.',
    'Aucun compte client ne correspond à « {} ».': 'Aucun résultat pour « {} ».',
  },
  Mails: {
    'Activez votre compte Certigna': 'Certigna : activation de votre accès',
    'Votre identifiant Certigna': 'Certigna : rappel de votre identifiant',
    'Réinitialisation de votre mot de passe Certigna': 'Certigna : choisissez un nouveau mot de passe',
    'Votre commande {} — {}': 'Confirmation de commande {} ({})',
    'Justificatifs à renvoyer :': 'Pièces à nous retourner :',
  },
} as const satisfies Record<string, Record<string, string>>;

type Wording = typeof ALT_WORDING;
/** A text that may differ between skins, named by its default wording. */
export type TextKey = { [G in keyof Wording]: keyof Wording[G] }[keyof Wording];

/** The alt wording, screen by screen (the README's table lists it). */
export const ALT_TEXTS_BY_SCREEN: Readonly<Record<string, Readonly<Partial<Record<TextKey, string>>>>> =
  ALT_WORDING;
const ALT_TEXTS: Partial<Record<TextKey, string>> = Object.assign({}, ...Object.values(ALT_WORDING));

// --- The skins ----------------------------------------------------------------------------------

type SkinTable = {
  name: SkinName;
  paths: Paths;
  fields: FieldNames;
  values: FieldValues;
  cookies: Cookies;
  texts: Partial<Record<TextKey, string>>;
  orderNumber(seq: number, at: Date): string;
  pdf: { fileName(number: string): string; fields: Record<PdfFieldName, string> };
  markup: Markup;
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

const DEFAULT_TABLE: SkinTable = {
  name: 'default',
  paths: pathsOf(0),
  fields: column(FIELD_NAMES, 0),
  values: {},
  cookies: column(COOKIES, 0),
  texts: {},
  orderNumber: (seq, at) => `CMD-${at.getFullYear()}-${String(seq).padStart(6, '0')}`,
  pdf: {
    fileName: (number) => `bon-de-commande-${number}.pdf`,
    fields: ownNames(PDF_FIELDS),
  },
  markup: DEFAULT_MARKUP,
};

const ALT_TABLE: SkinTable = {
  name: 'alt',
  paths: pathsOf(1),
  fields: column(FIELD_NAMES, 1),
  values: ALT_VALUES,
  cookies: column(COOKIES, 1),
  texts: ALT_TEXTS,
  orderNumber: (seq, at) => `C${String(at.getFullYear()).slice(-2)}-${String(seq).padStart(6, '0')}`,
  pdf: { fileName: (number) => `commande-${number}.pdf`, fields: ALT_PDF_FIELDS },
  markup: ALT_MARKUP,
};

const ALT_MARKUP_TABLE: SkinTable = { ...DEFAULT_TABLE, name: 'alt-markup', markup: ALT_MARKUP };

// --- Reading a skin -----------------------------------------------------------------------------

export type Skin = SkinTable & {
  /** The skin's wording of a text, `{}` filled in with `args` in order. */
  t(key: TextKey, ...args: (string | number)[]): string;
  /** The skin's wording of a message made elsewhere (the rules', the behaviour's): itself when not reworded. */
  say(message: string): string;
  /** The posted value of an order field's inside value. */
  encode(field: OrderField, value: string): string;
  /**
   * The inside value of a posted one. A value the skin renames is recognised only under its
   * posted name: the inside name posted as such is made unknown (prefixed with `#`).
   */
  decode(field: OrderField, posted: string): string;
};

function valuesOf(table: SkinTable, field: OrderField): Readonly<Record<string, string>> | undefined {
  return (table.values as Partial<Record<OrderField, Record<string, string>>>)[field];
}

function makeSkin(table: SkinTable): Skin {
  const texts: Partial<Record<string, string>> = table.texts;
  return {
    ...table,
    t: (key, ...args) => {
      let i = 0;
      return (texts[key] ?? key).replace(/\{\}/g, () => String(args[i++] ?? ''));
    },
    say: (message) => texts[message] ?? message,
    encode: (field, value) => valuesOf(table, field)?.[value] ?? value,
    decode: (field, posted) => {
      const values = valuesOf(table, field);
      if (!values) return posted;
      const inside = Object.keys(values).find((k) => values[k] === posted);
      if (inside !== undefined) return inside;
      return Object.hasOwn(values, posted) ? `#${posted}` : posted;
    },
  };
}

export const SKINS: Record<SkinName, Skin> = {
  default: makeSkin(DEFAULT_TABLE),
  alt: makeSkin(ALT_TABLE),
  'alt-markup': makeSkin(ALT_MARKUP_TABLE),
};

export const DEFAULT_SKIN = SKINS.default;

/** The skin `MOCK_SKIN` names (unset or empty: default); an unknown name throws a one-line message. */
export function readSkin(env: NodeJS.ProcessEnv = process.env): Skin {
  const name = env.MOCK_SKIN?.trim() || 'default';
  if (!(SKIN_NAMES as readonly string[]).includes(name)) {
    throw new Error(`MOCK_SKIN: unknown skin « ${name} »; known: ${SKIN_NAMES.join(', ')}`);
  }
  return SKINS[name as SkinName];
}
