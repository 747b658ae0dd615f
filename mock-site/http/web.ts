import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Behaviour } from './behaviour.ts';
import type { Rules } from './domain.ts';
import type { Mailer, Mail } from './mail.ts';
import type { CustomerAccount, Session, SessionKind, Staff, Store, User } from './store.ts';
import { randomToken, safeEqual } from './security.ts';
import type { FieldNames, Skin } from './skin.ts';

export type Deps = {
  store: Store;
  mailer: Mailer;
  rules: Rules;
  behaviour: Behaviour;
  /** Which build of the portal this is: paths, form contract, wording, markup (skin.ts). */
  skin: Skin;
  /** Set in test mode only: the token the test API requires. */
  testToken?: string | undefined;
  log?: (message: string) => void;
};

export type CustomerContext = { session: Session; user: User; account: CustomerAccount };
export type StaffContext = { session: Session; staff: Staff };

/** `skin` is set for every request, first thing (app.ts): pages, guards and forms follow it. */
export type AppEnv = { Variables: { skin: Skin; customer: CustomerContext; staff: StaffContext } };
export type Ctx = Context<AppEnv>;

/** The skin's session cookies and the double-submit CSRF cookie of forms shown before a session exists. */
const cookies = (c: Ctx) => c.var.skin.cookies;

// Secure is kept on plain http too: Chromium and Playwright's request context both treat
// localhost as a secure origin and keep such cookies.
const COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' } as const;

/** A refusal the error handler renders as a readable page with this status. */
export class PageError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

export const BAD_REQUEST = () =>
  new PageError(400, 'Requête invalide', "Le formulaire envoyé n'a pas pu être lu. Veuillez réessayer.");
export const CSRF_REFUSED = () =>
  new PageError(403, 'Requête refusée', 'Le formulaire a expiré. Veuillez recharger la page et réessayer.');
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

/** The page's CSRF token before login: reuse the cookie's or set a new one. */
export function preSessionCsrf(c: Ctx): string {
  const existing = getCookie(c, cookies(c).csrf);
  if (existing && /^[\w-]{20,64}$/.test(existing)) return existing;
  const token = randomToken();
  setCookie(c, cookies(c).csrf, token, COOKIE_OPTIONS);
  return token;
}

export function checkPreSessionCsrf(c: Ctx, form: Form): void {
  const cookie = getCookie(c, cookies(c).csrf);
  const sent = form.csrf;
  if (!cookie || !sent || !safeEqual(cookie, sent)) throw CSRF_REFUSED();
}

export function checkSessionCsrf(session: Session, form: Form): boolean {
  return typeof form.csrf === 'string' && safeEqual(session.csrf, form.csrf);
}

export function startSession(c: Ctx, store: Store, kind: 'customer' | 'staff', principalId: string): Session {
  const cookieName = cookies(c)[kind];
  // A fresh id at every login, so a session id planted before login is useless.
  const old = getCookie(c, cookieName);
  if (old) store.deleteSession(old);
  const session = store.createSession(kind, principalId);
  setCookie(c, cookieName, session.id, COOKIE_OPTIONS);
  return session;
}

/**
 * « Se déconnecter » of a customer or staff session: ends it and goes back to `loginPath`. A live
 * session must send its CSRF token (no cross-site log-out); without one there is nothing to end.
 */
export function logOut(store: Store, kind: 'customer' | 'staff', loginPath: string) {
  return async (c: Ctx) => {
    const form = await readForm(c);
    const id = getCookie(c, cookies(c)[kind]);
    const session = id ? store.session(id, kind) : undefined;
    if (session && !checkSessionCsrf(session, form)) throw CSRF_REFUSED();
    if (id) store.deleteSession(id);
    deleteCookie(c, cookies(c)[kind], COOKIE_OPTIONS);
    return c.redirect(loginPath, 303);
  };
}

/** The live session of that kind the request's cookie names, if any. */
export function sessionOf(c: Ctx, store: Store, kind: SessionKind): Session | undefined {
  const id = getCookie(c, cookies(c)[kind]);
  return id ? store.session(id, kind) : undefined;
}

/** Loads the customer's session or sends them to the login page. Staff sessions do not count. */
export function requireCustomer(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = sessionOf(c, store, 'customer');
    const user = session ? store.user(session.principalId) : undefined;
    const account = user ? store.account(user.accountId) : undefined;
    if (!session || !user || !account || !user.active) return c.redirect(c.var.skin.paths.login, 303);
    c.set('customer', { session, user, account });
    await next();
  };
}

/** Same for Certigna staff, whose session lives in its own cookie. */
export function requireStaff(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = sessionOf(c, store, 'staff');
    const staff = session ? store.staff(session.principalId) : undefined;
    if (!session || !staff) return c.redirect(c.var.skin.paths.managerLogin, 303);
    c.set('staff', { session, staff });
    await next();
  };
}

/** Absolute links for mails, from the origin the person used. */
export function origin(c: Ctx): string {
  return new URL(c.req.url).origin;
}

/** A mailed link to a password screen (`path`), with the skin's token parameter. */
export function tokenLink(c: Ctx, path: string, token: string): string {
  return `${origin(c)}${path}?${c.var.skin.fields.password.jeton}=${token}`;
}

/**
 * Hands a mail to the outbox and returns at once, as a portal with a mail queue does: the page
 * answers without waiting for SMTP. Failures are logged, not shown: the action itself succeeded.
 * A null mail is none to send.
 */
export function sendMail(deps: Deps, mail: Mail | null | Promise<Mail | null>): void {
  Promise.resolve(mail)
    .then((m) => m && deps.mailer.send(m))
    .catch((err: unknown) =>
      (deps.log ?? console.error)(`a mail failed: ${err instanceof Error ? err.stack : String(err)}`),
    );
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 8;
