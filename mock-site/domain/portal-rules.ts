import type { Partner, PartnerCheck, PersonalProduct, PriceTable, ProductSlug } from './catalogue.ts';
import { findPartner, productsFor, UNKNOWN_PARTNER } from './catalogue.ts';
import type { PaymentMode } from './payment.ts';
import { PAYMENT_MODES } from './payment.ts';
import type { SiretCheck } from './siret.ts';
import { checkSiret } from './siret.ts';
import type { AccountKind } from './store.ts';

/**
 * The portal's rules a regression could change, as one value handed to the app
 * (`buildApp({ rules })`): `PORTAL_RULES` are the real ones; a named defect (test-mode/defects/)
 * starts the mock with one of them replaced. The server's validation reads them, and the order
 * page receives `orderPageRules()` (order-page.ts) built from the same value, so the page and the
 * server cannot drift.
 */
export type PortalRules = {
  prices: PriceTable;
  /** The certification authority the CGU box names, by product. */
  authorities: Readonly<Record<ProductSlug, string>>;
  /** The personal certificates the catalogue lists. */
  catalogue(partner: Partner | undefined): readonly PersonalProduct[];
  /** The partner step: a known code narrows the catalogue to its partner's products. */
  checkPartnerCode(code: string): PartnerCheck;
  /** Administrations pay by purchase order only. */
  paymentModesFor(account: AccountKind): readonly PaymentMode[];
  /** Délégué and Mandataire accounts may order for another person of the account. */
  mayOrderForAnother(account: AccountKind): boolean;
  checkSiret(input: string): SiretCheck;
};

export const PORTAL_RULES: PortalRules = {
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
