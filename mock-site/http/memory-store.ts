import { searchKey } from '../domain/text.ts';
import type {
  CustomerAccount,
  Order,
  RegistryEntry,
  Session,
  SessionKind,
  Staff,
  Store,
  TokenPurpose,
  User,
} from '../domain/store.ts';
import { randomToken } from './security.ts';

/** The portal's state in memory (one per process): what `Store` (domain/store.ts) describes. */

const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export class MemoryStore implements Store {
  private registry = new Map<string, RegistryEntry>();
  private accounts = new Map<string, CustomerAccount>();
  private users = new Map<string, User>();
  private staffs = new Map<string, Staff>();
  private sessions = new Map<string, Session>();
  private tokens = new Map<string, { userId: string; purpose: TokenPurpose; expiresAt: number }>();
  private orders = new Map<string, Order>();
  private nextId = 1;
  private orderSeq = 123;

  private id(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  addRegistryEntry(entry: RegistryEntry) {
    this.registry.set(entry.siret, entry);
  }
  registryEntry(siret: string) {
    return this.registry.get(siret);
  }

  createAccount(data: Omit<CustomerAccount, 'id'>) {
    const account = { ...data, id: this.id('a') };
    this.accounts.set(account.id, account);
    return account;
  }
  account(id: string) {
    return this.accounts.get(id);
  }
  accountBySiret(siret: string) {
    return [...this.accounts.values()].find((a) => a.siret === siret);
  }
  searchAccounts(query: string) {
    const key = searchKey(query);
    return [...this.accounts.values()]
      .filter((a) => searchKey(a.company).includes(key))
      .sort((a, b) => a.company.localeCompare(b.company, 'fr'));
  }
  setMandataire(accountId: string) {
    const account = this.accounts.get(accountId);
    if (account) account.mandataire = true;
    return account;
  }

  createUser(data: Omit<User, 'id'>) {
    const user = { ...data, id: this.id('u') };
    this.users.set(user.id, user);
    return user;
  }
  user(id: string) {
    return this.users.get(id);
  }
  userByLogin(login: string) {
    const wanted = login.trim().toLowerCase();
    return [...this.users.values()].find((u) => u.login.toLowerCase() === wanted);
  }
  usersOf(accountId: string) {
    return [...this.users.values()].filter((u) => u.accountId === accountId);
  }
  updateUser(id: string, patch: Partial<Pick<User, 'passwordHash' | 'active'>>) {
    const user = this.users.get(id);
    if (user) Object.assign(user, patch);
  }

  createStaff(data: Omit<Staff, 'id'>) {
    const staff = { ...data, id: this.id('s') };
    this.staffs.set(staff.id, staff);
    return staff;
  }
  staff(id: string) {
    return this.staffs.get(id);
  }
  staffByLogin(login: string) {
    const wanted = login.trim().toLowerCase();
    return [...this.staffs.values()].find((s) => s.login.toLowerCase() === wanted);
  }

  createSession(kind: SessionKind, principalId: string) {
    const session = {
      id: randomToken(),
      kind,
      principalId,
      csrf: randomToken(),
      expiresAt: Date.now() + SESSION_TTL_MS,
    };
    this.sessions.set(session.id, session);
    return session;
  }
  session(id: string, kind: SessionKind) {
    const session = this.sessions.get(id);
    if (!session || session.kind !== kind) return undefined;
    if (session.expiresAt < Date.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }
  deleteSession(id: string) {
    this.sessions.delete(id);
  }

  createToken(userId: string, purpose: TokenPurpose) {
    const token = randomToken();
    this.tokens.set(token, { userId, purpose, expiresAt: Date.now() + TOKEN_TTL_MS });
    return token;
  }
  tokenUser(token: string, purpose: TokenPurpose, consume: boolean) {
    const entry = this.tokens.get(token);
    if (!entry || entry.purpose !== purpose || entry.expiresAt < Date.now()) return undefined;
    if (consume) this.tokens.delete(token);
    return entry.userId;
  }

  addOrder(data: Omit<Order, 'number' | 'createdAt'>, numberOf: (seq: number, at: Date) => string) {
    const createdAt = new Date();
    const number = numberOf(this.orderSeq++, createdAt);
    const order = { ...data, number, createdAt };
    this.orders.set(number, order);
    return order;
  }
  order(number: string) {
    return this.orders.get(number);
  }
  ordersOf(accountId: string) {
    return [...this.orders.values()].filter((o) => o.accountId === accountId);
  }

  clear() {
    this.registry.clear();
    this.accounts.clear();
    this.users.clear();
    this.staffs.clear();
    this.sessions.clear();
    this.tokens.clear();
    this.orders.clear();
  }
}
