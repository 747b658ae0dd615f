import type { Child } from 'hono/jsx';
import type { OrderPageRules, Partner, PersonalProduct } from '../domain.ts';
import { displayName, durationLabel, DURATIONS, OS_CHOICES, PAYMENT_MODES } from '../domain.ts';
import type { OrderField } from '../skin.ts';
import type { User } from '../store.ts';
import type { CustomerContext } from '../web.ts';
import { CsrfField, Req, Submit, TextField } from './components.tsx';
import { useSkin } from './skin.ts';
import { Heading, levels } from './structure.tsx';
import { Layout } from './layout.tsx';

type Props = {
  me: CustomerContext;
  partner: Partner | undefined;
  preselected: PersonalProduct | undefined;
  others: User[];
  /** What the page is told of the rules: the markup below and the page's script both follow it. */
  rules: OrderPageRules;
};

// The form is written once; these parts lay it out as the skin has it: fieldsets named by their
// legends with radiogroups, or one plain table of rows and cells as in the guide's screenshots.
const inTable = () => useSkin().markup.orderForm === 'table';

/** One of the four numbered parts. */
function Part(p: { title: Child; id?: string; children: Child }) {
  const { markup } = useSkin();
  if (inTable()) {
    return (
      <>
        <tr>
          <td colspan={4} class="order-table__part">
            <h2>{p.title}</h2>
          </td>
        </tr>
        {p.children}
      </>
    );
  }
  return (
    <fieldset class="section" id={p.id && markup.id(p.id)}>
      <legend>{p.title}</legend>
      {p.children}
    </fieldset>
  );
}

/** The first part's row of partner, type, duration and price: a grid, or a table row. */
function Row({ children }: { children: Child }) {
  return inTable() ? <tr>{children}</tr> : <div class="section__grid">{children}</div>;
}

/** Anything else of a part: as it is, or a full-width table row. */
function Block({ children }: { children: Child }) {
  return inTable() ? (
    <tr>
      <td colspan={4}>{children}</td>
    </tr>
  ) : (
    <>{children}</>
  );
}

/**
 * A question with its radios. In fieldsets, a radiogroup named by its legend (then `after`). In the
 * table, the question's text and its radios share a cell (`cell`, in the first row), or the radios
 * take the next cell of the question's own row (`row`).
 */
function Question(p: {
  id: string;
  text: string;
  intro?: string;
  place: 'cell' | 'row';
  after?: Child;
  children: Child;
}) {
  const { markup } = useSkin();
  const introId = p.intro ? markup.id(`${p.id}-intro`) : undefined;
  const intro = p.intro && (
    <p class="choice__intro" id={introId}>
      {p.intro}
    </p>
  );
  const text = (
    <>
      {p.text}
      <Req />
    </>
  );
  if (!inTable()) {
    const legendId = markup.id(`${p.id}-legend`);
    return (
      <>
        <fieldset class="choice" role="radiogroup" aria-labelledby={legendId} aria-describedby={introId}>
          <legend id={legendId}>{text}</legend>
          {intro}
          {p.children}
        </fieldset>
        {p.after}
      </>
    );
  }
  const question = <p class="question__text">{text}</p>;
  if (p.place === 'cell') {
    return (
      <td class="question">
        {question}
        {intro}
        {p.children}
        {p.after}
      </td>
    );
  }
  return (
    <tr>
      <td class="question">
        {question}
        {intro}
      </td>
      <td colspan={3}>
        {p.children}
        {p.after}
      </td>
    </tr>
  );
}

/** A radio or checkbox of the order: labelled by `for`, or inside its label, as the skin has it. */
function Choice(p: {
  type?: 'radio' | 'checkbox';
  /** Id of the input, from the portal's own names. */
  id: string;
  field: OrderField;
  /** The portal's own value; the skin's is posted. */
  value: string;
  label: Child;
  checked?: boolean;
  class?: string;
  children?: Child;
}) {
  const skin = useSkin();
  const { markup } = skin;
  const id = markup.id(p.id);
  const input = (
    <input
      type={p.type ?? 'radio'}
      id={id}
      name={skin.fields.order[p.field]}
      value={skin.encode(p.field, p.value)}
      checked={p.checked}
    />
  );
  const cls = p.class ?? 'radio';
  if (markup.labels.orderChoices === 'wrap') {
    return (
      <span class={`${cls} option`}>
        <label>
          {input}
          {p.label}
        </label>
        {p.children}
      </span>
    );
  }
  return (
    <div class={cls}>
      {input}
      <label for={id}>{p.label}</label>
      {p.children}
    </div>
  );
}

