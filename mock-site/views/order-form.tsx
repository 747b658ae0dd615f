import type { OrderPageRules } from '../domain/order-page.ts';
import type { Partner, PersonalProduct } from '../domain/catalogue.ts';
import { durationLabel, DURATIONS, OS_CHOICES } from '../domain/catalogue.ts';
import { PAYMENT_MODES } from '../domain/payment.ts';
import type { CustomerContext, User } from '../domain/store.ts';
import { displayName } from '../domain/text.ts';
import { useSkin } from '../builds/use-skin.ts';
import { CsrfField, Req, Submit, TextField } from './components.tsx';
import {
  Block,
  Choice,
  inTable,
  OtherHolder,
  Part,
  PartnerInfo,
  Question,
  Row,
  Tarif,
} from './order-form-parts.tsx';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

type Props = {
  me: CustomerContext;
  partner: Partner | undefined;
  preselected: PersonalProduct | undefined;
  others: User[];
  /** What the page is told of the rules: the markup below and the page's script both follow it. */
  told: OrderPageRules;
};

/**
 * « Nouvelle commande »: the order form, its four numbered parts, « Effacer le formulaire » and
 * « Commander ».
 */
export function OrderFormPage({ me, partner, preselected, others, told }: Props) {
  const skin = useSkin();
  const { t, markup, paths, fields } = skin;
  const authority =
    told.products.find((p) => p.slug === preselected?.slug)?.authority ?? told.defaultAuthority;
  // What the page's script needs of this page: the skin's field names and values, its parts' ids.
  const parts = {
    names: fields.order,
    values: skin.values,
    ids: {
      lines: markup.id('tarif-lignes'),
      authority: markup.id('cgu-autorite'),
      purchaseOrder: markup.id('bon-commande-champ'),
      prompt: markup.id('paiement-invite'),
      submit: markup.id('commander'),
      clear: markup.id('effacer'),
    },
  };
  const partsOfForm = (
    <>
      <Part title="1. Informations générales">
        <Row>
          {inTable() ? (
            <td class="partner-info">
              <PartnerInfo partner={partner} notes={told.notes} />
            </td>
          ) : (
            <div class="partner-info">
              <PartnerInfo partner={partner} notes={told.notes} />
            </div>
          )}
          <Question id="type" text="Quel type de certificat ?" place="cell">
            {told.products.map((p) => (
              <Choice
                id={`type-${p.slug}`}
                field="produit"
                value={p.slug}
                label={p.name}
                checked={preselected?.slug === p.slug}
              />
            ))}
          </Question>
          <Question id="duree" text="Quelle durée de validité ?" place="cell">
            {DURATIONS.map((d) => (
              <Choice id={`duree-${d}`} field="duree" value={String(d)} label={durationLabel(d)} />
            ))}
          </Question>
          <Tarif placeholder={told.placeholder} />
        </Row>
        <Question
          id="os"
          text="Quel système d'exploitation ?"
          intro="Le certificat sera utilisé sur un ordinateur exécutant :"
          place="row"
          after={
            <p class="note">
              <small>{told.notes.sha256}</small>
            </p>
          }
        >
          {OS_CHOICES.map((o) => (
            <Choice id={`os-${o.value}`} field="os" value={o.value} label={o.label} />
          ))}
        </Question>
      </Part>

      <Part title={t('2. Porteur du certificat')}>
        <Block>
          {inTable() ? (
            <p class="question__text">Quel porteur de certificat ?</p>
          ) : (
            <h2 class="section__heading">Quel porteur de certificat ?</h2>
          )}
          <p class="explain">
            Le terme "Porteur de certificat" désigne la personne physique qui est nommée explicitement dans un
            certificat électronique (présence de ses nom, prénom, email) et qui l'utilise au quotidien. En
            règle générale, cette personne doit effectuer elle-même la demande de certificat. Il faut donc
            créer, si ce n'est déjà fait, dans la liste de vos utilisateurs, les différentes personnes
            susceptibles de commander un certificat. Dans certains cas (ex: certificat pour un maire), il est
            possible qu'une autre personne puisse générer la demande à sa place.
          </p>
        </Block>
        <Question id="porteur" text="Certificat délivré pour ?" place="row">
          <Choice
            id="porteur-moi"
            field="porteur"
            value="moi"
            label={displayName(me.user)}
            checked={told.ordererCheckedByDefault}
          />
          {told.mayOrderForAnother && (
            <Choice
              id="porteur-autre"
              field="porteur"
              value="autre"
              label="Une autre personne de"
              class="radio radio--with-select"
            >
              <OtherHolder others={others} />
            </Choice>
          )}
        </Question>
        {!told.mayOrderForAnother && (
          <Block>
            <p class="note">
              Pour commander pour une autre personne, il faut être Délégué ou Mandataire de Certification.
            </p>
          </Block>
        )}
      </Part>

      <Part
        id="paiement"
        title={
          <>
            3. Moyen de paiement
            <Req />
          </>
        }
      >
        <Block>
          <div class="radios-inline">
            {PAYMENT_MODES.filter((m) => told.paymentModes.includes(m.value)).map((m) => (
              <Choice id={`paiement-${m.value}`} field="paiement" value={m.value} label={m.label} />
            ))}
          </div>
          <TextField
            form="orderFields"
            box={{ id: 'bon-commande-champ', hidden: true }}
            id="bon-commande"
            name={fields.order.bon_commande}
            label={t('Numéro de bon de commande')}
            required
            autocomplete="off"
          />
          <p class="prompt" id={markup.id('paiement-invite')}>
            {told.paymentPrompt}
          </p>
        </Block>
      </Part>

      <Part title="4. Conditions Générales d'Utilisation">
        <Block>
          <Choice
            type="checkbox"
            id="cgu"
            field="cgu"
            value="on"
            class="checkbox"
            label={
              <>
                J'atteste avoir pris connaissance des conditions générales d'utilisation de l'autorité{' '}
                <span id={markup.id('cgu-autorite')}>{authority}</span>
                <Req />
              </>
            }
          />
        </Block>
      </Part>
    </>
  );
  return (
    <Layout title="Nouvelle commande" scripts={['order-form.js']} who={{ csrf: me.session.csrf }}>
      <Heading level={levels('orderForm').page}>Nouvelle commande</Heading>
      <form
        method="post"
        action={paths.placeOrder}
        novalidate
        id={markup.id('order-form')}
        class="order"
        data-rules={JSON.stringify(told)}
        data-parts={JSON.stringify(parts)}
      >
        <CsrfField token={me.session.csrf} />
        <input type="hidden" name={fields.order.partenaire} value={partner?.code ?? ''} />
        <input type="hidden" name={fields.order.prix} id={markup.id('prix')} value="" />
        {inTable() ? (
          <table class="order-table">
            <tbody>{partsOfForm}</tbody>
          </table>
        ) : (
          partsOfForm
        )}

        <div class="actions">
          <p class="note">{told.notes.requiredFields}</p>
          <Submit form="order" plain variant="secondary" id="effacer" label="Effacer le formulaire" />
          <Submit form="order" id="commander" disabled label="Commander" />
        </div>
      </form>
    </Layout>
  );
}
