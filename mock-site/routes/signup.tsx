import { Hono } from 'hono';
import type { Store } from '../store.ts';
import { Alert, CsrfField, Status, TextField } from '../views/components.tsx';
import { Layout } from '../views/layout.tsx';
import type { AppEnv, Deps, Form } from '../web.ts';
import {
  checkPreSessionCsrf,
  EMAIL_PATTERN,
  field,
  origin,
  preSessionCsrf,
  readForm,
  sendMail,
} from '../web.ts';

const FIELDS = [
  { name: 'raison_sociale', label: 'Raison sociale', autocomplete: 'organization' },
  { name: 'siret', label: 'SIRET', hint: '14 chiffres, espaces acceptés' },
  { name: 'prenom', label: 'Prénom', autocomplete: 'given-name' },
  { name: 'nom', label: 'Nom', autocomplete: 'family-name' },
  { name: 'email', label: 'Adresse e-mail', autocomplete: 'email', type: 'email' },
  {
    name: 'identifiant',
    label: 'Identifiant',
    autocomplete: 'username',
    hint: 'De 3 à 64 caractères, sans espace',
  },
] as const;

export const LOGIN_PATTERN = /^\S{3,64}$/;
export const LOGIN_MESSAGE = "L'identifiant doit comporter de 3 à 64 caractères, sans espace.";
export const EMAIL_MESSAGE = "L'adresse e-mail n'est pas valide.";
export const LOGIN_TAKEN = 'Cet identifiant est déjà utilisé.';
const MAX_LENGTH = 120;

/** The first problem with a person's fields (shared with the « Créer un utilisateur » form). */
export function personProblem(
  store: Store,
  form: Form,
  fields: readonly { name: string; label: string }[],
): { message: string; status: 400 | 409 } | undefined {
  for (const f of fields) {
    const value = field(form, f.name);
    if (!value) return { message: `Veuillez renseigner : ${f.label}`, status: 400 };
    if (value.length > MAX_LENGTH) return { message: `Ce champ est trop long : ${f.label}`, status: 400 };
  }
  if (!EMAIL_PATTERN.test(field(form, 'email'))) return { message: EMAIL_MESSAGE, status: 400 };
  if (!LOGIN_PATTERN.test(field(form, 'identifiant'))) return { message: LOGIN_MESSAGE, status: 400 };
  if (store.userByLogin(field(form, 'identifiant'))) return { message: LOGIN_TAKEN, status: 409 };
  return undefined;
}

function SignupPage(p: { csrf: string; form?: Form; error?: string; done?: boolean }) {
  return (
    <Layout title="Créer votre espace client">
      <h1>Créer votre espace client</h1>
      <Alert message={p.error} />
      {p.done ? (
        <>
          <Status message="Votre espace client a été créé. Un e-mail d'activation vous a été envoyé." />
          <p>
            <a href="/">Retour à l'accueil</a>
          </p>
        </>
      ) : (
        <form method="post" action="/creer-espace-client" novalidate class="card">
          <CsrfField token={p.csrf} />
          <p class="note">
            Les champs marqués d'un astérisque sont obligatoires. Vous serez l'administrateur du compte de
            votre société.
          </p>
          {FIELDS.map((f) => (
            <TextField
              id={f.name}
              name={f.name}
              label={f.label}
              value={p.form?.[f.name]}
              required
              type={'type' in f ? f.type : 'text'}
              autocomplete={'autocomplete' in f ? f.autocomplete : undefined}
              hint={'hint' in f ? f.hint : undefined}
            />
          ))}
          <button type="submit" class="button">
            Créer mon espace client
          </button>
        </form>
      )}
    </Layout>
  );
}

export function signupRoutes(deps: Deps) {
  const { store, rules, behaviour } = deps;
  const app = new Hono<AppEnv>();

  app.get('/creer-espace-client', (c) => c.html(<SignupPage csrf={preSessionCsrf(c)} />));

  app.post('/creer-espace-client', async (c) => {
    const form = await readForm(c);
    checkPreSessionCsrf(c, form);
    const again = (error: string, status: 400 | 409) =>
      c.html(<SignupPage csrf={preSessionCsrf(c)} form={form} error={error} />, status);

    for (const f of FIELDS.slice(0, 2)) {
      if (!field(form, f.name)) return again(`Veuillez renseigner : ${f.label}`, 400);
    }
    const siret = rules.checkSiret(field(form, 'siret'));
    if (!siret.ok) return again(siret.message, 400);
    const problem = personProblem(store, form, FIELDS);
    if (problem) return again(problem.message, problem.status);
    if (store.accountBySiret(siret.siret)) return again('Un espace client existe déjà pour ce SIRET.', 409);

    // Public bodies have a SIREN starting with 1 or 2: they pay by purchase order only.
    const administration = /^[12]/.test(siret.siret);
    const account = store.createAccount({
      company: field(form, 'raison_sociale'),
      siret: siret.siret,
      customerType: administration ? 'administration' : 'company',
      delegue: false,
      mandataire: false,
    });
    const user = store.createUser({
      accountId: account.id,
      firstName: field(form, 'prenom'),
      lastName: field(form, 'nom'),
      email: field(form, 'email'),
      login: field(form, 'identifiant'),
      passwordHash: null,
      admin: true,
      active: false,
    });
    const token = store.createToken(user.id, 'activation');
    sendMail(deps, behaviour.mails.activation(user, `${origin(c)}/activation?jeton=${token}`, user.login));
    return c.html(<SignupPage csrf={preSessionCsrf(c)} done />);
  });

  return app;
}
