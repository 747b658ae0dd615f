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
export type OrderField =
  | 'produit'
  | 'duree'
  | 'os'
  | 'porteur'
  | 'autre_porteur'
  | 'paiement'
  | 'bon_commande'
  | 'cgu'
  | 'partenaire'
  | 'prix';

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

/** The order PDF's AcroForm field names, by inside name. */
export type PdfFieldName =
  | 'numero_commande'
  | 'societe'
  | 'siret'
  | 'porteur'
  | 'produit'
  | 'duree'
  | 'systeme'
  | 'paiement'
  | 'bon_commande'
  | 'prix_ht';

// --- Markup -------------------------------------------------------------------------------------

/** The forms whose label style or submit element a skin chooses. */
export type FormName =
  | 'login'
  | 'logout'
  | 'forgottenIdentifier'
  | 'forgottenPassword'
  | 'password'
  | 'signup'
  | 'users'
  | 'partnerCode'
  | 'noPartner'
  | 'order'
  | 'managerLogin'
  | 'managerSearch'
  | 'mandataire';

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
  labels: Record<FormName, LabelStyle>;
  /** `<button>` or `<input type="submit|button" value>`. */
  submits: Record<FormName, 'button' | 'input'>;
  /** Page parts as aria-labelled `<section>` regions, or plain `<div>`s with a heading. */
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

const ALL_FORMS: readonly FormName[] = [
  'login',
  'logout',
  'forgottenIdentifier',
  'forgottenPassword',
  'password',
  'signup',
  'users',
  'partnerCode',
  'noPartner',
  'order',
  'managerLogin',
  'managerSearch',
  'mandataire',
];
const every = <T>(value: T) => Object.fromEntries(ALL_FORMS.map((f) => [f, value])) as Record<FormName, T>;

const DEFAULT_MARKUP: Markup = {
  id: (name) => name,
  cls: (name) => name,
  labels: every<LabelStyle>('for'),
  submits: every<'button' | 'input'>('button'),
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
    logout: 'for',
    forgottenIdentifier: 'wrap',
    forgottenPassword: 'for',
    password: 'wrap',
    signup: 'for',
    users: 'wrap',
    partnerCode: 'placeholder',
    noPartner: 'for',
    order: 'wrap',
    managerLogin: 'labelledby',
    managerSearch: 'wrap',
    mandataire: 'for',
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

const DEFAULT_TABLE: SkinTable = {
  name: 'default',
  paths: {
    home: '/',
    login: '/connexion',
    logout: '/deconnexion',
    forgottenIdentifier: '/identifiant-oublie',
    forgottenPassword: '/mot-de-passe-oublie',
    resetPassword: '/nouveau-mot-de-passe',
    activation: '/activation',
    signup: '/creer-espace-client',
    area: '/espace-client',
    areaUsers: '/espace-client/utilisateurs',
    order: '/commande',
    partnerCode: '/commande/partenaire',
    catalogue: '/commande/catalogue',
    form: '/commande/formulaire',
    placeOrder: '/commande',
    confirmation: (number) => `/commande/confirmation/${number}`,
    managerLogin: '/manager/connexion',
    managerLogout: '/manager/deconnexion',
    manager: '/manager',
    managerAccounts: '/manager/comptes',
    mandataireSwitch: (id) => `/manager/comptes/${id}/mandataire`,
  },
  fields: {
    csrf: 'csrf',
    login: { identifiant: 'identifiant', mot_de_passe: 'mot_de_passe' },
    password: { jeton: 'jeton', mot_de_passe: 'mot_de_passe', confirmation: 'confirmation' },
    partnerCode: { code: 'code' },
    order: {
      produit: 'produit',
      duree: 'duree',
      os: 'os',
      porteur: 'porteur',
      autre_porteur: 'autre_porteur',
      paiement: 'paiement',
      bon_commande: 'bon_commande',
      cgu: 'cgu',
      partenaire: 'partenaire',
      prix: 'prix',
    },
    search: { societe: 'societe', active: 'active' },
  },
  values: {},
  cookies: { customer: 'certigna_session', staff: 'certigna_manager', csrf: 'certigna_csrf' },
  texts: {},
  orderNumber: (seq, at) => `CMD-${at.getFullYear()}-${String(seq).padStart(6, '0')}`,
  pdf: {
    fileName: (number) => `bon-de-commande-${number}.pdf`,
    fields: {
      numero_commande: 'numero_commande',
      societe: 'societe',
      siret: 'siret',
      porteur: 'porteur',
      produit: 'produit',
      duree: 'duree',
      systeme: 'systeme',
      paiement: 'paiement',
      bon_commande: 'bon_commande',
      prix_ht: 'prix_ht',
    },
  },
  markup: DEFAULT_MARKUP,
};

const ALT_TABLE: SkinTable = {
  name: 'alt',
  paths: {
    home: '/',
    login: '/client/login',
    logout: '/client/logout',
    forgottenIdentifier: '/client/forgot-username',
    forgottenPassword: '/client/forgot-password',
    resetPassword: '/client/reset-password',
    activation: '/client/activate',
    signup: '/client/register',
    area: '/client/accueil',
    areaUsers: '/client/accueil/utilisateurs',
    order: '/boutique',
    partnerCode: '/boutique/partenaire',
    catalogue: '/boutique/produits',
    form: '/boutique/formulaire',
    placeOrder: '/boutique/commander',
    confirmation: (number) => `/boutique/commande/${number}`,
    managerLogin: '/gestion/login',
    managerLogout: '/gestion/logout',
    manager: '/gestion/clients',
    managerAccounts: '/gestion/clients',
    mandataireSwitch: (id) => `/gestion/clients/${id}/mandat`,
  },
  fields: {
    csrf: '_token',
    login: { identifiant: 'username', mot_de_passe: 'password' },
    password: { jeton: 'token', mot_de_passe: 'new_password', confirmation: 'new_password_confirm' },
    partnerCode: { code: 'partner_code' },
    order: {
      produit: 'product_code',
      duree: 'validity',
      os: 'platform',
      porteur: 'holder',
      autre_porteur: 'holder_other',
      paiement: 'payment_method',
      bon_commande: 'po_number',
      cgu: 'terms',
      partenaire: 'partner',
      prix: 'amount',
    },
    search: { societe: 'q', active: 'activated' },
  },
  values: {
    produit: { rgs1: 'ID1', rgs2: 'ID2', rgs3: 'ID3', chiffrement: 'CHIFF' },
    duree: { 1: '12', 2: '24', 3: '36' },
    os: { windows: 'WIN', macos: 'MAC', autre: 'OTHER' },
    porteur: { moi: 'self', autre: 'other' },
    paiement: { carte: 'CB', virement: 'VIR', cheque: 'CHQ', autre: 'BC' },
    cgu: { on: 'yes' },
  },
  cookies: { customer: 'cg_sid', staff: 'cg_staff', csrf: 'cg_xsrf' },
  texts: ALT_TEXTS,
  orderNumber: (seq, at) => `C${String(at.getFullYear()).slice(-2)}-${String(seq).padStart(6, '0')}`,
  pdf: {
    fileName: (number) => `commande-${number}.pdf`,
    fields: {
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
    },
  },
  markup: ALT_MARKUP,
};

/** The alt build's markup on the default build's paths, texts, form contract, mail and PDF. */
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
