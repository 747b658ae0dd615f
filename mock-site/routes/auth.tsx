import { Hono } from 'hono';
import { IDENTIFIER_REFUSED, normaliseSiret, SIRET_LENGTH_MESSAGE } from '../domain.ts';
import { hashPassword } from '../security.ts';
import type { TokenPurpose } from '../store.ts';
import { Alert, CsrfField, Status, TextField } from '../views/components.tsx';
import { Layout } from '../views/layout.tsx';
import type { AppEnv, Ctx, Deps, Form } from '../web.ts';
import {
  checkPreSessionCsrf,
  field,
  logOut,
  MIN_PASSWORD_LENGTH,
  origin,
  preSessionCsrf,
  readForm,
  sendMail,
  startSession,
} from '../web.ts';

const WRONG_CREDENTIALS = 'Identifiant ou mot de passe incorrect';

function LoginPage(p: { csrf: string; login?: string; error?: string }) {
  return (
    <Layout title="Connexion à votre espace client">
      <h1>Connexion à votre espace client</h1>
      <div class="columns">
        <section class="card" aria-labelledby="deja-client">
          <h2 id="deja-client">Déjà client ?</h2>
          <Alert message={p.error} />
          <form method="post" action="/connexion" novalidate>
            <CsrfField token={p.csrf} />
            <div class="field">
              <label for="identifiant">Identifiant :</label>
              <input
                id="identifiant"
                name="identifiant"
                type="text"
                value={p.login}
                autocomplete="username"
              />
              <a class="field__aside" href="/identifiant-oublie">
                Identifiant oublié ?
              </a>
            </div>
            <div class="field">
              <label for="mot_de_passe">Mot de passe :</label>
              <input id="mot_de_passe" name="mot_de_passe" type="password" autocomplete="current-password" />
              <a class="field__aside" href="/mot-de-passe-oublie">
                Mot de passe oublié ?
              </a>
            </div>
            <button type="submit" class="button">
              Se connecter
            </button>
          </form>
        </section>
        <section class="card" aria-labelledby="nouveau-client">
          <h2 id="nouveau-client">Nouveau client ?</h2>
          <p>Pour commander un certificat, créez d'abord l'espace client de votre société.</p>
          <a class="button button--secondary" href="/creer-espace-client">
            Créer votre espace client
          </a>
        </section>
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
  return (
    <Layout title="Identifiant oublié">
      <h1>Identifiant oublié</h1>
      <p>Saisissez le SIRET de votre société, et si vous le souhaitez l'adresse e-mail de votre compte.</p>
      <Alert message={p.error} />
      <Status message={p.sent ? 'Votre identifiant vous a été envoyé par e-mail.' : undefined} />
      <form method="post" action="/identifiant-oublie" novalidate class="card">
        <CsrfField token={p.csrf} />
        <TextField
          id="siret"
          name="siret"
          label="SIRET"
          value={p.siret}
          required
          inputmode="numeric"
          hint="14 chiffres, espaces acceptés"
        />
        <TextField
          id="email"
          name="email"
          label="Adresse e-mail"
          type="email"
          value={p.email}
          autocomplete="email"
        />
        <button type="submit" class="button">
          Recevoir mon identifiant
        </button>
      </form>
      <p>
        <a href="/connexion">Retour à la connexion</a>
      </p>
    </Layout>
  );
}

function ForgottenPasswordPage(p: { csrf: string; sent?: boolean; error?: string }) {
  return (
    <Layout title="Mot de passe oublié">
      <h1>Mot de passe oublié</h1>
      <Alert message={p.error} />
      <Status
        message={p.sent ? 'Si ce compte existe, un e-mail de réinitialisation vous a été envoyé.' : undefined}
      />
      <form method="post" action="/mot-de-passe-oublie" novalidate class="card">
        <CsrfField token={p.csrf} />
        <TextField id="identifiant" name="identifiant" label="Identifiant" required autocomplete="username" />
        <button type="submit" class="button">
          Réinitialiser mon mot de passe
        </button>
      </form>
      <p>
        <a href="/connexion">Retour à la connexion</a>
      </p>
    </Layout>
  );
}

type PasswordScreen = {
  path: string;
  purpose: TokenPurpose;
  title: string;
  passwordLabel: string;
  button: string;
  done: string;
};

const RESET_SCREEN: PasswordScreen = {
  path: '/nouveau-mot-de-passe',
  purpose: 'reset',
  title: 'Nouveau mot de passe',
  passwordLabel: 'Nouveau mot de passe',
  button: 'Enregistrer le mot de passe',
  done: 'Votre mot de passe a été enregistré.',
};

const ACTIVATION_SCREEN: PasswordScreen = {
  path: '/activation',
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
}) {
  const s = p.screen;
  return (
    <Layout title={s.title}>
      <h1>{s.title}</h1>
      <Alert message={p.error} />
      {p.done ? (
        <>
          <Status message={s.done} />
          <p>
            <a class="button" href="/connexion">
              Se connecter
            </a>
          </p>
        </>
      ) : (
        p.token && (
          <form method="post" action={s.path} novalidate class="card">
            <CsrfField token={p.csrf} />
            <input type="hidden" name="jeton" value={p.token} />
            {p.login && (
              <p>
                Identifiant : <strong>{p.login}</strong>
              </p>
            )}
            <TextField
              id="mot_de_passe"
              name="mot_de_passe"
              label={s.passwordLabel}
              type="password"
              required
              autocomplete="new-password"
              hint={`Au moins ${MIN_PASSWORD_LENGTH} caractères.`}
            />
            <TextField
              id="confirmation"
              name="confirmation"
              label="Confirmez le mot de passe"
              type="password"
              required
              autocomplete="new-password"
            />
            <button type="submit" class="button">
              {s.button}
            </button>
          </form>
        )
      )}
    </Layout>
  );
}

