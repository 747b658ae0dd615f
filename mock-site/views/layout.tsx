import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

type LayoutProps = {
  title: string;
  /** Extra scripts, served from /static (CSP forbids inline scripts). */
  scripts?: string[];
  /** Shown at the top right when someone is logged in. */
  who?: { logoutAction: string; csrf: string };
  children?: Child;
};

/** Every page: French, one <main> landmark, no external resources. */
export function Layout({ title, scripts = [], who, children }: LayoutProps) {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="fr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} – Certigna`}</title>
          <link rel="stylesheet" href="/static/portal.css" />
          {scripts.map((s) => (
            <script src={`/static/${s}`} defer />
          ))}
        </head>
        <body>
          <a class="skip-link" href="#contenu">
            Aller au contenu
          </a>
          <header class="site-header">
            <div class="site-header__inner">
              <a class="brand" href="/">
                <span class="brand__mark" aria-hidden="true">
                  C
                </span>
                <span class="brand__name">certigna</span>
              </a>
              {who && (
                <form method="post" action={who.logoutAction} class="who">
                  <input type="hidden" name="csrf" value={who.csrf} />
                  <button type="submit" class="button button--ghost">
                    Se déconnecter
                  </button>
                </form>
              )}
            </div>
          </header>
          <main id="contenu" class="page">
            {children}
          </main>
          <footer class="site-footer">
            <p>Portail de démonstration – aucune commande réelle n'est passée.</p>
          </footer>
        </body>
      </html>
    </>
  );
}
