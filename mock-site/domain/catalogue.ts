/**
 * The portal's business rules, in one place. The ones a regression could change are gathered in
 * `Rules` and handed to the app (`buildApp({ rules })`, the real `RULES` by default): the server's
 * validation reads them, and the order page receives `orderPageRules()` built from the same value,
 * serialised as JSON, so the page and the server cannot drift.
 */

export type Duration = 1 | 2 | 3;
export const DURATIONS: readonly Duration[] = [1, 2, 3];

export type ProductSlug = 'rgs1' | 'rgs2' | 'rgs3' | 'chiffrement';

export type PersonalProduct = {
  slug: ProductSlug;
  /** Name in the catalogue (« Pack ID RGS** »). */
  short: string;
  /** Name on the order form, in mails and on the PDF (« Certigna Pack ID RGS** »). */
  name: string;
  /** RGS** and RGS*** need a face-to-face identity check, billed separately. */
  faceToFace: boolean;
};

export const PERSONAL_PRODUCTS: readonly PersonalProduct[] = [
  { slug: 'rgs1', short: 'Pack ID RGS*', name: 'Certigna Pack ID RGS*', faceToFace: false },
  { slug: 'rgs2', short: 'Pack ID RGS**', name: 'Certigna Pack ID RGS**', faceToFace: true },
  { slug: 'rgs3', short: 'Pack ID RGS***', name: 'Certigna Pack ID RGS***', faceToFace: true },
  { slug: 'chiffrement', short: 'Chiffrement', name: 'Certigna Chiffrement', faceToFace: false },
];

/** Prices in € HT, by product and duration in years. */
export type PriceTable = Readonly<Record<ProductSlug, Readonly<Record<Duration, number>>>>;

/** Server certificates are listed in the catalogue but the guide does not cover ordering them. */
export const SERVER_PRODUCTS: readonly { slug: string; short: string }[] = [
  { slug: 'ssl', short: 'SSL' },
  { slug: 'ssl-rgs1', short: 'SSL RGS*' },
  { slug: 'ssl-wildcard', short: 'SSL Wildcard' },
  { slug: 'serveur-client', short: 'Serveur Client' },
  { slug: 'cachet-serveur', short: 'Cachet Serveur' },
];

/** Authority shown on the CGU line before a type is chosen. */
export const DEFAULT_AUTHORITY = 'CERTIGNA';
export const FACE_TO_FACE_LINE = 'Frais de face-à-face : +/- 50 € HT';
export const PRICE_PLACEHOLDER = 'Choisissez un type de certificat et une durée';
export const PAYMENT_PROMPT = 'Veuillez sélectionner un moyen de paiement afin de finaliser votre commande';

export type Partner = { code: string; name: string; products: readonly string[] };

export const PARTNERS: readonly Partner[] = [
  { code: 'DEMATIS', name: 'Dematis', products: ['rgs2', 'rgs3'] },
  { code: 'SSLPRO', name: 'SSL Pro', products: ['ssl', 'ssl-rgs1', 'ssl-wildcard'] },
];

export const UNKNOWN_PARTNER = 'Ce code partenaire est inconnu.';
export const EMPTY_PARTNER_CODE = 'Veuillez saisir votre code partenaire.';

/** The partner step's answer to a code; `partner` undefined means the whole catalogue. */
export type PartnerCheck = { ok: true; partner: Partner | undefined } | { ok: false; message: string };

export function findPartner(code: string | undefined | null): Partner | undefined {
  if (!code) return undefined;
  const wanted = code.trim().toUpperCase();
  return PARTNERS.find((p) => p.code === wanted);
}

export function findPersonalProduct(slug: string | undefined | null): PersonalProduct | undefined {
  return PERSONAL_PRODUCTS.find((p) => p.slug === slug);
}

/** Products offered to this order: all of them, or only the partner's. */
export function productsFor(partner: Partner | undefined): readonly PersonalProduct[] {
  return partner ? PERSONAL_PRODUCTS.filter((p) => partner.products.includes(p.slug)) : PERSONAL_PRODUCTS;
}

export function serverProductsFor(partner: Partner | undefined) {
  return partner ? SERVER_PRODUCTS.filter((p) => partner.products.includes(p.slug)) : SERVER_PRODUCTS;
}

export function durationLabel(years: Duration): string {
  return years === 1 ? '1 an' : `${years} ans`;
}

/** The guide writes prices as « 250.0 € HT ». */
export function formatPrice(amount: number): string {
  return `${amount.toFixed(1)} € HT`;
}

