import { normaliseSiret } from './siret.ts';
import type { CustomerAccount, User } from './store.ts';

/** Why the login form refused someone; the page says the same either way. */
export type LoginRefusal = 'unknown' | 'password';

/** The manager's answer to a search that finds nothing, before the query is filled in. */
export const NO_ACCOUNT_FOUND = 'Aucun compte client ne correspond à « {} ».';

/** How a build words a text with a value filled in (a skin's `t`, builds/skin.ts). */
export type Wording = (text: typeof NO_ACCOUNT_FOUND, value: string) => string;

/**
 * How the portal carries out its account rules (login, passwords, signup, users, holders, the
 * manager's columns), as one replaceable part of `Behaviour` (http/behaviour.ts): a named defect
 * (test-mode/defects/) replaces one member.
 */
export type AccountBehaviour = {
  /** Only an activated user may log in. */
  mayLogIn(user: User): boolean;
  /** The login form's refusal: the same for an unknown identifier and a wrong password. */
  loginRefusal(reason: LoginRefusal): string;
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
  managerNoResult(query: string, t: Wording): string;
};

export const LOGIN_REFUSED = 'Identifiant ou mot de passe incorrect';
/** « Identifiant oublié »'s refusal, in the guide's words (lowercase i). */
export const IDENTIFIER_REFUSED = 'identifiant ou mot de passe incorrect';
export const MIN_PASSWORD_LENGTH = 8;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An identifier: 3 to 64 characters, no space. */
export const LOGIN_PATTERN = /^\S{3,64}$/;
export const LOGIN_MESSAGE = "L'identifiant doit comporter de 3 à 64 caractères, sans espace.";
export const EMAIL_MESSAGE = "L'adresse e-mail n'est pas valide.";
export const LOGIN_TAKEN = 'Cet identifiant est déjà utilisé.';

export const ACCOUNT_BEHAVIOUR: AccountBehaviour = {
  mayLogIn: (user) => user.active,
  loginRefusal: () => LOGIN_REFUSED,
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
  managerNoResult: (query, t) => t(NO_ACCOUNT_FOUND, query),
};
