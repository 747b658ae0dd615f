import type { OrderFormState, OrderPageRules } from '../domain/order-page.ts';
import { orderFormState } from '../domain/order-page.ts';
import type { Partner, PersonalProduct } from '../domain/catalogue.ts';
import { durationLabel, DURATIONS, OS_CHOICES } from '../domain/catalogue.ts';
import { PAYMENT_MODES } from '../domain/payment.ts';
import type { CustomerContext, User } from '../domain/store.ts';
import { displayName } from '../domain/text.ts';
import { useSkin } from '../builds/use-skin.ts';
import { Alert, CsrfField, Req, Submit, TextField } from './components.tsx';
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
  /** A refused order shown again (the faces build): what was posted, in the portal's own names and values. */
  posted?: Readonly<Record<string, string>>;
  /** Why it was refused. */
  error?: string;
};

/** The parts of the order page a choice changes (the faces build's AJAX updates render them alone). */
export function OrderCommander({ state }: { state: OrderFormState }) {
  return <Submit form="order" id="commander" disabled={!state.complete} label="Commander" />;
}

export function OrderAuthority({ state }: { state: OrderFormState }) {
  return <span id={useSkin().markup.id('cgu-autorite')}>{state.authority}</span>;
}

export function OrderPrice({ state }: { state: OrderFormState }) {
  const { markup, fields } = useSkin();
  return (
    <input
      type="hidden"
      name={fields.order.prix}
      id={markup.id('prix')}
      value={state.price === undefined ? '' : state.price.toFixed(1)}
    />
  );
}

/**
 * « Nouvelle commande »: the order form, its four numbered parts, « Effacer le formulaire » and
 * « Commander ».
 */
export function OrderFormPage({ me, partner, preselected, others, told, posted, error }: Props) {
  const skin = useSkin();
  const { t, markup, paths, fields } = skin;
  const faces = skin.name === 'faces';
  // The choices shown: a refused order's, or the page's first ones (its product, the orderer).
  const form: Readonly<Record<string, string>> = posted ?? {
    ...(preselected ? { produit: preselected.slug } : {}),
    ...(told.ordererCheckedByDefault ? { porteur: 'moi' } : {}),
  };
  const state = orderFormState(told, form);
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
  // The faces build's script: which parts the server re-renders, what « Effacer » empties.
  const facesParts = {
    render: [parts.ids.lines, parts.ids.authority, markup.id('prix'), parts.ids.submit],
    toggled: [parts.ids.purchaseOrder, parts.ids.prompt],
    clears: told.clears.map((f) => (fields.order as Record<string, string>)[f] ?? f),
    orderer: markup.id('porteur-moi'),
    clear: parts.ids.clear,
    submit: parts.ids.submit,
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
                checked={form.produit === p.slug}
              />
            ))}
          </Question>
          <Question id="duree" text="Quelle durée de validité ?" place="cell">
            {DURATIONS.map((d) => (
              <Choice
                id={`duree-${d}`}
                field="duree"
                value={String(d)}
                label={durationLabel(d)}
                checked={form.duree === String(d)}
              />
            ))}
          </Question>
          <Tarif lines={state.lines} />
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
            <Choice
              id={`os-${o.value}`}
              field="os"
              value={o.value}
              label={o.label}
              checked={form.os === o.value}
            />
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
            checked={form.porteur === 'moi'}
          />
          {told.mayOrderForAnother && (
            <Choice
              id="porteur-autre"
              field="porteur"
              value="autre"
              label="Une autre personne de"
              class="radio radio--with-select"
              checked={form.porteur === 'autre'}
            >
              <OtherHolder others={others} selected={form.autre_porteur} />
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
              <Choice
                id={`paiement-${m.value}`}
                field="paiement"
                value={m.value}
                label={m.label}
                checked={form.paiement === m.value}
              />
            ))}
          </div>
          <TextField
            form="orderFields"
            box={{ id: 'bon-commande-champ', hidden: !state.purchaseOrderShown }}
            id="bon-commande"
            name={fields.order.bon_commande}
            label={t('Numéro de bon de commande')}
            value={form.bon_commande}
            required
            autocomplete="off"
          />
          <p class="prompt" id={markup.id('paiement-invite')} hidden={!state.paymentPromptShown}>
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
            checked={form.cgu !== undefined && form.cgu !== ''}
            label={
              <>
                J'atteste avoir pris connaissance des conditions générales d'utilisation de l'autorité{' '}
                <OrderAuthority state={state} />
                <Req />
              </>
            }
          />
        </Block>
      </Part>
    </>
  );
  return (
    <Layout
      title="Nouvelle commande"
      scripts={[faces ? 'faces-order.js' : 'order-form.js']}
      who={{ csrf: me.session.csrf }}
    >
      <Heading level={levels('orderForm').page}>Nouvelle commande</Heading>
      <Alert message={error} />
      <form
        method="post"
        action={paths.placeOrder}
        novalidate
        id={markup.id('order-form')}
        name={faces ? 'commande' : undefined}
        class="order"
        // The faces build keeps the rules on the server: its script asks it at every choice.
        data-rules={faces ? undefined : JSON.stringify(told)}
        data-parts={faces ? undefined : JSON.stringify(parts)}
        data-faces={faces ? JSON.stringify(facesParts) : undefined}
      >
        {faces && <input type="hidden" name="commande" value="commande" />}
        <CsrfField token={me.session.csrf} />
        <input type="hidden" name={fields.order.partenaire} value={partner?.code ?? ''} />
        <OrderPrice state={state} />
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
          <OrderCommander state={state} />
        </div>
      </form>
    </Layout>
  );
}