export const OS_CHOICES = [
  { value: 'windows', label: 'Windows' },
  { value: 'macos', label: 'Mac OS' },
  { value: 'autre', label: 'Autre' },
] as const;
export type OsValue = (typeof OS_CHOICES)[number]['value'];

export const PAYMENT_MODES = [
  { value: 'carte', label: 'Carte Bancaire' },
  { value: 'virement', label: 'Virement' },
  { value: 'cheque', label: 'Chèque' },
  { value: 'autre', label: 'Autre' },
] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number]['value'];

export const osLabel = (os: OsValue) => OS_CHOICES.find((o) => o.value === os)?.label ?? os;
export const paymentLabel = (mode: PaymentMode) => PAYMENT_MODES.find((m) => m.value === mode)?.label ?? mode;
/** The payment mode that asks for a purchase-order number. */
export const PURCHASE_ORDER_MODE: PaymentMode = 'autre';
/** A purchase-order number is anything but blank. */
export const PURCHASE_ORDER_PATTERN = /\S/;

/**
 * What kind of customer an account is. `administration` customers pay only by purchase order;
 * `delegue` and `mandataire` accounts may order for another person of the account.
 */
export type Account = { customerType: 'company' | 'administration'; delegue: boolean; mandataire: boolean };

/** Form fields the order needs, with the label used in « Veuillez renseigner » messages. */
export const REQUIRED_ORDER_FIELDS = [
  { field: 'produit', label: 'Quel type de certificat ?' },
  { field: 'duree', label: 'Quelle durée de validité ?' },
  { field: 'os', label: "Quel système d'exploitation ?" },
  { field: 'porteur', label: 'Certificat délivré pour ?' },
  { field: 'paiement', label: 'Moyen de paiement' },
  { field: 'cgu', label: "Conditions Générales d'Utilisation" },
  { field: 'prix', label: 'Tarif' },
] as const;

/** What « Effacer le formulaire » empties (the holder goes back to the person ordering). */
export const CLEARED_ORDER_FIELDS = ['produit', 'duree', 'os', 'paiement', 'bon_commande', 'cgu'] as const;

/** The order page's view of the rules, as plain JSON: its markup and its script both read it. */
export type OrderPageRules = {
  products: {
    slug: ProductSlug;
    name: string;
    authority: string;
    prices: Readonly<Record<Duration, number>>;
    faceToFace: boolean;
  }[];
  defaultAuthority: string;
  faceToFaceLine: string;
  placeholder: string;
  /** The guide's prompt under the payment modes, until one is chosen. */
  paymentPrompt: string;
  paymentModes: readonly PaymentMode[];
  purchaseOrderMode: PaymentMode;
  /** Source of the RegExp a purchase-order number must match. */
  purchaseOrderPattern: string;
  mayOrderForAnother: boolean;
  /** The guide: the order is for the person connected by default, their radio checked. */
  ordererCheckedByDefault: boolean;
  /** Form fields « Commander » waits for: the ones the server requires. */
  required: readonly string[];
  /** Form fields « Effacer le formulaire » empties. */
  clears: readonly string[];
};

export function orderPageRules(rules: Rules, account: Account, partner: Partner | undefined): OrderPageRules {
  return {
    products: productsFor(partner).map((p) => ({
      slug: p.slug,
      name: p.name,
      authority: rules.authorities[p.slug],
      prices: rules.prices[p.slug],
      faceToFace: p.faceToFace,
    })),
    defaultAuthority: DEFAULT_AUTHORITY,
    faceToFaceLine: FACE_TO_FACE_LINE,
    placeholder: PRICE_PLACEHOLDER,
    paymentPrompt: PAYMENT_PROMPT,
    paymentModes: rules.paymentModesFor(account),
    purchaseOrderMode: PURCHASE_ORDER_MODE,
    purchaseOrderPattern: PURCHASE_ORDER_PATTERN.source,
    mayOrderForAnother: rules.mayOrderForAnother(account),
    ordererCheckedByDefault: true,
    required: REQUIRED_ORDER_FIELDS.map((f) => f.field),
    clears: CLEARED_ORDER_FIELDS,
  };
}

// --- SIRET -------------------------------------------------------------------------------------

/** SIREN of La Poste, whose SIRETs follow a digit-sum rule instead of Luhn. */
export const LA_POSTE_SIREN = '356000000';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const SIRET_LENGTH_MESSAGE = 'Le SIRET doit comporter 14 chiffres.';
export const SIRET_INVALID_MESSAGE = "Ce numéro SIRET n'est pas valide.";

export type SiretCheck = { ok: true; siret: string } | { ok: false; message: string };

