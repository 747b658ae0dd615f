/**
 * What the portal sells: the personal certificates (the ones the guide orders), the server ones
 * the catalogue only lists, durations, partners and operating systems, with their labels.
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

export const osLabel = (os: OsValue) => OS_CHOICES.find((o) => o.value === os)?.label ?? os;
