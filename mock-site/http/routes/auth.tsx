import { Hono } from 'hono';
import { IDENTIFIER_REFUSED, normaliseSiret, SIRET_LENGTH_MESSAGE } from '../domain.ts';
import type { AccountBehaviour } from '../account-behaviour.ts';
import { hashPassword } from '../security.ts';
import type { TokenPurpose } from '../store.ts';
import type { Skin, TextKey } from '../skin.ts';
import { Alert, CsrfField, Status, Submit, TextField } from '../views/components.tsx';
import { useSkin } from '../views/skin.ts';
import { Heading, levels, Region } from '../views/structure.tsx';
import { Layout } from '../views/layout.tsx';
import type { AppEnv, Ctx, Deps, Form } from '../web.ts';
import {
  checkPreSessionCsrf,
  field,
  preSessionCsrf,
  readForm,
  sendMail,
  startSession,
  tokenLink,
} from '../web.ts';

function LoginPage(p: { csrf: string; login?: string; error?: string }) {
  const { t, markup, paths, fields } = useSkin();
  const level = levels('login');
  return (
    <Layout title="Connexion à votre espace client">
      <Heading level={level.page}>Connexion à votre espace client</Heading>
      <div class={markup.cls('columns')}>
        <Region id="deja-client" title="Déjà client ?" level={level.part}>
          <Alert message={p.error} />
          <form method="post" action={paths.login} novalidate>
            <CsrfField token={p.csrf} />
            <TextField
              form="login"
              id="identifiant"
              name={fields.login.identifiant}
              label="Identifiant :"
              value={p.login}
              autocomplete="username"
              after={
                <a class="field__aside" href={paths.forgottenIdentifier}>
                  Identifiant oublié ?
                </a>
              }
            />
            <TextField
              form="login"
              id="mot_de_passe"
              name={fields.login.mot_de_passe}
              label="Mot de passe :"
              type="password"
              autocomplete="current-password"
              after={
                <a class="field__aside" href={paths.forgottenPassword}>
                  Mot de passe oublié ?
                </a>
              }
            />
            <Submit form="login" label="Se connecter" />
          </form>
        </Region>
        <Region id="nouveau-client" title={t('Nouveau client ?')} level={level.part}>
          <p>{t("Pour commander un certificat, créez d'abord l'espace client de votre société.")}</p>
          <a class={`${markup.cls('button')} ${markup.cls('button--secondary')}`} href={paths.signup}>
            {t('Créer votre espace client')}
          </a>
        </Region>
      </div>
    </Layout>
  );
}

function ForgottenIdentifierPage(p: {
  csrf: string;
  siret?: string;
  email?: string;
  error?: string;
  sent?: boolean;
}) {
  const { t, markup, paths } = useSkin();
  return (
    <Layout title="Identifiant oublié">
      <Heading level={levels('forgottenIdentifier').page}>Identifiant oublié</Heading>
      <p>
        {t("Saisissez le SIRET de votre société, et si vous le souhaitez l'adresse e-mail de votre compte.")}
      </p>
      <Alert message={p.error} />
      <Status message={p.sent ? t('Votre identifiant vous a été envoyé par e-mail.') : undefined} />
      <form method="post" action={paths.forgottenIdentifier} novalidate class={markup.cls('card')}>
        <CsrfField token={p.csrf} />
        <TextField
          form="forgottenIdentifier"
          id="siret"
          name="siret"
          label="SIRET"
          value={p.siret}
          required
          inputmode="numeric"
          hint={t('14 chiffres, espaces acceptés')}
        />
        <TextField
          form="forgottenIdentifier"
          id="email"
          name="email"
          label={t('Adresse e-mail')}
          type="email"
          value={p.email}
          autocomplete="email"
        />
        <Submit form="forgottenIdentifier" label={t('Recevoir mon identifiant')} />
      </form>
      <p>
        <a href={paths.login}>{t('Retour à la connexion')}</a>
      </p>
    </Layout>
  );
}

