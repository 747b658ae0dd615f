import { useSkin } from '../builds/use-skin.ts';
import { Alert, CsrfField, Submit, TextField } from './components.tsx';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

/** The staff's login to the manager (« Manager Certigna »). */
export function ManagerLoginPage(p: { csrf: string; login?: string; error?: string }) {
  const { t, markup, paths, fields } = useSkin();
  return (
    <Layout title={t('Manager Certigna')}>
      <Heading level={levels('managerLogin').page}>{t('Manager Certigna')}</Heading>
      <form method="post" action={paths.managerLogin} novalidate class={`${markup.cls('card')} narrow`}>
        <p>Espace réservé aux opérateurs de l'autorité de certification.</p>
        <Alert message={p.error} />
        <CsrfField token={p.csrf} />
        <TextField
          form="managerLogin"
          id="identifiant"
          name={fields.login.identifiant}
          label={t('Identifiant')}
          value={p.login}
          autocomplete="username"
        />
        <TextField
          form="managerLogin"
          id="mot_de_passe"
          name={fields.login.mot_de_passe}
          label={t('Mot de passe')}
          type="password"
          autocomplete="current-password"
        />
        <Submit form="managerLogin" label="Se connecter" />
      </form>
    </Layout>
  );
}
