import { Hono } from 'hono';
import { Layout } from '../views/layout.tsx';
import type { AppEnv } from '../web.ts';

export function homeRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) =>
    c.html(
      <Layout title="Accueil">
        <div class="hero">
          <h1>Certigna</h1>
          <p class="hero__lead">
            Autorité de certification française : certificats électroniques RGS pour les personnes et les
            serveurs.
          </p>
          <p>
            Pour obtenir un certificat, connectez-vous à votre espace client pour accéder au menu de commande
            en ligne.
          </p>
          <a class="button" href="/espace-client">
            Espace client
          </a>
        </div>
      </Layout>,
    ),
  );

  return app;
}
