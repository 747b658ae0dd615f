import type { Duration, OsValue } from './catalogue.ts';
import type { PaymentMode } from './payment.ts';

/**
 * What the portal keeps: customer accounts and their users, staff, orders, sessions and mailed
 * tokens, behind the `Store` interface (http/memory-store.ts keeps them in memory).
 */

/**
 * What kind of customer an account is. `administration` customers pay only by purchase order;
 * `delegue` and `mandataire` accounts may order for another person of the account.
 */
export type AccountKind = {
  customerType: 'company' | 'administration';
  delegue: boolean;
  mandataire: boolean;
};

/** A company's customer area. */
export type CustomerAccount = AccountKind & { id: string; company: string; siret: string };

export type User = {
  id: string;
  accountId: string;
  firstName: string;
  lastName: string;
  email: string;
  login: string;
  passwordHash: string | null;
  admin: boolean;
  active: boolean;
};

export type Staff = { id: string; login: string; passwordHash: string };

export type Order = {
  number: string;
  accountId: string;
  orderedBy: string;
  holderId: string;
  productSlug: string;
  duration: Duration;
  os: OsValue;
  payment: PaymentMode;
  purchaseOrder: string | null;
  totalHT: number;
  partner: string | null;
  createdAt: Date;
};

export type SessionKind = 'customer' | 'staff';
export type Session = { id: string; kind: SessionKind; principalId: string; csrf: string; expiresAt: number };

/** The customer a request is signed in as (its session, user and account), as routes and pages see them. */
export type CustomerContext = { session: Session; user: User; account: CustomerAccount };
/** The staff member a request is signed in as. */
export type StaffContext = { session: Session; staff: Staff };

export type TokenPurpose = 'activation' | 'reset';

/** A company known to Certigna's registry (an old customer) that has no customer area. */
export type RegistryEntry = { company: string; siret: string };

/** The portal's state. In memory here; the interface keeps routes independent of where it lives. */
export interface Store {
  addRegistryEntry(entry: RegistryEntry): void;
  registryEntry(siret: string): RegistryEntry | undefined;

  createAccount(data: Omit<CustomerAccount, 'id'>): CustomerAccount;
  account(id: string): CustomerAccount | undefined;
  accountBySiret(siret: string): CustomerAccount | undefined;
  searchAccounts(query: string): CustomerAccount[];
  setMandataire(accountId: string): CustomerAccount | undefined;

  createUser(data: Omit<User, 'id'>): User;
  user(id: string): User | undefined;
  userByLogin(login: string): User | undefined;
  usersOf(accountId: string): User[];
  updateUser(id: string, patch: Partial<Pick<User, 'passwordHash' | 'active'>>): void;

  createStaff(data: Omit<Staff, 'id'>): Staff;
  staff(id: string): Staff | undefined;
  staffByLogin(login: string): Staff | undefined;

  createSession(kind: SessionKind, principalId: string): Session;
  session(id: string, kind: SessionKind): Session | undefined;
  deleteSession(id: string): void;

  createToken(userId: string, purpose: TokenPurpose): string;
  /** The user a token was issued for, if it is still valid; `consume` makes it single-use. */
  tokenUser(token: string, purpose: TokenPurpose, consume: boolean): string | undefined;

  /** Stores an order under the next number, written by `numberOf` (the skin's format). */
  addOrder(data: Omit<Order, 'number' | 'createdAt'>, numberOf: (seq: number, at: Date) => string): Order;
  order(number: string): Order | undefined;
  ordersOf(accountId: string): Order[];

  /** Forget everything. */
  clear(): void;
}
