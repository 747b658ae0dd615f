import type { Child } from 'hono/jsx';
import type { LabelledForm, SubmitForm } from '../builds/markup.ts';
import { useSkin } from '../builds/use-skin.ts';

/** The `*` of a required field, kept out of the accessible name. */
export function Req() {
  return (
    <span class="req" aria-hidden="true">
      {' *'}
    </span>
  );
}

export function Alert({ message }: { message?: string | undefined }) {
  const { cls } = useSkin().markup;
  if (!message) return null;
  return (
    <p role="alert" class={`${cls('message')} ${cls('message--error')}`}>
      {message}
    </p>
  );
}

export function Status({ message, children }: { message?: string | undefined; children?: Child }) {
  const { cls } = useSkin().markup;
  if (!message && !children) return null;
  return (
    <div role="status" class={`${cls('message')} ${cls('message--success')}`}>
      {message ? <p>{message}</p> : children}
    </div>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={useSkin().fields.csrf} value={token} />;
}

type SubmitProps = {
  form: SubmitForm;
  label: string;
  /** A button of the form that is not its submit button (« Effacer le formulaire »). */
  plain?: boolean;
  variant?: 'secondary' | 'ghost' | 'small';
  id?: string;
  disabled?: boolean;
  describedBy?: string;
};

/** A form's button: `<button>`, or `<input type="submit|button">` named by its value. */
export function Submit(p: SubmitProps) {
  const { markup } = useSkin();
  const type = p.plain ? 'button' : 'submit';
  const cls = p.variant
    ? `${markup.cls('button')} ${markup.cls(`button--${p.variant}`)}`
    : markup.cls('button');
  const id = p.id && markup.id(p.id);
  if (markup.submits[p.form] === 'input') {
    return (
      <input
        type={type}
        class={cls}
        id={id}
        value={p.label}
        disabled={p.disabled}
        aria-describedby={p.describedBy}
      />
    );
  }
  return (
    <button type={type} class={cls} id={id} disabled={p.disabled} aria-describedby={p.describedBy}>
      {p.label}
    </button>
  );
}

type TextFieldProps = {
  /** The form, whose label style the skin chooses. */
  form: LabelledForm;
  id: string;
  name: string;
  label: string;
  value?: string | undefined;
  type?: 'text' | 'email' | 'password';
  required?: boolean;
  autocomplete?: string;
  hint?: string;
  inputmode?: 'numeric' | 'text' | 'email';
  /** Shown after the input (« Identifiant oublié ? »). */
  after?: Child;
  /** The field's box, when the page shows and hides it (the purchase-order number). */
  box?: { id: string; hidden: boolean };
};

/**
 * A labelled input. `aria-required` rather than `required`: the server's messages are the ones
 * people must see, not the browser's own bubbles (forms are `novalidate`).
 */
export function TextField(p: TextFieldProps) {
  const { markup } = useSkin();
  const style = markup.labels[p.form];
  const id = markup.id(p.id);
  const hintId = p.hint ? markup.id(`${p.id}-aide`) : undefined;
  const labelId = style === 'labelledby' ? markup.id(`${p.id}-libelle`) : undefined;
  const text = (
    <>
      {p.label}
      {p.required && <Req />}
    </>
  );
  const input = (
    <input
      id={id}
      name={p.name}
      type={p.type ?? 'text'}
      value={p.type === 'password' ? undefined : p.value}
      autocomplete={p.autocomplete}
      aria-required={p.required ? 'true' : undefined}
      aria-describedby={hintId}
      aria-labelledby={labelId}
      placeholder={style === 'placeholder' ? p.label : undefined}
      inputmode={p.inputmode}
    />
  );
  return (
    <div class={markup.cls('field')} id={p.box && markup.id(p.box.id)} hidden={p.box?.hidden}>
      {style === 'for' && <label for={id}>{text}</label>}
      {style === 'labelledby' && (
        <span id={labelId} class="field__label">
          {text}
        </span>
      )}
      {style === 'wrap' ? (
        <label>
          <span class="field__label">{text}</span>
          {input}
        </label>
      ) : (
        input
      )}
      {p.after}
      {p.hint && (
        <p class={markup.cls('field__hint')} id={hintId}>
          {p.hint}
        </p>
      )}
    </div>
  );
}
