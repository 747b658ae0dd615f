import { useSkin } from '../builds/use-skin.ts';
import type { CustomerContext } from '../domain/store.ts';
import { Alert } from './components.tsx';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

/** « Commande refusée »: why, and the way back to the form. */
export function RefusedPage(p: { me: CustomerContext; reason: string; back: string }) {
  const { t } = useSkin();
  return (
    <Layout title={t('Commande refusée')} who={{ csrf: p.me.session.csrf }}>
      <Heading level={levels('refused').page}>{t('Commande refusée')}</Heading>
      <Alert message={p.reason} />
      <p>{t("Aucune commande n'a été enregistrée.")}</p>
      <p>
        <a href={p.back}>{t('Retour au formulaire')}</a>
      </p>
    </Layout>
  );
}
