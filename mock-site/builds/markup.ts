import { getContext } from 'hono/context-storage';

/**
 * The markup choices a build makes in the views (`Markup`): ids, classes, label styles, submit
 * elements, regions, the order form's and the orders' layout, the manager's columns and tabs.
 */

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
  /**
   * The order form's radios and CGU checkbox: the browser's own, or re-styled as PrimeFaces renders
   * them (the native input kept, visually hidden in a 1 px clipped wrapper; a box beside it that
   * takes the clicks; a `<label for>` naming the input, whatever `labels.orderChoices` says).
   */
  choices: 'native' | 'restyled';
};

export const DEFAULT_MARKUP: Markup = {
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
  choices: 'native',
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

export const ALT_MARKUP: Markup = {
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
  choices: 'native',
};

/**
 * The alt markup with the order form's choices re-styled as a JSF + PrimeFaces portal has them
 * (`choices: 'restyled'`, labelled by `<label for>` as PrimeFaces does): the `alt-markup` build.
 */
export const ALT_RESTYLED_MARKUP: Markup = {
  ...ALT_MARKUP,
  labels: { ...ALT_MARKUP.labels, orderChoices: 'for' },
  choices: 'restyled',
};

// --- The faces build: JSF client ids -------------------------------------------------------------

/** The order form's radios, by value, in the order JSF numbers them (`commande:type:0`, ...). */
const INDEXED: Readonly<Record<string, readonly string[]>> = {
  type: ['rgs1', 'rgs2', 'rgs3', 'chiffrement'],
  duree: ['1', '2', '3'],
  os: ['windows', 'macos', 'autre'],
  porteur: ['moi', 'autre'],
  paiement: ['carte', 'virement', 'cheque', 'autre'],
};

/** The order form's other element ids: children of the form `commande`, as JSF names them. */
const ORDER_FORM_IDS = new Set([
  'type',
  'duree',
  'os',
  'porteur',
  'paiement',
  'autre-porteur',
  'autre-porteur-libelle',
  'bon-commande',
  'bon-commande-champ',
  'paiement-invite',
  'cgu',
  'cgu-autorite',
  'tarif',
  'tarif-titre',
  'tarif-lignes',
  'prix',
  'commander',
  'effacer',
]);

const camel = (name: string) => name.replace(/[-_](\w)/g, (_m, ch: string) => ch.toUpperCase());

/** The view the request shows (`/espace-client/accueil.xhtml` → `accueil`), the naming container of its ids. */
function currentView(): string {
  let path = '/';
  try {
    path = getContext().req.path;
  } catch {
    // Rendered outside a request (never in the portal): a neutral container.
  }
  const last =
    path
      .split('/')
      .pop()
      ?.replace(/\.xhtml$/, '') ?? '';
  return camel(last || 'index');
}

/**
 * A JSF client id: the order form's controls under its form `commande` (its radios numbered,
 * `commande:type:0`), every other id under the view's name (`login:identifiant`).
 */
function facesId(name: string): string {
  if (name === 'order-form') return 'commande';
  const indexed = /^(type|duree|os|porteur|paiement)-(.+)$/.exec(name);
  if (indexed) {
    const [, group, value] = indexed as unknown as [string, string, string];
    const i = INDEXED[group]?.indexOf(value) ?? -1;
    if (i >= 0) return `commande:${group}:${i}`;
  }
  const part = /^(type|duree|os|porteur|paiement)-(legend|intro)$/.exec(name);
  if (ORDER_FORM_IDS.has(name) || part) return `commande:${camel(name)}`;
  return `${currentView()}:${camel(name)}`;
}

/**
 * The faces build (a JSF 2 + PrimeFaces portal): the default layout, JSF client ids, the order
 * form's choices re-styled as PrimeFaces renders them, and « Continuer sans code partenaire » an
 * `<input type="button">` as in the guide's extract of the form.
 */
export const FACES_MARKUP: Markup = {
  ...DEFAULT_MARKUP,
  id: facesId,
  submits: { ...DEFAULT_MARKUP.submits, noPartner: 'input' },
  choices: 'restyled',
};
