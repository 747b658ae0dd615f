import {
  LA_POSTE_SIREN,
  luhnValid,
  normaliseSiret,
  SIRET_INVALID_MESSAGE,
  SIRET_LENGTH_MESSAGE,
} from '../../domain/siret.ts';
import { searchKey } from '../../domain/text.ts';
import type { User } from '../../domain/store.ts';
import type { Defect } from './overrides.ts';
import { accounts, mails, siret, storeMethods } from './overrides.ts';

/**
 * Customer areas and SIRETs, the forgotten identifier, activation, users, the holders offered and
 * the manager (guide/rules/signup-and-users.ts). Each entry: what the defect breaks (`summary`)
 * and what it replaces (`override`).
 */
export const SIGNUP_AND_USER_DEFECTS = {
  'forgotten-identifier-reveals-unknown-siret': {
    summary:
      'an unknown SIRET gets « Aucun espace client pour ce SIRET. » instead of the guide’s neutral message',
    override: {
      behaviour: () => ({ unknownSiretAnswer: 'Aucun espace client pour ce SIRET.' }),
    },
  },
  'identifier-mail-not-sent': {
    summary: '« Identifiant oublié » confirms but never sends the identifier e-mail',
    override: mails(() => ({ identifier: async () => null })),
  },
  'activation-link-broken': {
    summary:
      'opening the activation link uses its token up, so activating then says the link is no longer valid',
    override: storeMethods((s) => ({
      tokenUser: (token, purpose, consume) =>
        s.tokenUser(token, purpose, consume || purpose === 'activation'),
    })),
  },
  'signup-accepts-invalid-siret': {
    summary: 'creating a customer area no longer checks the SIRET (Luhn)',
    override: {
      rules: () => ({ checkSiret: (input) => ({ ok: true, siret: normaliseSiret(input) }) }),
    },
  },
  'siret-la-poste-refused': {
    summary: 'a La Poste SIRET (SIREN 356000000, digit sum a multiple of 5) is refused by the Luhn check',
    override: siret((input, check) => {
      const checked = check(input);
      return checked.ok && !luhnValid(checked.siret)
        ? { ok: false, message: SIRET_INVALID_MESSAGE }
        : checked;
    }),
  },
  'siret-la-poste-any-accepted': {
    summary: 'any 14-digit SIRET of La Poste’s SIREN is accepted, whatever its digit sum',
    override: siret((input, check) => {
      const digits = normaliseSiret(input);
      return /^\d{14}$/.test(digits) && digits.startsWith(LA_POSTE_SIREN)
        ? { ok: true, siret: digits }
        : check(input);
    }),
  },
  'siret-spaces-refused': {
    summary: 'a SIRET typed with spaces (« 732 829 320 00074 ») is refused as not 14 digits',
    override: siret((input, check) =>
      /\s/.test(input) ? { ok: false, message: SIRET_LENGTH_MESSAGE } : check(input),
    ),
  },
  'siret-too-long-cut': {
    summary: 'a SIRET of more than 14 digits is cut to its first 14 instead of being refused',
    override: siret((input, check) => check(normaliseSiret(input).slice(0, 14))),
  },
  'signup-administration-as-company': {
    summary:
      'an administration (SIREN starting with 1 or 2) that creates its customer area is made a company',
    override: accounts(() => ({ customerTypeOf: () => 'company' })),
  },
  'activation-mail-shows-email': {
    summary: 'the activation e-mail gives the e-mail address where it should give the identifier',
    override: mails((m) => ({
      activation: (p, link, _login, skin) => m.activation(p, link, p.email, skin),
    })),
  },
  'identifier-mail-gives-email': {
    summary: 'the « Identifiant oublié » e-mail gives the e-mail address instead of the identifier',
    override: mails((m) => ({
      identifier: (p, _login, skin) => m.identifier(p, p.email, skin),
    })),
  },
  'forgotten-identifier-ignores-email': {
    summary:
      '« Identifiant oublié » with a SIRET and an unknown e-mail sends the identifier to the administrator',
    override: accounts((a) => ({
      identifierRecipient: (users, email) =>
        a.identifierRecipient(users, email) ?? a.identifierDefault(users),
    })),
  },
  'forgotten-identifier-email-case-sensitive': {
    summary: '« Identifiant oublié » refuses the account’s e-mail address typed in another case',
    override: accounts(() => ({
      identifierRecipient: (users, email) => users.find((u) => u.email === email),
    })),
  },
  'identifier-mail-to-pending-admin': {
    summary:
      '« Identifiant oublié » with a SIRET only writes to the first administrator, even one not yet activated',
    override: accounts(() => ({
      identifierDefault: (users) => users.find((u) => u.admin) ?? users[0],
    })),
  },
  'created-user-listed-active': {
    summary: 'a user an administrator creates is listed « Actif » before activating',
    override: storeMethods((s) => ({
      createUser: (data) => s.createUser({ ...data, active: true }),
    })),
  },
  'activated-user-not-active': {
    summary: 'activating an account saves the password but leaves the user unable to log in',
    override: storeMethods((s) => ({
      updateUser: (id, patch) => s.updateUser(id, { ...patch, active: s.user(id)?.active ?? false }),
    })),
  },
  'created-user-is-admin': {
    summary: 'a user an administrator creates is an administrator too (may create users)',
    override: storeMethods((s) => ({
      createUser: (data) => s.createUser({ ...data, admin: true }),
    })),
  },
  'create-user-form-shown-to-everyone': {
    summary: '« Créer un utilisateur » is shown to users who are not administrators',
    override: accounts(() => ({ showsCreateUserForm: () => true })),
  },
  'pending-users-offered-as-holders': {
    summary: 'users not yet activated are offered as « Autre porteur »',
    override: accounts(() => ({
      offeredHolders: (users, me) => users.filter((u) => u.id !== me.id),
    })),
  },
  'self-offered-as-other-holder': {
    summary: 'the person ordering is offered as « Autre porteur » too',
    override: accounts(() => ({
      offeredHolders: (users) => users.filter((u) => u.active),
    })),
  },
  'manager-search-case-sensitive': {
    summary: 'the manager’s company search only finds the name typed with its capitals',
    override: storeMethods((s) => ({
      searchAccounts: (query) => s.searchAccounts(query).filter((a) => a.company.includes(query.trim())),
    })),
  },
  'mandataire-switch-not-saved': {
    summary: '« Activer la fonction mandataire » is not saved on the account',
    override: storeMethods((s) => ({ setMandataire: (id) => s.account(id) })),
  },
  'manager-search-prefix-only': {
    summary: 'the manager’s company search only finds names that start with what is typed',
    override: storeMethods((s) => ({
      searchAccounts: (query) =>
        s.searchAccounts(query).filter((a) => searchKey(a.company).startsWith(searchKey(query))),
    })),
  },
  'manager-search-accent-sensitive': {
    summary: 'the manager’s company search needs the accents typed as in the name',
    override: storeMethods((s) => ({
      searchAccounts: (query) =>
        s.searchAccounts(query).filter((a) => a.company.toLowerCase().includes(query.trim().toLowerCase())),
    })),
  },
  'manager-accepts-customer-login': {
    summary: 'the manager’s login looks customers up too: a customer’s identifier and password open it',
    override: storeMethods((s) => {
      // A customer user standing in for a staff member, as a lookup in the wrong table would give.
      const asStaff = (u: User | undefined) =>
        u?.passwordHash ? { id: u.id, login: u.login, passwordHash: u.passwordHash } : undefined;
      return {
        staffByLogin: (login) => s.staffByLogin(login) ?? asStaff(s.userByLogin(login)),
        staff: (id) => s.staff(id) ?? asStaff(s.user(id)),
      };
    }),
  },
  'manager-shows-admin-email': {
    summary: 'the manager’s « Identifiant administrateur » column shows the e-mail address',
    override: accounts(() => ({
      adminShown: (users) => (users.find((u) => u.admin) ?? users[0])?.email ?? '',
    })),
  },
} satisfies Record<string, Defect>;
