import { useSkin } from '../builds/use-skin.ts';
import { Alert, CsrfField, Submit, TextField } from './components.tsx';
import { Heading, levels, Region } from './structure.tsx';
import { Layout } from './layout.tsx';

/** « Connexion à votre espace client »: « Déjà client ? » and « Nouveau client ? ». */
export function LoginPage(p: { csrf: string; login?: string; error?: string }) {
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
