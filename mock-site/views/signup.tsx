import { useSkin } from '../builds/use-skin.ts';
import { Alert, CsrfField, Status, Submit, TextField } from './components.tsx';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

/** The signup form's fields, in order (the route checks them in the same order). */
export const SIGNUP_FIELDS = [
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

/** « Créer votre espace client »: the company, its SIRET and its first user, the administrator. */
export function SignupPage(p: {
  csrf: string;
  form?: Readonly<Record<string, string>>;
  error?: string;
  done?: boolean;
}) {
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
          {SIGNUP_FIELDS.map((f) => (
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
