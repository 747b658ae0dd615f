import { normaliseSiret } from './domain.ts';
import type { Skin } from './skin.ts';
import type { CustomerAccount, User } from './store.ts';
import { logOut, MIN_PASSWORD_LENGTH } from './web.ts';

/** Why the login form refused someone; the page says the same either way. */
export type LoginRefusal = 'unknown' | 'password';

/**
 * How the portal carries out its account rules (login, logout, passwords, signup, users, holders,
 * the manager's columns), as one replaceable part of `Behaviour` (behaviour.ts): a named defect
 * (defects.ts) replaces one member.
 */
export type AccountBehaviour = {
  /** Only an activated user may log in. */
  mayLogIn(user: User): boolean;
  /** The login form's refusal: the same for an unknown identifier and a wrong password. */
  loginRefusal(reason: LoginRefusal): string;
  /** « Se déconnecter »: ends the session, drops its cookie and goes back to the login page. */
  logOut: typeof logOut;
  /** The shortest password the activation and reset screens accept. */
  minPasswordLength: number;
  /** A new password and its confirmation must be the same. */
  passwordsMatch(password: string, confirmation: string): boolean;
  /** A SIREN starting with 1 or 2 is a public body: an administration. */
  customerTypeOf(siret: string): 'company' | 'administration';
  /** « Identifiant oublié » with an e-mail: the account's user with that address, in any case. */
  identifierRecipient(users: readonly User[], email: string): User | undefined;
  /** « Identifiant oublié » without an e-mail: the active administrator (else an administrator). */
  identifierDefault(users: readonly User[]): User | undefined;
  /** Who a Délégué or Mandataire may order for: the other active users of the account. */
  offeredHolders(users: readonly User[], me: User): User[];
  /** The manager's « Identifiant administrateur »: the login of the account's administrator. */
  adminShown(users: readonly User[]): string;
  /** Only an account administrator is shown « Créer un utilisateur ». */
  showsCreateUserForm(user: User): boolean;
  /** A SIRET has one customer area: `existing` is the one it already has, if any. */
  siretTaken(existing: CustomerAccount | undefined): boolean;
  /** The manager's answer to a company search that finds no account. */
  managerNoResult(query: string, t: Skin['t']): string;
};

export const LOGIN_REFUSED = 'Identifiant ou mot de passe incorrect';

export const ACCOUNT_BEHAVIOUR: AccountBehaviour = {
  mayLogIn: (user) => user.active,
  loginRefusal: () => LOGIN_REFUSED,
  logOut,
  minPasswordLength: MIN_PASSWORD_LENGTH,
  passwordsMatch: (password, confirmation) => password === confirmation,
  customerTypeOf: (siret) => (/^[12]/.test(normaliseSiret(siret)) ? 'administration' : 'company'),
  identifierRecipient: (users, email) => users.find((u) => u.email.toLowerCase() === email.toLowerCase()),
  identifierDefault: (users) =>
    users.find((u) => u.admin && u.active) ?? users.find((u) => u.admin) ?? users[0],
  offeredHolders: (users, me) => users.filter((u) => u.id !== me.id && u.active),
  adminShown: (users) => (users.find((u) => u.admin) ?? users[0])?.login ?? '',
  showsCreateUserForm: (user) => user.admin,
  siretTaken: (existing) => existing !== undefined,
  managerNoResult: (query, t) => t('Aucun compte client ne correspond à « {} ».', query),
};
