/**
 * The portal's vocabulary as the guide names it: products, durations, systems, payment modes,
 * their labels, and how the portal writes a person's name. Plain data, no test runner: page
 * objects, fixtures and specs all read it. The price table is the build's: its profile holds it
 * (support/profile.ts, `prices`).
 */
import type { PortalProfile } from '../support/profile.ts';

export type ProductName = 'Pack ID RGS*' | 'Pack ID RGS**' | 'Pack ID RGS***' | 'Chiffrement';
export type Duration = 1 | 2 | 3;
export type OperatingSystem = 'Windows' | 'Mac OS' | 'Autre';
export type PaymentMode = 'Carte Bancaire' | 'Virement' | 'Chèque' | 'Autre';

type Product = {
  /** The radio under « Quel type de certificat ? ». */
  readonly type: string;
  /** The authority named in the CGU checkbox. */
  readonly authority: string;
  /** RGS** and RGS*** need a face-to-face identity check, billed apart. */
  readonly faceToFace: boolean;
};

export const PRODUCTS: Readonly<Record<ProductName, Product>> = {
  'Pack ID RGS*': {
    type: 'Certigna Pack ID RGS*',
    authority: 'CERTIGNA ID RGS*',
    faceToFace: false,
  },
  'Pack ID RGS**': {
    type: 'Certigna Pack ID RGS**',
    authority: 'CERTIGNA ID RGS**',
    faceToFace: true,
  },
  'Pack ID RGS***': {
    type: 'Certigna Pack ID RGS***',
    authority: 'CERTIGNA ID RGS***',
    faceToFace: true,
  },
  Chiffrement: {
    type: 'Certigna Chiffrement',
    authority: 'CERTIGNA CHIFFREMENT',
    faceToFace: false,
  },
};

export const DURATIONS: readonly Duration[] = [1, 2, 3];
export const OPERATING_SYSTEMS: readonly OperatingSystem[] = ['Windows', 'Mac OS', 'Autre'];
export const PAYMENT_MODES: readonly PaymentMode[] = ['Carte Bancaire', 'Virement', 'Chèque', 'Autre'];

/** « 1 an », « 2 ans », « 3 ans », as the duration radios read. */
export function durationLabel(years: Duration): string {
  return years === 1 ? '1 an' : `${years} ans`;
}

/**
 * The one price the guide prints (« Pack ID RGS** », 3 ans), as « Tarif » shows it. Every other
 * price is the build's, recorded in its profile.
 */
export const GUIDE_PRICE = '250.0 € HT';

/** « 250.0 € HT »: a price of the build's table (its profile), as « Tarif » and the mails print it. */
export function priceLabel(
  profile: Pick<PortalProfile, 'prices'>,
  product: ProductName,
  years: Duration,
): string {
  return `${profile.prices[product][years]} € HT`;
}

/** The products the guide lists in the catalogue, by heading. */
export const CATALOGUE = {
  'Certificats pour serveurs :': ['SSL', 'SSL RGS*', 'SSL Wildcard', 'Serveur Client', 'Cachet Serveur'],
  'Certificats pour personnes physiques :': [
    'Pack ID RGS*',
    'Pack ID RGS**',
    'Pack ID RGS***',
    'Chiffrement',
  ],
} as const;

/** A partner code and the products it narrows the catalogue to (seeded on the mock). */
export const PARTNERS = {
  DEMATIS: { name: 'Dematis', products: ['Pack ID RGS**', 'Pack ID RGS***'] },
} as const;

/** A person as the portal knows them: what the customer types and what the tests expect. */
export interface Person {
  firstName: string;
  lastName: string;
  email: string;
  login: string;
}

export interface Credentials {
  login: string;
  password: string;
}

/** « FREDERIC SENEZ »: how the order form names a holder. */
export function holderName(person: Pick<Person, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`.toLocaleUpperCase('fr-FR');
}

/** « Claire Martin »: how the « Autre porteur » list names a user. */
export function displayName(person: Pick<Person, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`;
}
