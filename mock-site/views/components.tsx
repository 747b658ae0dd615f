import type { Child } from 'hono/jsx';

/** The `*` of a required field, kept out of the accessible name. */
export function Req() {
  return (
    <span class="req" aria-hidden="true">
      {' *'}
    </span>
  );
}

export function Alert({ message }: { message?: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" class="message message--error">
      {message}
    </p>
  );
}

export function Status({ message, children }: { message?: string | undefined; children?: Child }) {
  if (!message && !children) return null;
  return (
    <div role="status" class="message message--success">
      {message ? <p>{message}</p> : children}
    </div>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  value?: string | undefined;
  type?: 'text' | 'email' | 'password';
  required?: boolean;
  autocomplete?: string;
  hint?: string;
  inputmode?: 'numeric' | 'text' | 'email';
};

/**
 * A labelled input. `aria-required` rather than `required`: the server's messages are the ones
 * people must see, not the browser's own bubbles (forms are `novalidate`).
 */
export function TextField(p: TextFieldProps) {
  const hintId = p.hint ? `${p.id}-aide` : undefined;
  return (
    <div class="field">
      <label for={p.id}>
        {p.label}
        {p.required && <Req />}
      </label>
      <input
        id={p.id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.type === 'password' ? undefined : p.value}
        autocomplete={p.autocomplete}
        aria-required={p.required ? 'true' : undefined}
        aria-describedby={hintId}
        inputmode={p.inputmode}
      />
      {p.hint && (
        <p class="field__hint" id={hintId}>
          {p.hint}
        </p>
      )}
    </div>
  );
}