/** « Autre porteur »: the people of the account, for « Une autre personne de ». */
function OtherHolder({ others }: { others: User[] }) {
  const { t, markup, fields } = useSkin();
  const id = markup.id('autre-porteur');
  const labelled = markup.labels.orderFields === 'labelledby';
  const labelId = labelled ? markup.id('autre-porteur-libelle') : undefined;
  return (
    <>
      {labelled ? (
        <span class="visually-hidden" id={labelId}>
          {t('Autre porteur')}
        </span>
      ) : (
        <label class="visually-hidden" for={id}>
          {t('Autre porteur')}
        </label>
      )}
      <select id={id} name={fields.order.autre_porteur} aria-labelledby={labelId}>
        <option value="">{t('Choisissez une personne')}</option>
        {others.map((u) => (
          <option value={u.id}>
            {u.firstName} {u.lastName}
          </option>
        ))}
      </select>
    </>
  );
}

function Tarif({ placeholder }: { placeholder: string }) {
  const { markup } = useSkin();
  const lines = (
    <div id={markup.id('tarif-lignes')}>
      <p>{placeholder}</p>
    </div>
  );
  if (inTable()) {
    return (
      <td>
        <div class="tarif">
          <p class="tarif__title">Tarif</p>
          {lines}
        </div>
      </td>
    );
  }
  const titleId = markup.id('tarif-titre');
  return (
    <div class="tarif" role="status" aria-labelledby={titleId} id={markup.id('tarif')}>
      <p class="tarif__title" id={titleId}>
        Tarif
      </p>
      {lines}
    </div>
  );
}

export function OrderFormPage({ me, partner, preselected, others, rules }: Props) {
  const skin = useSkin();
  const { t, markup, paths, fields } = skin;
  const authority =
    rules.products.find((p) => p.slug === preselected?.slug)?.authority ?? rules.defaultAuthority;
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
              <PartnerInfo partner={partner} />
            </td>
          ) : (
            <div class="partner-info">
              <PartnerInfo partner={partner} />
            </div>
          )}
          <Question id="type" text="Quel type de certificat ?" place="cell">
            {rules.products.map((p) => (
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
          <Tarif placeholder={rules.placeholder} />
        </Row>
        <Question
          id="os"
          text="Quel système d'exploitation ?"
          intro="Le certificat sera utilisé sur un ordinateur exécutant :"
          place="row"
          after={
            <p class="note">
              <small>
                Les certificats normés RGS utilisent l'algorithme SHA-256. Cet algorithme est présent sous
                Windows à partir de Windows XP SP3.
              </small>
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
            checked={rules.ordererCheckedByDefault}
          />
          {rules.mayOrderForAnother && (
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
        {!rules.mayOrderForAnother && (
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
            {PAYMENT_MODES.filter((m) => rules.paymentModes.includes(m.value)).map((m) => (
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
            {rules.paymentPrompt}
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
        data-rules={JSON.stringify(rules)}
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
          <p class="note">Les champs marqués d'un astérisque sont obligatoires</p>
          <Submit form="order" plain variant="secondary" id="effacer" label="Effacer le formulaire" />
          <Submit form="order" id="commander" disabled label="Commander" />
        </div>
      </form>
    </Layout>
  );
}

function PartnerInfo({ partner }: { partner: Partner | undefined }) {
  const { t } = useSkin();
  return (
    <>
      <p class="label-like">Partenaire Certigna ?</p>
      <p>
        {partner
          ? t('Vous passez par notre partenaire {}.', partner.name)
          : "Vous avez choisi de passer par Certigna, vous avez accès à l'ensemble de notre gamme de produit."}
      </p>
    </>
  );
}
