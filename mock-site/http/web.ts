import type { Context } from 'hono';
import type { FieldNames } from '../builds/contract.ts';
import type { Skin } from '../builds/skin.ts';
import type { CustomerContext, StaffContext } from '../domain/store.ts';

/** The web plumbing every route shares: the request's context, refusals as pages, form reading, links. */

/** `skin` is set for every request, first thing (app.ts): pages, guards and forms follow it. */
export type AppEnv = {
  Variables: { skin: Skin; askConsent: boolean; customer: CustomerContext; staff: StaffContext };
};
export type Ctx = Context<AppEnv>;

/** A refusal the error handler renders as a readable page with this status. */
export class PageError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415,
    readonly title: string,
    message: string,
    /** A form whose CSRF token (the faces build's ViewState) is missing or wrong. */
    readonly expiredForm = false,
  ) {
    super(message);
  }
}

export const BAD_REQUEST = () =>
  new PageError(400, 'Requête invalide', "Le formulaire envoyé n'a pas pu être lu. Veuillez réessayer.");
export const CSRF_REFUSED = () =>
  new PageError(
    403,
    'Requête refusée',
    'Le formulaire a expiré. Veuillez recharger la page et réessayer.',
    true,
  );
export const NOT_FOUND = () =>
  new PageError(404, 'Page introuvable', "Cette page n'existe pas ou n'est pas accessible.");

export type Form = Record<string, string>;

/** The forms whose field names the skin may change (FieldNames), by the skin's table. */
type NamedForm = Exclude<keyof FieldNames, 'csrf'>;

/**
 * The posted form as strings (first value of repeated fields), in the portal's own field names:
 * the skin's CSRF field is read as `csrf` and, for a named form, each of its fields under its own
 * name. A field posted under the inside name where the skin renames it is dropped, as any unknown
 * field. An unreadable body is a 400.
 */
export async function readForm(c: Ctx, named?: NamedForm): Promise<Form> {
  const fields = c.var.skin.fields;
  const form = await readPosted(c);
  const renames: Record<string, string> = { csrf: fields.csrf, ...(named ? fields[named] : {}) };
  for (const [inside, posted] of Object.entries(renames)) {
    if (inside === posted) continue;
    const value = form[posted];
    delete form[posted];
    delete form[inside];
    if (value !== undefined) form[inside] = value;
  }
  return form;
}

async function readPosted(c: Ctx): Promise<Form> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) throw BAD_REQUEST();
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw BAD_REQUEST();
  }
  const form: Form = {};
  for (const [key, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') form[key] = first;
  }
  return form;
}

export function field(form: Form, name: string): string {
  return (form[name] ?? '').trim();
}

/** Absolute links for mails, from the origin the person used. */
export function origin(c: Ctx): string {
  return new URL(c.req.url).origin;
}

/** A mailed link to a password screen (`path`), with the skin's token parameter. */
export function tokenLink(c: Ctx, path: string, token: string): string {
  return `${origin(c)}${path}?${c.var.skin.fields.password.jeton}=${token}`;
}
