import { useSkin } from '../builds/use-skin.ts';
import { durationLabel, findPersonalProduct, formatPrice } from '../domain/catalogue.ts';
import type { CustomerContext, Order, User } from '../domain/store.ts';
import { displayName } from '../domain/text.ts';
import { Status } from './components.tsx';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

/** « Votre commande est enregistrée »: the order's number and summary. */
export function ConfirmationPage(p: { me: CustomerContext; order: Order; holder: User | undefined }) {
  const { t, markup, paths } = useSkin();
  const product = findPersonalProduct(p.order.productSlug);
  return (
    <Layout title={t('Votre commande est enregistrée')} who={{ csrf: p.me.session.csrf }}>
      <Heading level={levels('confirmation').page}>{t('Votre commande est enregistrée')}</Heading>
      <Status message={t('Commande n° {}', p.order.number)} />
      <p>
        Vous recevez par mail un formulaire PDF ainsi qu'une liste de justificatif à renvoyer pour valider
        votre demande de certificat.
      </p>
      <dl class="summary">
        <dt>Produit</dt>
        <dd>{product?.name}</dd>
        <dt>Durée</dt>
        <dd>{durationLabel(p.order.duration)}</dd>
        <dt>Porteur</dt>
        <dd>{p.holder ? displayName(p.holder) : ''}</dd>
        <dt>Total</dt>
        <dd>{formatPrice(p.order.totalHT)}</dd>
      </dl>
      <p>
        <a class={markup.cls('button')} href={paths.area}>
          {t("Retour à l'espace client")}
        </a>
      </p>
    </Layout>
  );
}
