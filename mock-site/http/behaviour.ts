import type { MiddlewareHandler } from 'hono';
import type { Skin } from '../builds/skin.ts';
import type { AccountBehaviour } from '../domain/account-behaviour.ts';
import { ACCOUNT_BEHAVIOUR, IDENTIFIER_REFUSED } from '../domain/account-behaviour.ts';
import type { Partner } from '../domain/catalogue.ts';
import { EMPTY_PARTNER_CODE } from '../domain/catalogue.ts';
import type { OrderChecks } from '../domain/order-checks.ts';
import { ORDER_CHECKS } from '../domain/order-checks.ts';
import type { OrderPageRules } from '../domain/order-page.ts';
import { orderPageRules } from '../domain/order-page.ts';
import type { PortalRules } from '../domain/portal-rules.ts';
import type { AccountKind, Store } from '../domain/store.ts';
import type { Mail } from '../mail/mailer.ts';
import type { OrderMailInput, Person } from '../mail/mails.ts';
import { activationMail, identifierMail, orderMail, resetMail } from '../mail/mails.ts';
import { orderFormPdf } from '../mail/pdf.ts';
import { verifyPassword } from './security.ts';
import { logOut, requireCustomer } from './sessions.ts';
import type { AppEnv } from './web.ts';

/**
 * How the portal carries its rules out, where a regression could creep in, as one value handed to
 * the app (`buildApp({ behaviour })`): `BEHAVIOUR` is the real one; a named defect
 * (test-mode/defects/) starts the mock with a part of it replaced. The rules themselves are
 * `PortalRules` (domain/portal-rules.ts).
 */
export type Behaviour = {
  /** The state as the portal's pages see it (the test API keeps the store itself). */
  store(store: Store): Store;
  /** Lets a customer page through only with a live customer session. */
  requireCustomer(store: Store): MiddlewareHandler<AppEnv>;
  /** The customer's « Se déconnecter »: ends the session, drops its cookie, back to the login page. */
  logOut: typeof logOut;
  /** Checks a customer's password at login. */
  verifyPassword(password: string, hash: string | null): Promise<boolean>;
  /** « Identifiant oublié »'s answer to an unknown SIRET: the same as to a wrong e-mail, so no account is revealed. */
  unknownSiretAnswer: string;
  /** The partner step's answer to « Valider le code partenaire » with no code typed. */
  emptyPartnerCodeAnswer: string;
  mails: Mails;
  /** What the order page is told of the rules (the server's own checks read the rules themselves). */
  orderPage(rules: PortalRules, account: AccountKind, partner: Partner | undefined): OrderPageRules;
  /** The server's own checks of a posted order (domain/order-checks.ts). */
  orderChecks: OrderChecks;
  /** Login, passwords, signup, users, holders and the manager's columns (domain/account-behaviour.ts). */
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

export const BEHAVIOUR: Behaviour = {
  store: (store) => store,
  requireCustomer,
  logOut,
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
  orderChecks: ORDER_CHECKS,
  accounts: ACCOUNT_BEHAVIOUR,
};
