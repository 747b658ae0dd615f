import { useSkin } from '../builds/use-skin.ts';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

/** The home page: « Espace client ». */
export function HomePage() {
  const { t, markup, paths } = useSkin();
  return (
    <Layout title="Accueil">
      <div class="hero">
        <Heading level={levels('home').page}>{t('Certigna')}</Heading>
        <p class="hero__lead">
          Autorité de certification française : certificats électroniques RGS pour les personnes et les
          serveurs.
        </p>
        <p>
          Pour obtenir un certificat, connectez-vous à votre espace client pour accéder au menu de commande en
          ligne.
        </p>
        <a class={markup.cls('button')} href={paths.area}>
          Espace client
        </a>
      </div>
    </Layout>
  );
}
