import type { Skin } from '../builds/skin.ts';
import { useSkin } from '../builds/use-skin.ts';
import type { TextKey } from '../builds/wording.ts';
import type { TokenPurpose } from '../domain/store.ts';
import { Alert, CsrfField, Status, Submit, TextField } from './components.tsx';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

/** The two screens that set a password from a mailed link; texts are the skin's words' keys. */
export type PasswordScreen = {
  path: (skin: Skin) => string;
  purpose: TokenPurpose;
  title: TextKey;
  passwordLabel: TextKey;
  button: TextKey;
  done: TextKey;
};

export const RESET_SCREEN: PasswordScreen = {
  path: (skin) => skin.paths.resetPassword,
  purpose: 'reset',
  title: 'Nouveau mot de passe',
  passwordLabel: 'Nouveau mot de passe',
  button: 'Enregistrer le mot de passe',
  done: 'Votre mot de passe a été enregistré.',
};

export const ACTIVATION_SCREEN: PasswordScreen = {
  path: (skin) => skin.paths.activation,
  purpose: 'activation',
  title: 'Activation de votre compte',
  passwordLabel: 'Mot de passe',
  button: 'Activer mon compte',
  done: 'Votre compte est activé.',
};

export const INVALID_LINK = "Ce lien n'est plus valide. Veuillez refaire la demande.";

export function PasswordPage(p: {
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
