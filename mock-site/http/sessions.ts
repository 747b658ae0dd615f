import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Session, SessionKind, Store } from '../domain/store.ts';
import { randomToken, safeEqual } from './security.ts';
import type { AppEnv, Ctx, Form } from './web.ts';
import { CSRF_REFUSED, readForm } from './web.ts';

/** Sessions and CSRF: the skin's cookies, logging in and out, the customer and staff guards. */

/** The skin's session cookies and the double-submit CSRF cookie of forms shown before a session exists. */
const cookies = (c: Ctx) => c.var.skin.cookies;

// Secure is kept on plain http too: Chromium and Playwright's request context both treat
// localhost as a secure origin and keep such cookies.
export const COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' } as const;

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
