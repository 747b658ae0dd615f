import { target } from '../../support/target/target.ts';
import { csrfOf, expect, randomSiret, test, textOf, uniqueId } from './fixtures.ts';

test.describe('pages, headers, errors', () => {
  test('health answers ok', async ({ request }) => {
    const res = await request.get('/health');
    expect(res.status()).toBe(200);
    expect(await res.text()).toBe('ok');
  });

  test('home: heading « Certigna », link « Espace client », French, one h1, a main landmark', async ({
    request,
  }) => {
    const res = await request.get('/');
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="fr">/i);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h1>Certigna</h1>');
    expect(html).toContain('<main');
    expect(html).toMatch(/<a [^>]*href="\/espace-client"[^>]*>Espace client<\/a>/);
  });

  test('security headers are set on every page', async ({ request }) => {
    for (const path of ['/', '/connexion', '/page-qui-n-existe-pas']) {
      const h = (await request.get(path)).headers();
      expect(h['content-security-policy']).toContain("default-src 'self'");
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['content-security-policy']).not.toContain('unsafe-inline');
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('same-origin');
    }
  });

  test('pages carry no inline script', async ({ seed, as }) => {
    const account = await seed('plain');
    const html = await (
      await (await as(account.users[0]!.login)).get('/commande/formulaire?produit=rgs2')
    ).text();
    expect(html).toMatch(/<script src="\/static\/order-form\.js"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  test('an unknown route is a readable 404 page', async ({ request }) => {
    const res = await request.get('/nulle-part');
    expect(res.status()).toBe(404);
    const text = await textOf(res);
    expect(text).toContain('Page introuvable');
  });

  test('malformed bodies get a 4xx page, never a 5xx', async ({ request }) => {
    const bodies: { headers: Record<string, string>; data: string | Buffer }[] = [
      { headers: { 'content-type': 'application/json' }, data: '{"identifiant":' },
      { headers: { 'content-type': 'text/plain' }, data: 'hello' },
      { headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, data: '--zzz\r\nbroken' },
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: '%E0%A4%A=%%%&csrf=%ZZ' },
      { headers: {}, data: Buffer.from([0xff, 0xfe, 0x00, 0x01]) },
    ];
    for (const path of [
      '/connexion',
      '/creer-espace-client',
      '/identifiant-oublie',
      '/commande',
      '/manager/connexion',
    ]) {
      for (const b of bodies) {
        const res = await request.post(path, { headers: b.headers, data: b.data, maxRedirects: 0 });
        expect(res.status(), `${path} ${JSON.stringify(b.headers)}`).toBeGreaterThanOrEqual(300);
        expect(res.status(), `${path} ${JSON.stringify(b.headers)}`).toBeLessThan(500);
        expect(await res.text()).not.toMatch(/at .+\.ts:\d+/);
      }
    }
  });

  test('an oversized body is refused with 413', async ({ request }) => {
    const res = await request.post('/connexion', { form: { csrf: 'x', identifiant: 'a'.repeat(200_000) } });
    expect(res.status()).toBe(413);
  });

  test('typed values are escaped in pages', async ({ anonymous }) => {
    const ctx = await anonymous();
    const csrf = csrfOf(await (await ctx.get('/connexion')).text());
    const res = await ctx.post('/connexion', {
      form: { csrf, identifiant: '"><script>alert(1)</script>', mot_de_passe: 'x' },
    });
    expect(res.status()).toBe(401);
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

test.describe('test API', () => {
  test('needs the token', async ({ request }) => {
    for (const headers of [{}, { 'x-test-token': 'wrong' }] as Record<string, string>[]) {
      const res = await request.post(`${target.baseURL}/__test__/accounts`, { headers, data: {} });
      expect(res.status()).toBe(401);
      expect(await res.json()).toHaveProperty('error');
    }
  });

  test('validates accounts and refuses duplicates', async ({ testApi, seed }) => {
    const bad = await testApi.post('accounts', {
      data: { company: 'X', siret: '123', kind: 'plain', users: [] },
    });
    expect(bad.status()).toBe(400);
    const badKind = await testApi.post('accounts', {
      data: { company: 'X', siret: randomSiret(), kind: 'boss', users: [] },
    });
    expect(badKind.status()).toBe(400);
    const notJson = await testApi.post('accounts', {
      headers: { 'content-type': 'application/json' },
      data: '{',
    });
    expect(notJson.status()).toBe(400);
    const existing = await seed('plain');
    const dupSiret = await testApi.post('accounts', {
      data: { company: 'X', siret: existing.siret, kind: 'plain', users: [] },
    });
    expect(dupSiret.status()).toBe(409);
    const dupLogin = await testApi.post('accounts', {
      data: {
        company: 'X',
        siret: randomSiret(),
        kind: 'plain',
        users: [
          {
            firstName: 'A',
            lastName: 'B',
            email: `a.${uniqueId()}@exemple.test`,
            login: existing.users[0]!.login,
            password: 'x',
          },
        ],
      },
    });
    expect(dupLogin.status()).toBe(409);
  });

  test('an account is returned with its users; the first administers it', async ({ seed }) => {
    const account = await seed('delegue', ['Ann', 'Bob']);
    expect(account.kind).toBe('delegue');
    expect(account.users.map((u) => [u.admin, u.active])).toEqual([
      [true, true],
      [false, true],
    ]);
  });

  test('sessions: unknown login is 404; orders of an unknown account is 404', async ({ testApi }) => {
    expect((await testApi.post('sessions', { data: { login: `nobody.${uniqueId()}` } })).status()).toBe(404);
    expect((await testApi.post('sessions', { data: {} })).status()).toBe(400);
    expect((await testApi.get('accounts/zzz/orders')).status()).toBe(404);
  });
});
