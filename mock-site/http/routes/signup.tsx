import { Hono } from 'hono';
import type { Skin } from '../skin.ts';
import type { Store } from '../store.ts';
import { Alert, CsrfField, Status, Submit, TextField } from '../views/components.tsx';
import { useSkin } from '../views/skin.ts';
import { Heading, levels } from '../views/structure.tsx';
import { Layout } from '../views/layout.tsx';
import type { AppEnv, Deps, Form } from '../web.ts';
import {
  checkPreSessionCsrf,
  EMAIL_PATTERN,
  field,
  preSessionCsrf,
  readForm,
  sendMail,
  tokenLink,
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

/**
 * The first problem with a person's fields (shared with the « Créer un utilisateur » form), in the
 * skin's words.
 */
export function personProblem(
  skin: Skin,
  store: Store,
  form: Form,
  fields: readonly { name: string; label: string }[],
): { message: string; status: 400 | 409 } | undefined {
  const { t, say } = skin;
  for (const f of fields) {
    const value = field(form, f.name);
    if (!value) return { message: t('Veuillez renseigner : {}', say(f.label)), status: 400 };
    if (value.length > MAX_LENGTH)
      return { message: `Ce champ est trop long : ${say(f.label)}`, status: 400 };
  }
  if (!EMAIL_PATTERN.test(field(form, 'email'))) return { message: t(EMAIL_MESSAGE), status: 400 };
  if (!LOGIN_PATTERN.test(field(form, 'identifiant'))) return { message: t(LOGIN_MESSAGE), status: 400 };
  if (store.userByLogin(field(form, 'identifiant'))) return { message: t(LOGIN_TAKEN), status: 409 };
  return undefined;
}

function SignupPage(p: { csrf: string; form?: Form; error?: string; done?: boolean }) {
  const { t, say, markup, paths } = useSkin();
  return (
    <Layout title={t('Créer votre espace client')}>
      <Heading level={levels('signup').page}>{t('Créer votre espace client')}</Heading>
      <Alert message={p.error} />
      {p.done ? (
        <>
          <Status message={t("Votre espace client a été créé. Un e-mail d'activation vous a été envoyé.")} />
          <p>
            <a href="/">{t("Retour à l'accueil")}</a>
          </p>
        </>
      ) : (
        <form method="post" action={paths.signup} novalidate class={markup.cls('card')}>
          <CsrfField token={p.csrf} />
          <p class="note">
            Les champs marqués d'un astérisque sont obligatoires. Vous serez l'administrateur du compte de
            votre société.
          </p>
          {FIELDS.map((f) => (
            <TextField
              form="signup"
              id={f.name}
              name={f.name}
              label={say(f.label)}
              value={p.form?.[f.name]}
              required
              type={'type' in f ? f.type : 'text'}
              autocomplete={'autocomplete' in f ? f.autocomplete : undefined}
              hint={'hint' in f ? say(f.hint) : undefined}
            />
          ))}
          <Submit form="signup" label={t('Créer mon espace client')} />
        </form>
      )}
    </Layout>
  );
}

export function signupRoutes(deps: Deps) {
  const { store, rules, behaviour, skin } = deps;
  const { paths, t, say } = skin;
  const app = new Hono<AppEnv>();

  app.get(paths.signup, (c) => c.html(<SignupPage csrf={preSessionCsrf(c)} />));

  app.post(paths.signup, async (c) => {
    const form = await readForm(c);
    checkPreSessionCsrf(c, form);
    const again = (error: string, status: 400 | 409) =>
      c.html(<SignupPage csrf={preSessionCsrf(c)} form={form} error={error} />, status);

    for (const f of FIELDS.slice(0, 2)) {
      if (!field(form, f.name)) return again(t('Veuillez renseigner : {}', say(f.label)), 400);
    }
    const siret = rules.checkSiret(field(form, 'siret'));
    if (!siret.ok) return again(say(siret.message), 400);
    const problem = personProblem(skin, store, form, FIELDS);
    if (problem) return again(problem.message, problem.status);
    if (behaviour.accounts.siretTaken(store.accountBySiret(siret.siret)))
      return again(t('Un espace client existe déjà pour ce SIRET.'), 409);

    // Public bodies pay by purchase order only.
    const account = store.createAccount({
      company: field(form, 'raison_sociale'),
      siret: siret.siret,
      customerType: behaviour.accounts.customerTypeOf(siret.siret),
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
    sendMail(deps, behaviour.mails.activation(user, tokenLink(c, paths.activation, token), user.login, skin));
    return c.html(<SignupPage csrf={preSessionCsrf(c)} done />);
  });

  return app;
}