/** Spaces (including non-breaking ones) are accepted, as people copy SIRETs grouped 3-3-3-5. */
function checkSiret(input: string): SiretCheck {
  const siret = input.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{14}$/.test(siret)) return { ok: false, message: SIRET_LENGTH_MESSAGE };
  const siren = siret.slice(0, 9);
  if (!luhnValid(siren)) return { ok: false, message: SIRET_INVALID_MESSAGE };
  if (luhnValid(siret)) return { ok: true, siret };
  // La Poste numbers its many establishments by another rule: the digit sum is a multiple of 5
  // (its head office, 356 000 000 00048, passes Luhn anyway).
  const laPosteOk = siren === LA_POSTE_SIREN && [...siret].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  return laPosteOk ? { ok: true, siret } : { ok: false, message: SIRET_INVALID_MESSAGE };
}

/** Only the 14 digits, for looking a SIRET up without validating it. */
export function normaliseSiret(input: string): string {
  return input.replace(/[\s\u00a0\u202f]/g, '');
}

// --- The rules as one value ------------------------------------------------------------------

/** « Identifiant oublié »'s refusal, in the guide's words (lowercase i). */
export const IDENTIFIER_REFUSED = 'identifiant ou mot de passe incorrect';

/**
 * The rules a regression could change, as one value handed to the app: `RULES` are the real
 * ones; a named defect (defects.ts) starts the mock with one of them replaced.
 */
export type Rules = {
  prices: PriceTable;
  /** The certification authority the CGU box names, by product. */
  authorities: Readonly<Record<ProductSlug, string>>;
  /** The personal certificates the catalogue lists. */
  catalogue(partner: Partner | undefined): readonly PersonalProduct[];
  /** The partner step: a known code narrows the catalogue to its partner's products. */
  checkPartnerCode(code: string): PartnerCheck;
  /** Administrations pay by purchase order only. */
  paymentModesFor(account: Account): readonly PaymentMode[];
  /** Délégué and Mandataire accounts may order for another person of the account. */
  mayOrderForAnother(account: Account): boolean;
  checkSiret(input: string): SiretCheck;
};

export const RULES: Rules = {
  prices: {
    rgs1: { 1: 90, 2: 160, 3: 220 },
    rgs2: { 1: 110, 2: 190, 3: 250 },
    rgs3: { 1: 150, 2: 270, 3: 380 },
    chiffrement: { 1: 60, 2: 105, 3: 150 },
  },
  authorities: {
    rgs1: 'CERTIGNA ID RGS*',
    rgs2: 'CERTIGNA ID RGS**',
    rgs3: 'CERTIGNA ID RGS***',
    chiffrement: 'CERTIGNA CHIFFREMENT',
  },
  catalogue: productsFor,
  checkPartnerCode(code) {
    const partner = findPartner(code);
    return partner ? { ok: true, partner } : { ok: false, message: UNKNOWN_PARTNER };
  },
  paymentModesFor: (account) =>
    account.customerType === 'administration' ? ['autre'] : PAYMENT_MODES.map((m) => m.value),
  mayOrderForAnother: (account) => account.delegue || account.mandataire,
  checkSiret,
};

// --- Supporting documents ----------------------------------------------------------------------

export const SUPPORTING_DOCUMENTS_TITLE = 'Justificatifs à renvoyer :';

export function supportingDocuments(opts: {
  administration: boolean;
  faceToFace: boolean;
  purchaseOrder: boolean;
}): string[] {
  const docs = [
    "Copie de la pièce d'identité du représentant légal, signée avec la mention « copie conforme »",
    "Copie de la pièce d'identité du porteur, signée avec la mention « copie conforme »",
    opts.administration
      ? "Acte de nomination du représentant de l'administration"
      : 'Extrait Kbis ou extrait SIRENE de moins de 3 mois',
    'Justificatif du pouvoir de signature du représentant légal',
    "Délégation signée par le représentant légal, si le porteur n'est pas le représentant légal",
    'Bon de commande Certigna signé, en 2 exemplaires',
  ];
  if (opts.faceToFace) docs.push('Formulaire de face-à-face signé');
  // The guide: with « Autre », the customer's purchase order is joined to the documents.
  if (opts.purchaseOrder) docs.push("Votre bon de commande (numéro d'engagement, code service, montant HT)");
  return docs;
}

export const POSTAL_ADDRESS = [
  'Certigna – Service Enregistrement',
  '20 allée de la Râperie',
  "59650 Villeneuve-d'Ascq",
];

// --- Text helpers ------------------------------------------------------------------------------

/** The guide shows the holder in capitals (« FREDERIC SENEZ »); accents are kept. */
export function displayName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`.toLocaleUpperCase('fr-FR');
}

/** Case- and accent-insensitive form for the manager's company search. */
export function searchKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}