export function passwordProblem(password: string, confirmation: string, label: string): string | undefined {
  if (!password) return `Veuillez renseigner : ${label}`;
  if (!confirmation) return 'Veuillez renseigner : Confirmez le mot de passe';
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Le mot de passe doit comporter au moins ${MIN_PASSWORD_LENGTH} caractères.`;
  if (password.length > 200) return 'Le mot de passe est trop long.';
  if (password !== confirmation) return 'Les mots de passe ne correspondent pas.';
  return undefined;
}

export function authRoutes(deps: Deps) {
  const { store, rules, behaviour } = deps;
  const app = new Hono<AppEnv>();

  app.get('/connexion', (c) => c.html(<LoginPage csrf={preSessionCsrf(c)} />));

  app.post('/connexion', async (c) => {
    const form = await readForm(c);
    checkPreSessionCsrf(c, form);
    const login = field(form, 'identifiant');
    const password = form.mot_de_passe ?? '';
    const user = login ? store.userByLogin(login) : undefined;
    const ok = user && user.active && (await behaviour.verifyPassword(password, user.passwordHash));
    if (!user || !ok) {
      return c.html(<LoginPage csrf={preSessionCsrf(c)} login={login} error={WRONG_CREDENTIALS} />, 401);
    }
    startSession(c, store, 'customer', user.id);
    return c.redirect('/espace-client', 303);
  });

  app.post('/deconnexion', logOut(store, 'customer', '/connexion'));

  app.get('/identifiant-oublie', (c) => c.html(<ForgottenIdentifierPage csrf={preSessionCsrf(c)} />));

  app.post('/identifiant-oublie', async (c) => {
    const form = await readForm(c);
    checkPreSessionCsrf(c, form);
    const siretInput = field(form, 'siret');
    const email = field(form, 'email');
    const again = (error: string, status: 400 | 401) =>
      c.html(
        <ForgottenIdentifierPage csrf={preSessionCsrf(c)} siret={siretInput} email={email} error={error} />,
        status,
      );
    if (!siretInput) return again('Veuillez renseigner : SIRET', 400);
    const siret = normaliseSiret(siretInput);
    if (!/^\d{14}$/.test(siret)) return again(SIRET_LENGTH_MESSAGE, 400);
    // An invalid SIRET cannot belong to an account: answered like an unknown one.
    const account = rules.checkSiret(siret).ok ? store.accountBySiret(siret) : undefined;
    if (!account) return again(behaviour.unknownSiretAnswer, 401);
    const users = store.usersOf(account.id);
    const user = email
      ? users.find((u) => u.email.toLowerCase() === email.toLowerCase())
      : (users.find((u) => u.admin && u.active) ?? users.find((u) => u.admin) ?? users[0]);
    if (!user) return again(IDENTIFIER_REFUSED, 401);
    sendMail(deps, behaviour.mails.identifier(user, user.login));
    return c.html(<ForgottenIdentifierPage csrf={preSessionCsrf(c)} sent />);
  });

  app.get('/mot-de-passe-oublie', (c) => c.html(<ForgottenPasswordPage csrf={preSessionCsrf(c)} />));

  app.post('/mot-de-passe-oublie', async (c) => {
    const form = await readForm(c);
    checkPreSessionCsrf(c, form);
    const login = field(form, 'identifiant');
    if (!login) {
      return c.html(
        <ForgottenPasswordPage csrf={preSessionCsrf(c)} error="Veuillez renseigner : Identifiant" />,
        400,
      );
    }
    const user = store.userByLogin(login);
    if (user) {
      const token = store.createToken(user.id, 'reset');
      sendMail(deps, behaviour.mails.reset(user, `${origin(c)}${RESET_SCREEN.path}?jeton=${token}`));
    }
    // Same answer whether or not the account exists: no account enumeration.
    return c.html(<ForgottenPasswordPage csrf={preSessionCsrf(c)} sent />);
  });

  for (const screen of [RESET_SCREEN, ACTIVATION_SCREEN]) {
    app.get(screen.path, (c: Ctx) => {
      const token = c.req.query('jeton') ?? '';
      const userId = token ? store.tokenUser(token, screen.purpose, false) : undefined;
      const user = userId ? store.user(userId) : undefined;
      if (!user)
        return c.html(
          <PasswordPage screen={screen} csrf={preSessionCsrf(c)} token="" error={INVALID_LINK} />,
          400,
        );
      return c.html(
        <PasswordPage screen={screen} csrf={preSessionCsrf(c)} token={token} login={user.login} />,
      );
    });

    app.post(screen.path, async (c: Ctx) => {
      const form: Form = await readForm(c);
      checkPreSessionCsrf(c, form);
      const token = field(form, 'jeton');
      const userId = token ? store.tokenUser(token, screen.purpose, false) : undefined;
      const user = userId ? store.user(userId) : undefined;
      if (!user)
        return c.html(
          <PasswordPage screen={screen} csrf={preSessionCsrf(c)} token="" error={INVALID_LINK} />,
          400,
        );
      const problem = passwordProblem(form.mot_de_passe ?? '', form.confirmation ?? '', screen.passwordLabel);
      if (problem) {
        return c.html(
          <PasswordPage
            screen={screen}
            csrf={preSessionCsrf(c)}
            token={token}
            login={user.login}
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
