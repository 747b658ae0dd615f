import { useSkin } from '../builds/use-skin.ts';
import type { CustomerContext } from '../domain/store.ts';
import { Alert, CsrfField, Submit, TextField } from './components.tsx';
import { Heading, levels, Region } from './structure.tsx';
import { Layout } from './layout.tsx';

/** « Passez-vous par un partenaire ? »: a partner code, or the whole catalogue. */
export function PartnerPage(p: { me: CustomerContext; code?: string; error?: string }) {
  const { t, markup, paths, fields } = useSkin();
  const level = levels('partner');
  return (
    <Layout title="Passez-vous par un partenaire ?" who={{ csrf: p.me.session.csrf }}>
      <Heading level={level.page}>Passez-vous par un partenaire ?</Heading>
      <p>
        Si vous passez par un partenaire de Certigna, saisissez son code. Sinon, cliquez sur « Continuer sans
        code partenaire »
      </p>
      <div class={markup.cls('columns')}>
        <Region id="avec-code" title="Je dispose d'un code partenaire" level={level.part}>
          <p>
            Ce code est transmis par certains de nos partenaires et permet de vous guider dans vos commandes.
            Saisissez votre code partenaire puis cliquez sur le bouton pour poursuivre votre commande.
          </p>
          <Alert message={p.error} />
          <form method="post" action={paths.partnerCode} novalidate>
            <CsrfField token={p.me.session.csrf} />
            <TextField
              form="partnerCode"
              id="code-partenaire"
              name={fields.partnerCode.code}
              label="Votre code partenaire"
              value={p.code}
              autocomplete="off"
            />
            <Submit form="partnerCode" label={t('Valider le code partenaire')} />
          </form>
        </Region>
        <Region id="sans-code" title="Sans code partenaire" level={level.part}>
          <p>En poursuivant sans code partenaire, vous accédez à l'ensemble des produits Certigna.</p>
          <form method="get" action={paths.catalogue}>
            <Submit form="noPartner" variant="secondary" label="Continuer sans code partenaire" />
          </form>
        </Region>
      </div>
    </Layout>
  );
}
