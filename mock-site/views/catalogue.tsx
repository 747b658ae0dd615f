import { orderLink } from '../builds/order-link.ts';
import { useSkin } from '../builds/use-skin.ts';
import type { Partner, PersonalProduct } from '../domain/catalogue.ts';
import { serverProductsFor } from '../domain/catalogue.ts';
import type { CustomerContext } from '../domain/store.ts';
import { Status } from './components.tsx';
import { Heading, levels, Region } from './structure.tsx';
import { Layout } from './layout.tsx';

/** « Nouvelle commande »: the certificates for servers and for people, or the partner's only. */
export function CataloguePage(p: {
  me: CustomerContext;
  partner: Partner | undefined;
  personal: readonly PersonalProduct[];
}) {
  const skin = useSkin();
  const { t, markup, paths } = skin;
  const level = levels('catalogue');
  const parts = [
    { id: 'cat-serveurs', title: 'Certificats pour serveurs :', products: serverProductsFor(p.partner) },
    { id: 'cat-personnes', title: 'Certificats pour personnes physiques :', products: p.personal },
  ];
  return (
    <Layout title="Nouvelle commande" who={{ csrf: p.me.session.csrf }}>
      <Heading level={level.page}>Nouvelle commande</Heading>
      {p.partner && <Status message={t('Code partenaire : {}', p.partner.name)} />}
      <div class={markup.cls('columns')}>
        {parts.map(
          (part) =>
            part.products.length > 0 && (
              <Region id={part.id} title={part.title} level={level.part}>
                <ul class="catalogue">
                  {part.products.map((s) => (
                    <li>
                      <a href={orderLink(skin, paths.form, s.slug, p.partner)}>{s.short}</a>
                    </li>
                  ))}
                </ul>
              </Region>
            ),
        )}
      </div>
    </Layout>
  );
}
