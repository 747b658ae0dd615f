import { Hono } from 'hono';
import { IDENTIFIER_REFUSED } from '../../domain/account-behaviour.ts';
import { normaliseSiret, SIRET_LENGTH_MESSAGE } from '../../domain/siret.ts';
import { ForgottenIdentifierPage } from '../../views/forgotten-identifier.tsx';
import { ForgottenPasswordPage } from '../../views/forgotten-password.tsx';
import { LoginPage } from '../../views/login.tsx';
import { ACTIVATION_SCREEN, INVALID_LINK, PasswordPage, RESET_SCREEN } from '../../views/password.tsx';
import type { Deps } from '../deps.ts';
import { sendMail } from '../deps.ts';
import { passwordProblem } from '../form-checks.ts';
import { hashPassword } from '../security.ts';
import { checkPreSessionCsrf, preSessionCsrf, startSession } from '../sessions.ts';
import type { AppEnv, Ctx, Form } from '../web.ts';
import { field, readForm, tokenLink } from '../web.ts';

/** Login, logout, « Identifiant oublié », « Mot de passe oublié », and the two password screens. */
export function authRoutes(deps: Deps) {
  const { store, rules, behaviour, skin } = deps;
  const { paths, t } = skin;
  const app = new Hono<AppEnv>();

  app.get(paths.login, (c) => c.html(<LoginPage csrf={preSessionCsrf(c)} />));

  app.post(paths.login, async (c) => {
    const form = await readForm(c, 'login');
    checkPreSessionCsrf(c, form);
    const login = field(form, 'identifiant');
    const password = form.mot_de_passe ?? '';
    const user = login ? store.userByLogin(login) : undefined;
    const ok =
      user &&
      behaviour.accounts.mayLogIn(user) &&
      (await behaviour.verifyPassword(password, user.passwordHash));
    if (!user || !ok) {
      const error = behaviour.accounts.loginRefusal(user ? 'password' : 'unknown');
      return c.html(<LoginPage csrf={preSessionCsrf(c)} login={login} error={error} />, 401);
    }
    startSession(c, store, 'customer', user.id);
    return c.redirect(paths.area, 303);
  });

  app.post(paths.logout, behaviour.logOut(store, 'customer', paths.login));

  app.get(paths.forgottenIdentifier, (c) => c.html(<ForgottenIdentifierPage csrf={preSessionCsrf(c)} />));

  app.post(paths.forgottenIdentifier, async (c) => {
    const form = await readForm(c);
    checkPreSessionCsrf(c, form);
    const siretInput = field(form, 'siret');
    const email = field(form, 'email');
    const again = (error: string, status: 400 | 401) =>
      c.html(
        <ForgottenIdentifierPage
          csrf={preSessionCsrf(c)}
          siret={siretInput}
          email={email}
          error={skin.say(error)}
        />,
        status,
      );
    if (!siretInput) return again(t('Veuillez renseigner : {}', 'SIRET'), 400);
    const siret = normaliseSiret(siretInput);
    if (!/^\d{14}$/.test(siret)) return again(SIRET_LENGTH_MESSAGE, 400);
    // An invalid SIRET cannot belong to an account: answered like an unknown one.
    const account = rules.checkSiret(siret).ok ? store.accountBySiret(siret) : undefined;
    if (!account) return again(behaviour.unknownSiretAnswer, 401);
    const users = store.usersOf(account.id);
    const user = email
      ? behaviour.accounts.identifierRecipient(users, email)
      : behaviour.accounts.identifierDefault(users);
    if (!user) return again(IDENTIFIER_REFUSED, 401);
    sendMail(deps, behaviour.mails.identifier(user, user.login, skin));
    return c.html(<ForgottenIdentifierPage csrf={preSessionCsrf(c)} sent />);
  });

  app.get(paths.forgottenPassword, (c) => c.html(<ForgottenPasswordPage csrf={preSessionCsrf(c)} />));

  app.post(paths.forgottenPassword, async (c) => {
    const form = await readForm(c);
    checkPreSessionCsrf(c, form);
    const login = field(form, 'identifiant');
    if (!login) {
      return c.html(
        <ForgottenPasswordPage
          csrf={preSessionCsrf(c)}
          error={t('Veuillez renseigner : {}', t('Identifiant'))}
        />,
        400,
      );
    }
    const user = store.userByLogin(login);
    if (user) {
      const token = store.createToken(user.id, 'reset');
      sendMail(deps, behaviour.mails.reset(user, tokenLink(c, paths.resetPassword, token), skin));
    }
    // Same answer whether or not the account exists: no account enumeration.
    return c.html(<ForgottenPasswordPage csrf={preSessionCsrf(c)} sent />);
  });

  for (const screen of [RESET_SCREEN, ACTIVATION_SCREEN]) {
    const invalid = (c: Ctx) =>
      c.html(<PasswordPage screen={screen} csrf={preSessionCsrf(c)} token="" error={t(INVALID_LINK)} />, 400);

    app.get(screen.path(skin), (c: Ctx) => {
      const token = c.req.query(skin.fields.password.jeton) ?? '';
      const userId = token ? store.tokenUser(token, screen.purpose, false) : undefined;
      const user = userId ? store.user(userId) : undefined;
      if (!user) return invalid(c);
      return c.html(
        <PasswordPage
          screen={screen}
          csrf={preSessionCsrf(c)}
          token={token}
          login={user.login}
          minLength={behaviour.accounts.minPasswordLength}
        />,
      );
    });

    app.post(screen.path(skin), async (c: Ctx) => {
      const form: Form = await readForm(c, 'password');
      checkPreSessionCsrf(c, form);
      const token = field(form, 'jeton');
      const userId = token ? store.tokenUser(token, screen.purpose, false) : undefined;
      const user = userId ? store.user(userId) : undefined;
      if (!user) return invalid(c);
      const problem = passwordProblem(
        skin,
        behaviour.accounts,
        form.mot_de_passe ?? '',
        form.confirmation ?? '',
        t(screen.passwordLabel),
      );
      if (problem) {
        return c.html(
          <PasswordPage
            screen={screen}
            csrf={preSessionCsrf(c)}
            token={token}
            login={user.login}
            minLength={behaviour.accounts.minPasswordLength}
            error={problem}
          />,
          400,
        );
      }
      store.tokenUser(token, screen.purpose, true);
      // Following a link sent to the address proves it, so a reset also activates.
      store.updateUser(user.id, { passwordHash: await hashPassword(form.mot_de_passe ?? ''), active: true });
      return c.html(<PasswordPage screen={screen} csrf={preSessionCsrf(c)} token="" done />);
    });
  }

  return app;
}
