import type { Store } from '../../domain/store.ts';
import { sessionOf } from '../../http/sessions.ts';
import type { Defect } from './overrides.ts';
import { accounts, invertCase, mails, storeMethods } from './overrides.ts';

/**
 * Logging in, the customer pages' guard, logging out, passwords and their reset
 * (guide/rules/accounts.ts). Each entry: what the defect breaks (`summary`) and what it
 * replaces (`override`).
 */
export const ACCOUNT_DEFECTS = {
  'login-accepts-wrong-password': {
    summary: 'the login form lets a known identifier in with any password',
    override: { behaviour: () => ({ verifyPassword: async () => true }) },
  },
  'customer-area-without-session': {
    summary: 'customer pages skip the login redirect without a session (the page then fails to render)',
    override: {
      behaviour: (b) => ({
        requireCustomer: (store) => {
          const guard = b.requireCustomer(store);
          // Without a session the page itself is reached, and cannot render.
          return async (c, next) => (sessionOf(c, store, 'customer') ? guard(c, next) : next());
        },
      }),
    },
  },
  'login-reveals-unknown-identifier': {
    summary: 'an unknown identifier gets « Identifiant inconnu. », which tells it from a wrong password',
    override: accounts((a) => ({
      loginRefusal: (reason) => (reason === 'unknown' ? 'Identifiant inconnu.' : a.loginRefusal(reason)),
    })),
  },
  'login-case-sensitive': {
    summary: 'the login form only knows an identifier typed with its own capitals',
    override: storeMethods((s) => ({
      userByLogin: (login) => {
        const user = s.userByLogin(login);
        return user?.login === login.trim() ? user : undefined;
      },
    })),
  },
  'password-caps-lock-accepted': {
    summary:
      'the login form also takes the password typed with Caps Lock on (the case of every letter inverted)',
    override: {
      behaviour: (b) => ({
        verifyPassword: async (password, hash) =>
          (await b.verifyPassword(password, hash)) || b.verifyPassword(invertCase(password), hash),
      }),
    },
  },
  'pending-user-can-log-in': {
    summary: 'a user who has not activated their account gets past the login form',
    override: accounts(() => ({ mayLogIn: () => true })),
  },
  'logout-keeps-session': {
    summary: '« Se déconnecter » only shows the login page: the session and its cookie stay',
    override: {
      behaviour: () => ({
        logOut: (_store, _kind, loginPath) => (c) => Promise.resolve(c.redirect(loginPath, 303)),
      }),
    },
  },
  'logout-keeps-server-session': {
    summary: '« Se déconnecter » drops the cookie but the session stays valid on the server',
    override: {
      behaviour: (b) => ({
        // The store it is handed forgets nothing: only the cookie goes.
        logOut: (store, kind, loginPath) =>
          b.logOut(
            Object.assign(Object.create(store) as Store, { deleteSession: () => undefined }),
            kind,
            loginPath,
          ),
      }),
    },
  },
  'logout-redirects-home': {
    summary: '« Se déconnecter » lands on the home page instead of the login page',
    override: { behaviour: (b) => ({ logOut: (store, kind) => b.logOut(store, kind, '/') }) },
  },
  'password-min-length-off-by-one': {
    summary: 'a new password needs 9 characters, not 8 (8 are refused)',
    override: accounts((a) => ({ minPasswordLength: a.minPasswordLength + 1 })),
  },
  'password-length-not-checked': {
    summary: 'a new password of any length is accepted',
    override: accounts(() => ({ minPasswordLength: 1 })),
  },
  'password-confirmation-ignored': {
    summary: 'a new password is saved even when its confirmation differs',
    override: accounts(() => ({ passwordsMatch: () => true })),
  },
  'reset-link-reusable': {
    summary: 'a password reset link still works after it was used',
    override: storeMethods((s) => ({
      tokenUser: (token, purpose, consume) => s.tokenUser(token, purpose, consume && purpose !== 'reset'),
    })),
  },
  'reset-mail-not-sent': {
    summary: '« Mot de passe oublié » confirms but never sends the reset e-mail',
    override: mails(() => ({ reset: async () => null })),
  },
} satisfies Record<string, Defect>;
