import type { APIRequestContext, APIResponse } from '@playwright/test';
import { COOKIE_NAMES, csrfOf, expect, postForm, test, uniqueId } from './fixtures.ts';

/**
 * Security headers on every kind of answer (pages, refusals of each status, redirects, static
 * files) and the flags of every cookie the portal sets, as mock-site/README.md promises
 * ("Sessions and security").
 */

type Answer = { what: string; res: APIResponse; page: boolean };

/** The CSP as a map: directive → sources. */
function csp(res: APIResponse): Map<string, string[]> {
  const header = res.headers()['content-security-policy'] ?? '';
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function expectSecurityHeaders({ what, res, page }: Answer) {
  const h = res.headers();
  const policy = csp(res);
  expect(policy.get('default-src'), what).toEqual(["'self'"]);
  // No inline or eval'd script or style anywhere: the one script is a file of our own.
  for (const d of ['script-src', 'style-src']) {
    expect(policy.get(d) ?? policy.get('default-src'), `${what} ${d}`).toEqual(["'self'"]);
  }
  expect(policy.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(policy.get('object-src'), what).toEqual(["'none'"]);
  expect(policy.get('base-uri'), what).toEqual(["'none'"]);
  expect(policy.get('form-action'), what).toEqual(["'self'"]);
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('same-origin');
  // Nothing names the server's software.
  expect(h['x-powered-by'], what).toBeUndefined();
  expect(h['server'], what).toBeUndefined();
  if (page) {
    expect(h['content-type'], what).toMatch(/^text\/html; charset=utf-8$/i);
    // Pages show personal data: never cached.
    expect(h['cache-control'], what).toBe('no-store');
  }
}

type Cookie = { name: string; value: string; attributes: Map<string, string> };

function setCookies(res: APIResponse): Cookie[] {
  return res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => {
      const [pair, ...attributes] = h.value.split(';').map((p) => p.trim());
      const eq = pair!.indexOf('=');
      return {
        name: pair!.slice(0, eq),
        value: pair!.slice(eq + 1),
        attributes: new Map(
          attributes.map((a) => {
            const i = a.indexOf('=');
            return i < 0 ? [a.toLowerCase(), ''] : [a.slice(0, i).toLowerCase(), a.slice(i + 1)];
          }),
        ),
      };
    });
}

function cookieOf(res: APIResponse, name: string): Cookie {
  const cookie = setCookies(res).find((c) => c.name === name);
  expect(cookie, `${res.url()} sets ${name}`).toBeDefined();
  return cookie!;
}

/** HttpOnly (no script reads it), Secure, SameSite=Lax (no cross-site POST carries it), Path=/. */
function expectSafeCookie(cookie: Cookie) {
  expect(cookie.attributes.has('httponly'), `${cookie.name} HttpOnly`).toBe(true);
  expect(cookie.attributes.has('secure'), `${cookie.name} Secure`).toBe(true);
  expect(cookie.attributes.get('samesite')?.toLowerCase(), `${cookie.name} SameSite`).toBe('lax');
  expect(cookie.attributes.get('path'), `${cookie.name} Path`).toBe('/');
  expect(cookie.attributes.has('domain'), `${cookie.name} bound to this host only`).toBe(false);
}

/** A random token of at least 128 bits (base64url). */
function expectRandomToken(value: string) {
  expect(value).toMatch(/^[\w-]{22,}$/);
}

async function loggedIn(anonymous: () => Promise<APIRequestContext>, login: string, password: string) {
  const ctx = await anonymous();
  const csrf = csrfOf(await (await ctx.get('/connexion')).text());
  const res = await postForm(ctx, '/connexion', { csrf, identifiant: login, mot_de_passe: password });
  expect(res.status()).toBe(303);
  return { ctx, res };
}

test('every kind of answer carries the security headers: CSP, frames, content type, referrer, no caching', async ({
  seed,
  as,
  anonymous,
  testApi,
}) => {
  const account = await seed('plain', ['Ann']);
  const me = await as(account.users[0]!.login);
  const staffLogin = `staff.${uniqueId()}`;
  await testApi.post('staff', { data: { login: staffLogin, password: 'Staff-2026!' } });
  const staff = await as(staffLogin, true);
  const guest = await anonymous();
  const csrf = csrfOf(await (await me.get('/espace-client')).text());

  const answers: Answer[] = [
    { what: 'home', res: await guest.get('/'), page: true },
    { what: 'login page', res: await guest.get('/connexion'), page: true },
    {
      what: 'wrong credentials (401)',
      res: await postForm(guest, '/connexion', {
        csrf: csrfOf(await (await guest.get('/connexion')).text()),
        identifiant: 'personne',
        mot_de_passe: 'x',
      }),
      page: true,
    },
    {
      what: 'CSRF refused (403)',
      res: await postForm(guest, '/identifiant-oublie', { siret: '1' }),
      page: true,
    },
    {
      what: 'unreadable body (400)',
      res: await guest.post('/connexion', { headers: { 'content-type': 'text/plain' }, data: 'x' }),
      page: true,
    },
    {
      what: 'body too large (413)',
      res: await guest.post('/connexion', { form: { csrf: 'x', identifiant: 'a'.repeat(100_000) } }),
      page: true,
    },
    { what: 'unknown page (404)', res: await guest.get('/nulle-part'), page: true },
    {
      what: 'redirect to the login (303)',
      res: await guest.get('/espace-client', { maxRedirects: 0 }),
      page: false,
    },
    { what: 'customer area', res: await me.get('/espace-client'), page: true },
    { what: 'order form', res: await me.get('/commande/formulaire?produit=rgs2'), page: true },
    {
      what: 'order refused (400)',
      res: await postForm(me, '/commande', { csrf, produit: 'rgs2' }),
      page: true,
    },
    { what: 'manager', res: await staff.get('/manager'), page: true },
    { what: 'stylesheet', res: await guest.get('/static/portal.css'), page: false },
    { what: 'order form script', res: await guest.get('/static/order-form.js'), page: false },
  ];
  for (const a of answers) expectSecurityHeaders(a);
  // The statuses are the ones named: each kind of answer above was really produced.
  expect(answers.map((a) => a.res.status())).toEqual([
    200, 200, 401, 403, 400, 413, 404, 303, 200, 200, 400, 200, 200, 200,
  ]);
  const types = Object.fromEntries(answers.map((a) => [a.what, a.res.headers()['content-type']]));
  expect(types['stylesheet']).toBe('text/css; charset=utf-8');
  expect(types['order form script']).toBe('text/javascript; charset=utf-8');
});

test('the pre-login CSRF cookie, the customer session and the staff session are HttpOnly, Secure, SameSite=Lax, random', async ({
  seed,
  anonymous,
  testApi,
}) => {
  const account = await seed('plain', ['Ann']);
  const user = account.users[0]!;

  const guest = await anonymous();
  const csrfCookie = cookieOf(await guest.get('/connexion'), 'certigna_csrf');
  expectSafeCookie(csrfCookie);
  expectRandomToken(csrfCookie.value);

  const { ctx, res } = await loggedIn(anonymous, user.login, user.password);
  const session = cookieOf(res, COOKIE_NAMES.customer);
  expectSafeCookie(session);
  expectRandomToken(session.value);
  // Server-side sessions: the cookie carries no identity, and no page shows it.
  expect(session.value).not.toContain(user.login);
  expect(await (await ctx.get('/espace-client')).text()).not.toContain(session.value);

  const staffLogin = `staff.${uniqueId()}`;
  await testApi.post('staff', { data: { login: staffLogin, password: 'Staff-2026!' } });
  const staffGuest = await anonymous();
  const staffCsrf = csrfOf(await (await staffGuest.get('/manager/connexion')).text());
  const staffRes = await postForm(staffGuest, '/manager/connexion', {
    csrf: staffCsrf,
    identifiant: staffLogin,
    mot_de_passe: 'Staff-2026!',
  });
  expect(staffRes.status()).toBe(303);
  const staffSession = cookieOf(staffRes, COOKIE_NAMES.staff);
  expectSafeCookie(staffSession);
  expectRandomToken(staffSession.value);
  expect(staffSession.value).not.toBe(session.value);
});

test('a session id planted before login is replaced at login, and logging out deletes the cookie and the session', async ({
  seed,
  anonymous,
}) => {
  const account = await seed('plain', ['Ann']);
  const user = account.users[0]!;
  const first = await loggedIn(anonymous, user.login, user.password);
  const planted = cookieOf(first.res, COOKIE_NAMES.customer).value;

  // Another browser carrying the same id logs in: it gets a new one, and the old one is dead.
  const victim = await anonymous();
  const csrf = csrfOf(await (await victim.get('/connexion')).text());
  const login = await victim.post('/connexion', {
    headers: { cookie: `${COOKIE_NAMES.customer}=${planted}; certigna_csrf=${csrf}` },
    form: { csrf, identifiant: user.login, mot_de_passe: user.password },
    maxRedirects: 0,
  });
  expect(login.status()).toBe(303);
  const fresh = cookieOf(login, COOKIE_NAMES.customer).value;
  expect(fresh).not.toBe(planted);
  expect((await first.ctx.get('/espace-client', { maxRedirects: 0 })).status()).toBe(303);

  // Logging out: the cookie is deleted in the browser and the session on the server.
  const out = await anonymous();
  const session = await loggedIn(anonymous, user.login, user.password);
  const id = cookieOf(session.res, COOKIE_NAMES.customer).value;
  const token = csrfOf(await (await session.ctx.get('/espace-client')).text());
  const logout = await postForm(session.ctx, '/deconnexion', { csrf: token });
  expect(logout.status()).toBe(303);
  const deleted = cookieOf(logout, COOKIE_NAMES.customer);
  expect(deleted.value).toBe('');
  expect(deleted.attributes.get('max-age')).toBe('0');
  expectSafeCookie(deleted);
  const replay = await out.get('/espace-client', {
    headers: { cookie: `${COOKIE_NAMES.customer}=${id}` },
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(303);
  expect(replay.headers()['location']).toBe('/connexion');
});
