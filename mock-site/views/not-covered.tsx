import { orderLink } from '../builds/order-link.ts';
import { useSkin } from '../builds/use-skin.ts';
import type { Partner } from '../domain/catalogue.ts';
import type { CustomerContext } from '../domain/store.ts';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

/** A server certificate chosen in the catalogue: the guide (and this mock) orders personal ones only. */
export function NotCoveredPage(p: { me: CustomerContext; name: string; partner: Partner | undefined }) {
  const skin = useSkin();
  const { t } = skin;
  return (
    <Layout title="Produit non couvert" who={{ csrf: p.me.session.csrf }}>
      <Heading level={levels('notCovered').page}>{t('Produit non couvert par cette démonstration')}</Heading>
      <p>
        Le certificat « {p.name} » est un certificat pour serveurs : le guide de commande couvre les
        certificats pour personnes physiques.
      </p>
      <p>
        <a href={orderLink(skin, skin.paths.catalogue, undefined, p.partner)}>{t('Retour au catalogue')}</a>
      </p>
    </Layout>
  );
}
