import type { Duration, Partner, ProductSlug } from './catalogue.ts';
import { productsFor } from './catalogue.ts';
import type { PaymentMode } from './payment.ts';
import { PURCHASE_ORDER_MODE, PURCHASE_ORDER_PATTERN } from './payment.ts';
import type { PortalRules } from './portal-rules.ts';
import type { AccountKind } from './store.ts';

/**
 * What the order page is told of the rules, as plain JSON in its `data-rules`: its markup and its
 * script both read it, and « Commander » waits for the fields the server requires.
 */

/** Authority shown on the CGU line before a type is chosen. */
export const DEFAULT_AUTHORITY = 'CERTIGNA';
export const FACE_TO_FACE_LINE = 'Frais de face-à-face : +/- 50 € HT';
export const PRICE_PLACEHOLDER = 'Choisissez un type de certificat et une durée';
export const PAYMENT_PROMPT = 'Veuillez sélectionner un moyen de paiement afin de finaliser votre commande';

/** The order form's fixed notes, in the guide's words. */
export const ORDER_FORM_NOTES = {
  /** Beside the buttons: what the asterisks of the required questions mean. */
  requiredFields: "Les champs marqués d'un astérisque sont obligatoires",
  /** Under « Quel système d'exploitation ? ». */
  sha256:
    "Les certificats normés RGS utilisent l'algorithme SHA-256. Cet algorithme est présent sous Windows à partir de Windows XP SP3.",
  /** « Partenaire Certigna ? » and its answer for a customer without a partner code. */
  partnerQuestion: 'Partenaire Certigna ?',
  noPartner:
    "Vous avez choisi de passer par Certigna, vous avez accès à l'ensemble de notre gamme de produit.",
} as const;

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
  /** The form's fixed notes (the guide's texts). */
  notes: { readonly [K in keyof typeof ORDER_FORM_NOTES]: string };
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

export function orderPageRules(
  rules: PortalRules,
  account: AccountKind,
  partner: Partner | undefined,
): OrderPageRules {
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
    notes: ORDER_FORM_NOTES,
    paymentModes: rules.paymentModesFor(account),
    purchaseOrderMode: PURCHASE_ORDER_MODE,
    purchaseOrderPattern: PURCHASE_ORDER_PATTERN.source,
    mayOrderForAnother: rules.mayOrderForAnother(account),
    ordererCheckedByDefault: true,
    required: REQUIRED_ORDER_FIELDS.map((f) => f.field),
    clears: CLEARED_ORDER_FIELDS,
  };
}
