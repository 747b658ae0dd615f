import type { Duration, OsValue, Partner } from './catalogue.ts';
import {
  DURATIONS,
  findPartner,
  findPersonalProduct,
  OS_CHOICES,
  productsFor,
  UNKNOWN_PARTNER,
} from './catalogue.ts';
import { REQUIRED_ORDER_FIELDS } from './order-page.ts';
import type { PaymentMode } from './payment.ts';
import { PAYMENT_MODES, PURCHASE_ORDER_MODE, PURCHASE_ORDER_PATTERN } from './payment.ts';
import type { PortalRules } from './portal-rules.ts';
import type { AccountKind, CustomerAccount, User } from './store.ts';

/**
 * The server's own checks of a posted order: every rule the page enforces, enforced again, since
 * the browser is not trusted. `checkOrder` is pure: it reads the posted fields (in the portal's
 * own names and values, their lengths already checked) and answers the order to store or why not.
 */

/** The checks a regression could loosen, as one replaceable part of the behaviour (http/behaviour.ts). */
export type OrderChecks = {
  /** The posted order as the checks read it: what was posted, no choice made up for a missing one. */
  choices(posted: Readonly<Record<string, string>>): Readonly<Record<string, string>>;
  /** The CGU box was ticked (`value` is the posted `cgu`). */
  cguAccepted(value: string): boolean;
  /** The price the page showed is the table's. */
  priceAccepted(sent: number, table: number): boolean;
  /** This account may order for a holder other than the person ordering. */
  otherHolderAllowed(account: AccountKind, rules: PortalRules): boolean;
  /** With « Autre », the purchase-order number given is one (not blank). */
  purchaseOrderAccepted(value: string): boolean;
  /** The payment mode posted is one this account is offered (administrations: « Autre » only). */
  paymentAllowed(account: AccountKind, payment: PaymentMode, rules: PortalRules): boolean;
  /** The holder posted is an active user of the ordering account. */
  holderOfAccount(holder: User, accountId: string): boolean;
};

export const ORDER_CHECKS: OrderChecks = {
  choices: (posted) => posted,
  cguAccepted: (value) => value === 'on',
  priceAccepted: (sent, table) => Number.isFinite(sent) && Math.abs(sent - table) <= 1e-9,
  otherHolderAllowed: (account, rules) => rules.mayOrderForAnother(account),
  purchaseOrderAccepted: (value) => PURCHASE_ORDER_PATTERN.test(value),
  paymentAllowed: (account, payment, rules) => rules.paymentModesFor(account).includes(payment),
  holderOfAccount: (holder, accountId) => holder.accountId === accountId && holder.active,
};

/** An order that passed every check: what the store keeps of it. */
export type CheckedOrder = {
  productSlug: string;
  duration: Duration;
  os: OsValue;
  holder: User;
  payment: PaymentMode;
  purchaseOrder: string | null;
  totalHT: number;
  partner: Partner | undefined;
};

/**
 * Why an order is refused: a message of the portal's own (`reason`), or the label of the field
 * left empty (`missing`), which the page puts in « Commande incomplète. Veuillez renseigner : … ».
 */
export type OrderRefusal =
  { ok: false; status: 400 | 403; reason: string } | { ok: false; status: 400; missing: string };

export type OrderCheck = { ok: true; order: CheckedOrder } | OrderRefusal;

/** Who orders, and what the checks read besides the posted fields. */
export type OrderContext = {
  rules: PortalRules;
  checks: OrderChecks;
  account: CustomerAccount;
  orderer: User;
  userById(id: string): User | undefined;
};

const refuse = (status: 400 | 403, reason: string): OrderRefusal => ({ ok: false, status, reason });
const incomplete = (label: string): OrderRefusal => ({ ok: false, status: 400, missing: label });

export function checkOrder(sent: Readonly<Record<string, string>>, ctx: OrderContext): OrderCheck {
  const { rules, checks, account, orderer } = ctx;
  const posted = checks.choices(sent);
  const field = (name: string) => (posted[name] ?? '').trim();
  const partnerCode = field('partenaire');
  const partner = partnerCode ? findPartner(partnerCode) : undefined;
  if (partnerCode && !partner) return refuse(400, UNKNOWN_PARTNER);

  for (const { field: name, label } of REQUIRED_ORDER_FIELDS) {
    // A checkbox is given only when ticked.
    const given = name === 'cgu' ? checks.cguAccepted(field(name)) : field(name) !== '';
    if (!given) return incomplete(label);
  }
  const holderChoice = field('porteur');
  const holderId = holderChoice === 'autre' ? field('autre_porteur') : holderChoice;
  if (!holderId) return incomplete('Autre porteur');
  const payment = PAYMENT_MODES.find((m) => m.value === field('paiement'))?.value;
  const purchaseOrder = field('bon_commande');
  if (payment === PURCHASE_ORDER_MODE && !checks.purchaseOrderAccepted(purchaseOrder)) {
    return incomplete('Numéro de bon de commande');
  }

  const product = findPersonalProduct(field('produit'));
  if (!product) return refuse(400, "Ce type de certificat n'existe pas.");
  if (!productsFor(partner).includes(product)) {
    return refuse(400, "Ce type de certificat n'est pas proposé par ce partenaire.");
  }
  const duration = DURATIONS.find((d) => String(d) === field('duree'));
  if (!duration) return refuse(400, "Cette durée de validité n'est pas proposée.");
  const os = OS_CHOICES.find((o) => o.value === field('os'))?.value;
  if (!os) return refuse(400, "Ce système d'exploitation n'est pas proposé.");
  if (!payment) return refuse(400, "Ce moyen de paiement n'existe pas.");

  const price = rules.prices[product.slug][duration];
  const shown = Number(field('prix').replace(',', '.'));
  if (!checks.priceAccepted(shown, price)) {
    return refuse(400, 'Le prix envoyé ne correspond pas au tarif.');
  }

  const holder = holderId === 'moi' ? orderer : ctx.userById(holderId);
  if (!holder || !checks.holderOfAccount(holder, account.id)) {
    return refuse(403, "Ce porteur n'est pas un utilisateur actif de votre compte.");
  }
  if (holder.id !== orderer.id && !checks.otherHolderAllowed(account, rules)) {
    return refuse(
      403,
      'Pour commander pour une autre personne, il faut être Délégué ou Mandataire de Certification.',
    );
  }
  if (!checks.paymentAllowed(account, payment, rules)) {
    return refuse(
      403,
      account.customerType === 'administration'
        ? 'Pour les administrations, seul le choix « Autre » est disponible.'
        : "Ce moyen de paiement n'est pas disponible pour votre compte.",
    );
  }
  const order: CheckedOrder = {
    productSlug: product.slug,
    duration,
    os,
    holder,
    payment,
    purchaseOrder: payment === PURCHASE_ORDER_MODE ? purchaseOrder : null,
    totalHT: price,
    partner,
  };
  return { ok: true, order };
}
