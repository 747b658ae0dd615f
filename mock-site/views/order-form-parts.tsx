import type { Child } from 'hono/jsx';
import type { OrderField } from '../builds/contract.ts';
import { useSkin } from '../builds/use-skin.ts';
import type { Partner } from '../domain/catalogue.ts';
import type { OrderPageRules } from '../domain/order-page.ts';
import type { User } from '../domain/store.ts';
import { Req } from './components.tsx';

/** The order form's building blocks (order-form.tsx puts them together). */

// The form is written once; these parts lay it out as the skin has it: fieldsets named by their
// legends with radiogroups, or one plain table of rows and cells as in the guide's screenshots.
export const inTable = () => useSkin().markup.orderForm === 'table';

/** One of the four numbered parts. */
export function Part(p: { title: Child; id?: string; children: Child }) {
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
export function Row({ children }: { children: Child }) {
  return inTable() ? <tr>{children}</tr> : <div class="section__grid">{children}</div>;
}

/** Anything else of a part: as it is, or a full-width table row. */
export function Block({ children }: { children: Child }) {
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
export function Question(p: {
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
export function Choice(p: {
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
  if (markup.choices === 'restyled') {
    return (
      <div class={`${cls} option`}>
        <Restyled type={p.type ?? 'radio'} checked={p.checked === true}>
          {input}
        </Restyled>
        <label for={id}>{p.label}</label>
        {p.children}
      </div>
    );
  }
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

/**
 * A radio or checkbox as PrimeFaces renders it (`p:selectOneRadio`, `p:selectBooleanCheckbox`): the
 * native input kept for forms and assistive technologies, visually hidden in a 1 px clipped wrapper
 * (`ui-helper-hidden-accessible`), and a box beside it, over the input's place, that takes the
 * clicks. The page's script (public/order-form.js) toggles the input when the box is clicked and
 * keeps the box's look in step with the input, as PrimeFaces' widget does.
 */
function Restyled(p: { type: 'radio' | 'checkbox'; checked: boolean; children: Child }) {
  const kind = p.type === 'radio' ? 'ui-radiobutton' : 'ui-chkbox';
  const mark = p.type === 'radio' ? 'ui-icon-bullet' : 'ui-icon-check';
  return (
    <div class={`${kind} ui-widget`}>
      <div class="ui-helper-hidden-accessible">{p.children}</div>
      <div
        class={`${kind}-box ui-widget ui-corner-all ui-state-default${p.checked ? ' ui-state-active' : ''}`}
      >
        <span class={`${kind}-icon ui-icon ui-c ${p.checked ? mark : 'ui-icon-blank'}`} />
      </div>
    </div>
  );
}

/** « Autre porteur »: the people of the account, for « Une autre personne de ». */
export function OtherHolder({ others, selected }: { others: User[]; selected?: string | undefined }) {
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
          <option value={u.id} selected={u.id === selected}>
            {u.firstName} {u.lastName}
          </option>
        ))}
      </select>
    </>
  );
}

/** The « Tarif » box's lines: the prompt, or the duration's price, the total and any fee. */
export function TarifLines({ lines }: { lines: readonly string[] }) {
  return (
    <div id={useSkin().markup.id('tarif-lignes')}>
      {lines.map((line) => (
        <p>{line}</p>
      ))}
    </div>
  );
}

export function Tarif({ lines: texts }: { lines: readonly string[] }) {
  const { markup } = useSkin();
  const lines = <TarifLines lines={texts} />;
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

export function PartnerInfo({
  partner,
  notes,
}: {
  partner: Partner | undefined;
  notes: Pick<OrderPageRules['notes'], 'partnerQuestion' | 'noPartner'>;
}) {
  const { t } = useSkin();
  return (
    <>
      <p class="label-like">{notes.partnerQuestion}</p>
      <p>{partner ? t('Vous passez par notre partenaire {}.', partner.name) : notes.noPartner}</p>
    </>
  );
}