function ForgottenPasswordPage(p: { csrf: string; sent?: boolean; error?: string }) {
  const { t, markup, paths } = useSkin();
  return (
    <Layout title="Mot de passe oublié">
      <Heading level={levels('forgottenPassword').page}>Mot de passe oublié</Heading>
      <Alert message={p.error} />
      <Status
        message={
          p.sent ? t('Si ce compte existe, un e-mail de réinitialisation vous a été envoyé.') : undefined
        }
      />
      <form method="post" action={paths.forgottenPassword} novalidate class={markup.cls('card')}>
        <CsrfField token={p.csrf} />
        <TextField
          form="forgottenPassword"
          id="identifiant"
          name="identifiant"
          label={t('Identifiant')}
          required
          autocomplete="username"
        />
        <Submit form="forgottenPassword" label={t('Réinitialiser mon mot de passe')} />
      </form>
      <p>
        <a href={paths.login}>{t('Retour à la connexion')}</a>
      </p>
    </Layout>
  );
}

/** The two screens that set a password from a mailed link; texts are the skin's words' keys. */
type PasswordScreen = {
  path: (skin: Skin) => string;
  purpose: TokenPurpose;
  title: TextKey;
  passwordLabel: TextKey;
  button: TextKey;
  done: TextKey;
};

const RESET_SCREEN: PasswordScreen = {
  path: (skin) => skin.paths.resetPassword,
  purpose: 'reset',
  title: 'Nouveau mot de passe',
  passwordLabel: 'Nouveau mot de passe',
  button: 'Enregistrer le mot de passe',
  done: 'Votre mot de passe a été enregistré.',
};

const ACTIVATION_SCREEN: PasswordScreen = {
  path: (skin) => skin.paths.activation,
  purpose: 'activation',
  title: 'Activation de votre compte',
  passwordLabel: 'Mot de passe',
  button: 'Activer mon compte',
  done: 'Votre compte est activé.',
};

const INVALID_LINK = "Ce lien n'est plus valide. Veuillez refaire la demande.";

function PasswordPage(p: {
  screen: PasswordScreen;
  csrf: string;
  token: string;
  error?: string;
  done?: boolean;
  login?: string;
  /** The shortest password accepted, which the hint states. */
  minLength?: number;
}) {
  const skin = useSkin();
  const { t, markup, paths, fields } = skin;
  const s = p.screen;
  return (
    <Layout title={t(s.title)}>
      <Heading level={levels('password').page}>{t(s.title)}</Heading>
      <Alert message={p.error} />
      {p.done ? (
        <>
          <Status message={t(s.done)} />
          <p>
            <a class={markup.cls('button')} href={paths.login}>
              Se connecter
            </a>
          </p>
        </>
      ) : (
        p.token && (
          <form method="post" action={s.path(skin)} novalidate class={markup.cls('card')}>
            <CsrfField token={p.csrf} />
            <input type="hidden" name={fields.password.jeton} value={p.token} />
            {p.login && (
              <p>
                Identifiant : <strong>{p.login}</strong>
              </p>
            )}
            <TextField
              form="password"
              id="mot_de_passe"
              name={fields.password.mot_de_passe}
              label={t(s.passwordLabel)}
              type="password"
              required
              autocomplete="new-password"
              hint={t('Au moins {} caractères.', p.minLength ?? '')}
            />
            <TextField
              form="password"
              id="confirmation"
              name={fields.password.confirmation}
              label={t('Confirmez le mot de passe')}
              type="password"
              required
              autocomplete="new-password"
            />
            <Submit form="password" label={t(s.button)} />
          </form>
        )
      )}
    </Layout>
  );
}

/** The first problem with a new password, in the skin's words (`label`: the password field's). */
export function passwordProblem(
  skin: Skin,
  accounts: Pick<AccountBehaviour, 'minPasswordLength' | 'passwordsMatch'>,
  password: string,
  confirmation: string,
  label: string,
): string | undefined {
  const { t } = skin;
  if (!password) return t('Veuillez renseigner : {}', label);
  if (!confirmation) return t('Veuillez renseigner : {}', t('Confirmez le mot de passe'));
  if (password.length < accounts.minPasswordLength)
    return t('Le mot de passe doit comporter au moins {} caractères.', accounts.minPasswordLength);
  if (password.length > 200) return 'Le mot de passe est trop long.';
  if (!accounts.passwordsMatch(password, confirmation)) return t('Les mots de passe ne correspondent pas.');
  return undefined;
}

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

  app.post(paths.logout, behaviour.accounts.logOut(store, 'customer', paths.login));

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
