import { useSkin } from '../builds/use-skin.ts';
import { Alert, CsrfField, Status, Submit, TextField } from './components.tsx';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

/** « Mot de passe oublié »: the identifier, for a reset link by e-mail. */
export function ForgottenPasswordPage(p: { csrf: string; sent?: boolean; error?: string }) {
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
