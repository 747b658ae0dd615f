import type { Hono, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { getPath } from 'hono/utils/url';
import type { Skin } from '../builds/skin.ts';
import { errorPage } from '../views/error.tsx';
import { randomToken } from './security.ts';
import { COOKIE_OPTIONS } from './sessions.ts';
import type { AppEnv, Ctx } from './web.ts';

/**
 * What the faces build (a JSF 2 + PrimeFaces portal, `MOCK_SKIN=faces`) does on the wire beside
 * its contract: URL rewriting (`;jsessionid=` in the links of the first page a browser without a
 * session gets, accepted on every path), refusals of a posted form answered 200 with the page and
 * its message, and an expired view (missing or wrong ViewState) answered with the page again.
 * The order form's AJAX partial updates are in routes/order.tsx and views/faces-partial.tsx.
 */

export const isFaces = (skin: Skin) => skin.name === 'faces';

/** The request's path without its `;jsessionid=` path parameter: the router's path on the faces build. */
export function facesPath(request: Request): string {
  return getPath(request).replace(/;jsessionid=[^/?#]*/gi, '');
}

const REFUSALS = new Set([400, 401, 403, 409]);

/** The answer's HTML, rewritten; its other headers kept, its length dropped (it changed). */
async function rewrite(c: Ctx, status: number, edit: (html: string) => string): Promise<void> {
  const html = edit(await c.res.text());
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  c.res.headers.delete('content-length');
  c.res = new Response(html, { status, headers });
}

export function facesMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const cookieName = c.var.skin.cookies.csrf;
    const hadSession = getCookie(c, cookieName) !== undefined;
    await next();
    if (!(c.res.headers.get('content-type') ?? '').startsWith('text/html')) return;
    // A refused submission: the page again with its message, as a JSF postback answers.
    const status = c.req.method === 'POST' && REFUSALS.has(c.res.status) ? 200 : c.res.status;
    let id: string | undefined;
    if (!hadSession) {
      // The servlet container's URL rewriting: the first page names the new session in its links,
      // for a browser that might not keep the cookie.
      const set = c.res.headers.getSetCookie().find((v) => v.startsWith(`${cookieName}=`));
      id = set?.slice(cookieName.length + 1).split(';')[0];
      if (!id) {
        id = randomToken();
        setCookie(c, cookieName, id, COOKIE_OPTIONS);
      }
    }
    if (status === c.res.status && !id) return;
    const rewriteLinks = (html: string) =>
      id ? html.replace(/\b(href|action|src)="(\/[^"?#;]*)/g, `$1="$2;jsessionid=${id}`) : html;
    await rewrite(c, status, rewriteLinks);
  };
}

/**
 * An expired view, as a JSF portal answers a postback whose ViewState it does not know: 200, the
 * page (`path`, read with the same cookies) again with the message, nothing done. A path with no
 * page (a log-out) gets a page with the message alone.
 */
export async function expiredView(app: Hono<AppEnv>, c: Ctx, path: string): Promise<Response> {
  const message = c.var.skin.t('Le formulaire a expiré. Veuillez recharger la page et réessayer.');
  const again = await app.request(path, { headers: { cookie: c.req.header('cookie') ?? '' } });
  const type = again.headers.get('content-type') ?? '';
  if (again.status !== 200 || !type.startsWith('text/html')) {
    return c.html(errorPage(200, 'Requête refusée', message), 200);
  }
  const alert = `<p role="alert" class="${c.var.skin.markup.cls('message')} ${c.var.skin.markup.cls('message--error')}">${escapeHtml(message)}</p>`;
  const html = (await again.text()).replace(/(<main\b[^>]*>)/, `$1${alert}`);
  const headers = new Headers({ 'content-type': type });
  for (const cookie of again.headers.getSetCookie()) headers.append('set-cookie', cookie);
  return new Response(html, { status: 200, headers });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);
