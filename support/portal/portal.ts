import type { BrowserContext } from '@playwright/test';
import type { Credentials, Person } from '../../pages/model.ts';
import type { Mailbox } from '../mail/mailbox.ts';
import type { AccountOptions } from './seed.ts';
import type { PortalProfile } from '../profile.ts';
import type { Mode } from '../target/target.ts';
import type { Account, AccountKind, SessionCookie, StoredOrder, User } from './test-api.ts';

/**
 * The portal under test as the fixtures use it: the one place that knows whether it is the mock
 * (test API), a staging portal (its own screens, may write) or production (configured accounts,
 * read-only). Chosen once per worker; every public fixture is built on it, and specs never ask.
 */
export interface Portal {
  readonly mode: Mode;
  /** A test's default customer account of a kind (skips, saying why, when this portal has none). */
  customer(kind: AccountKind): Promise<Account>;
  /** A fresh account of a kind, unique to the test. */
  createAccount(kind: AccountKind, options?: AccountOptions): Promise<Account>;
  /** A person not yet known to the portal (unique e-mail and login; marked « E2E » on staging). */
  newPerson(): Person;
  /** An administrator of the customer's account (or of a configured one). */
  accountAdmin(customer: Account): User;
  /** An active user of the customer's account other than `me`, created if need be. */
  colleague(customer: Account, me: User): Promise<User>;
  /** Credentials of a staff user of the manager. */
  staff(): Promise<Credentials>;
  /** Puts a ready session of the user into the browser context. */
  logIn(user: Pick<User, 'login' | 'password'>, context: BrowserContext): Promise<void>;
  /** Puts a ready staff session into the browser context. */
  logInStaff(context: BrowserContext): Promise<void>;
  /** A session cookie of a user the suite knows, for requests outside the browser. */
  sessionCookie(login: string): Promise<SessionCookie>;
  /** The orders the portal keeps for the account, read as it shows them. */
  orders(customer: Account): PortalOrders;
  /** Where the portal's e-mails are read (skips when none is configured). */
  mailbox(): Mailbox;
}

/** What the portal stored for one customer account, as the portal reads it back. */
export interface PortalOrders {
  /** The account, as a message names it. */
  readonly account: string;
  /** The fields this read-back shows (« Vos commandes » shows fewer than the mock's store). */
  readonly shows?: readonly (keyof StoredOrder)[];
  list(): Promise<StoredOrder[]>;
}

/** What the portal stored for one customer account, as the matchers read it. */
export interface StoredOrders extends PortalOrders {
  /** The build's price table (its profile): an order's total is its product's price for its duration. */
  readonly prices: PortalProfile['prices'];
}
