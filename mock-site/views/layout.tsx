import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { CsrfField, Submit } from './components.tsx';
import { useSkin } from '../builds/use-skin.ts';
import { CONSENT_SCRIPT, ConsentDialog, useAskConsent } from './consent.tsx';

type LayoutProps = {
  title: string;
  /** Extra scripts, served from /static (CSP forbids inline scripts). */
  scripts?: string[];
  /** Someone is logged in: « Se déconnecter » at the top right, for a customer or for staff. */
  who?: { csrf: string; staff?: boolean };
  children?: Child;
};

/** Every page: French, one <main> landmark, no external resources. */
export function Layout({ title, scripts = [], who, children }: LayoutProps) {
  const { t, markup, paths } = useSkin();
  const main = markup.id('contenu');
  const askConsent = useAskConsent();
  const allScripts = askConsent ? [...scripts, CONSENT_SCRIPT] : scripts;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="fr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} – Certigna`}</title>
          <link rel="stylesheet" href="/static/portal.css" />
          {allScripts.map((s) => (
            <script src={`/static/${s}`} defer />
          ))}
        </head>
        <body>
          <a class="skip-link" href={`#${main}`}>
            {t('Aller au contenu')}
          </a>
          <header class={markup.cls('site-header')}>
            <div class={markup.cls('site-header__inner')}>
              <a class="brand" href="/">
                <span class="brand__mark" aria-hidden="true">
                  C
                </span>
                <span class="brand__name">certigna</span>
              </a>
              {who && (
                <form method="post" action={who.staff ? paths.managerLogout : paths.logout} class="who">
                  <CsrfField token={who.csrf} />
                  <Submit form="logout" variant="ghost" label={t('Se déconnecter')} />
                </form>
              )}
            </div>
          </header>
          <main id={main} class={markup.cls('page')}>
            {children}
          </main>
          <footer class={markup.cls('site-footer')}>
            <p>{t("Portail de démonstration – aucune commande réelle n'est passée.")}</p>
          </footer>
          {askConsent && <ConsentDialog />}
        </body>
      </html>
    </>
  );
}
