import { useSkin } from '../builds/use-skin.ts';
import { Alert, CsrfField, Status, Submit, TextField } from './components.tsx';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

/** « Identifiant oublié »: a SIRET and, if wished, the account's e-mail. */
export function ForgottenIdentifierPage(p: {
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
