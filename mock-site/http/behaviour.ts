import type { MiddlewareHandler } from 'hono';
import type { AccountBehaviour } from './account-behaviour.ts';
import { ACCOUNT_BEHAVIOUR } from './account-behaviour.ts';
import type { Account, OrderPageRules, Partner, PaymentMode, Rules } from './domain.ts';
import { EMPTY_PARTNER_CODE, IDENTIFIER_REFUSED, orderPageRules, PURCHASE_ORDER_PATTERN } from './domain.ts';
import type { Mail, OrderMailInput, Person } from './mail.ts';
import { activationMail, identifierMail, orderMail, resetMail } from './mail.ts';
import { orderFormPdf } from './pdf.ts';
import { verifyPassword } from './security.ts';
import type { Skin } from './skin.ts';
import type { Store, User } from './store.ts';
import type { AppEnv } from './web.ts';
import { requireCustomer } from './web.ts';

/**
 * How the portal carries its rules out, where a regression could creep in, as one value handed to
 * the app (`buildApp({ behaviour })`): `BEHAVIOUR` is the real one; a named defect (defects.ts)
 * starts the mock with a part of it replaced. The rules themselves are `Rules` (domain.ts).
 */
export type Behaviour = {
  /** The state as the portal's pages see it (the test API keeps the store itself). */
  store(store: Store): Store;
  /** Lets a customer page through only with a live customer session. */
  requireCustomer(store: Store): MiddlewareHandler<AppEnv>;
  /** Checks a customer's password at login. */
  verifyPassword(password: string, hash: string | null): Promise<boolean>;
  /** « Identifiant oublié »'s answer to an unknown SIRET: the same as to a wrong e-mail, so no account is revealed. */
  unknownSiretAnswer: string;
  /** The partner step's answer to « Valider le code partenaire » with no code typed. */
  emptyPartnerCodeAnswer: string;
  mails: Mails;
  /** What the order page is told of the rules (the server's own checks read the rules themselves). */
  orderPage(rules: Rules, account: Account, partner: Partner | undefined): OrderPageRules;
  orderChecks: OrderChecks;
  /** Login, logout, passwords, signup, users, holders and the manager's columns (account-behaviour.ts). */
  accounts: AccountBehaviour;
};

/** What each mail says (in the skin's words), and the order's PDF form. A mail of null is not sent. */
export type Mails = {
  activation(p: Person, link: string, login: string, skin: Skin): Promise<Mail | null>;
  identifier(p: Person, login: string, skin: Skin): Promise<Mail | null>;
  reset(p: Person, link: string, skin: Skin): Promise<Mail | null>;
  order(o: OrderMailInput & { pdf: Buffer }): Promise<Mail | null>;
  orderForm(o: OrderMailInput): Promise<Buffer>;
};

/** The server's own checks of a posted order that the page makes first: the browser is not trusted. */
export type OrderChecks = {
  /** The CGU box was ticked (`value` is the posted `cgu`). */
  cguAccepted(value: string): boolean;
  /** The price the page showed is the table's. */
  priceAccepted(sent: number, table: number): boolean;
  /** This account may order for a holder other than the person ordering. */
  otherHolderAllowed(account: Account, rules: Rules): boolean;
  /** With « Autre », the purchase-order number given is one (not blank). */
  purchaseOrderAccepted(value: string): boolean;
  /** The payment mode posted is one this account is offered (administrations: « Autre » only). */
  paymentAllowed(account: Account, payment: PaymentMode, rules: Rules): boolean;
  /** The holder posted is an active user of the ordering account. */
  holderOfAccount(holder: User, accountId: string): boolean;
};

export const BEHAVIOUR: Behaviour = {
  store: (store) => store,
  requireCustomer,
  verifyPassword,
  unknownSiretAnswer: IDENTIFIER_REFUSED,
  emptyPartnerCodeAnswer: EMPTY_PARTNER_CODE,
  mails: {
    activation: activationMail,
    identifier: identifierMail,
    reset: resetMail,
    order: orderMail,
    orderForm: orderFormPdf,
  },
  orderPage: orderPageRules,
  orderChecks: {
    cguAccepted: (value) => value === 'on',
    priceAccepted: (sent, table) => Number.isFinite(sent) && Math.abs(sent - table) <= 1e-9,
    otherHolderAllowed: (account, rules) => rules.mayOrderForAnother(account),
    purchaseOrderAccepted: (value) => PURCHASE_ORDER_PATTERN.test(value),
    paymentAllowed: (account, payment, rules) => rules.paymentModesFor(account).includes(payment),
    holderOfAccount: (holder, accountId) => holder.accountId === accountId && holder.active,
  },
  accounts: ACCOUNT_BEHAVIOUR,
};
