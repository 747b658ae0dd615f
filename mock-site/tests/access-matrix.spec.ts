import type { APIRequestContext, APIResponse } from '@playwright/test';
import { csrfOf, expect, GUIDE_ORDER, postForm, test, uniqueId, type Seeded } from './fixtures.ts';

/**
 * Who may do what: every route × every role, with the answer mock-site/README.md promises. One
 * test per row, each on a fresh world of its own, every cell checked (soft: a row reports all
 * its wrong cells at once).
 *
 * The world: account A (plain) with its administrator, a plain user (« customer ») and a third
 * user Cléa; account B (plain), whose administrator is « other customer »; a Mandataire account
 * M (administrator and a second user); account C for the staff to act on; a staff member.
 */

const ROLES = ['none', 'customer', 'otherCustomer', 'accountAdmin', 'mandataire', 'staff'] as const;
type Role = (typeof ROLES)[number];

/** A status, or `→/path`: a redirect (303) whose Location starts with /path. */
type Answer = number | `→${string}`;

type World = {
  a: Seeded;
  b: Seeded;
  m: Seeded;
  c: Seeded;
  /** The number of an order placed by A's administrator (placed on first use: one row needs it). */
  orderA: () => Promise<string>;
  ctx: Record<Role, APIRequestContext>;
  csrf: Record<Role, string>;
};

type Row = {
  route: string;
  send: (ctx: APIRequestContext, csrf: string, w: World) => Promise<APIResponse>;
  expected: Record<Role, Answer>;
};

const everyone = (a: Answer): Record<Role, Answer> =>
  Object.fromEntries(ROLES.map((r) => [r, a])) as Record<Role, Answer>;
/** A customer page: the login for no session and for staff sessions, `customers` for customers. */
const customerOnly = (customers: Answer, own: Partial<Record<Role, Answer>> = {}): Record<Role, Answer> => ({
  none: '→/connexion',
  customer: customers,
  otherCustomer: customers,
  accountAdmin: customers,
  mandataire: customers,
  staff: '→/connexion',
  ...own,
});
const staffOnly = (staff: Answer): Record<Role, Answer> => ({
  ...everyone('→/manager/connexion'),
  staff,
});

const get = (path: string) => (ctx: APIRequestContext) => ctx.get(path, { maxRedirects: 0 });
const newUser = () => {
  const id = uniqueId();
  return { prenom: 'Zoé', nom: 'Matrice', email: `z.${id}@exemple.test`, identifiant: `m.${id}` };
};

// prettier-ignore
const MATRIX: Row[] = [
  { route: 'GET /', send: get('/'), expected: everyone(200) },
  { route: 'GET /connexion', send: get('/connexion'), expected: everyone(200) },
  { route: 'GET /identifiant-oublie', send: get('/identifiant-oublie'), expected: everyone(200) },
  { route: 'GET /mot-de-passe-oublie', send: get('/mot-de-passe-oublie'), expected: everyone(200) },
  { route: 'GET /creer-espace-client', send: get('/creer-espace-client'), expected: everyone(200) },
  { route: 'GET /manager/connexion', send: get('/manager/connexion'), expected: everyone(200) },
  { route: 'GET /static/order-form.js', send: get('/static/order-form.js'), expected: everyone(200) },
  { route: 'GET /page-inconnue', send: get('/page-inconnue'), expected: everyone(404) },
  { route: 'GET /espace-client', send: get('/espace-client'), expected: customerOnly(200) },
  { route: 'GET /commande', send: get('/commande'), expected: customerOnly(200) },
  { route: 'GET /commande/catalogue', send: get('/commande/catalogue'), expected: customerOnly(200) },
  { route: 'GET /commande/formulaire?produit=rgs2', send: get('/commande/formulaire?produit=rgs2'), expected: customerOnly(200) },
  {
    route: "GET /commande/confirmation/<A's order>",
    send: async (ctx, _csrf, w) => ctx.get(`/commande/confirmation/${await w.orderA()}`, { maxRedirects: 0 }),
    // Another account's order is « Page introuvable », not « forbidden »: no hint it exists.
    expected: customerOnly(200, { otherCustomer: 404, mandataire: 404 }),
  },
  {
    route: 'POST /espace-client/utilisateurs (« Créer un utilisateur »)',
    send: (ctx, csrf) => postForm(ctx, '/espace-client/utilisateurs', { csrf, ...newUser() }),
    // Administrators create users in their own account; a plain user may not.
    expected: customerOnly(200, { customer: 403 }),
  },
  {
    route: 'POST /commande/partenaire code=DEMATIS',
    send: (ctx, csrf) => postForm(ctx, '/commande/partenaire', { csrf, code: 'DEMATIS' }),
    expected: customerOnly('→/commande/catalogue?partenaire=DEMATIS'),
  },
  {
    route: 'POST /commande for oneself',
    send: (ctx, csrf) => postForm(ctx, '/commande', { csrf, ...GUIDE_ORDER }),
    expected: customerOnly('→/commande/confirmation/CMD-'),
  },
  {
    route: "POST /commande for Cléa, a user of A",
    send: (ctx, csrf, w) => postForm(ctx, '/commande', { csrf, ...GUIDE_ORDER, porteur: 'autre', autre_porteur: w.a.users[2]!.id }),
    // A is a plain account (no Délégué/Mandataire rights); the others are not in A at all.
    expected: customerOnly(403),
  },
  {
    route: "POST /commande for M's second user",
    send: (ctx, csrf, w) => postForm(ctx, '/commande', { csrf, ...GUIDE_ORDER, porteur: 'autre', autre_porteur: w.m.users[1]!.id }),
    expected: customerOnly(403, { mandataire: '→/commande/confirmation/CMD-' }),
  },
  { route: 'GET /manager', send: get('/manager'), expected: staffOnly(200) },
  {
    route: "GET /manager?societe=<A's company>",
    send: (ctx, _csrf, w) => ctx.get(`/manager?societe=${encodeURIComponent(w.a.company)}`, { maxRedirects: 0 }),
    expected: staffOnly(200),
  },
  {
    route: 'POST /manager/comptes/<C>/mandataire',
    send: (ctx, csrf, w) => postForm(ctx, `/manager/comptes/${w.c.id}/mandataire`, { csrf, societe: w.c.company }),
    expected: staffOnly('→/manager?societe='),
  },
  {
    route: 'POST /manager/comptes/<unknown>/mandataire',
    send: (ctx, csrf) => postForm(ctx, '/manager/comptes/inconnu/mandataire', { csrf, societe: 'x' }),
    expected: staffOnly(404),
  },
  { route: 'POST /deconnexion', send: (ctx, csrf) => postForm(ctx, '/deconnexion', { csrf }), expected: everyone('→/connexion') },
  { route: 'POST /manager/deconnexion', send: (ctx, csrf) => postForm(ctx, '/manager/deconnexion', { csrf }), expected: everyone('→/manager/connexion') },
  {
    route: "GET /__test__/accounts/<A>/orders without the token",
    send: (ctx, _csrf, w) => ctx.get(`/__test__/accounts/${w.a.id}/orders`, { maxRedirects: 0 }),
    expected: everyone(401),
  },
];

const matrixTest = test.extend<{ world: World }>({
  world: async ({ seed, as, anonymous, testApi }, use) => {
    const [a, b, m, c] = await Promise.all([
      seed('plain', ['Alice', 'Bruno', 'Cléa'], { company: 'Matrice A' }),
      seed('plain', ['Oscar'], { company: 'Matrice B' }),
      seed('mandataire', ['Marc', 'Nina'], { company: 'Matrice M' }),
      seed('plain', ['Carl'], { company: 'Matrice C' }),
    ]);
    const staffLogin = `staff.${uniqueId()}`;
    expect(
      (await testApi.post('staff', { data: { login: staffLogin, password: 'Staff-2026!' } })).status(),
    ).toBe(201);
    const ctx: Record<Role, APIRequestContext> = {
      none: await anonymous(),
      customer: await as(a.users[1]!.login),
      otherCustomer: await as(b.users[0]!.login),
      accountAdmin: await as(a.users[0]!.login),
      mandataire: await as(m.users[0]!.login),
      staff: await as(staffLogin, true),
    };
    // Each role's own valid token, so a cell tests who may act, not the CSRF check.
    const pageOf: Record<Role, string> = {
      none: '/connexion',
      customer: '/espace-client',
      otherCustomer: '/espace-client',
      accountAdmin: '/espace-client',
      mandataire: '/espace-client',
      staff: '/manager',
    };
    const csrf = Object.fromEntries(
      await Promise.all(ROLES.map(async (r) => [r, csrfOf(await (await ctx[r].get(pageOf[r])).text())])),
    ) as Record<Role, string>;
    let placed: Promise<string> | undefined;
    const orderA = () =>
      (placed ??= postForm(ctx.accountAdmin, '/commande', { csrf: csrf.accountAdmin, ...GUIDE_ORDER }).then(
        (res) => {
          expect(res.status()).toBe(303);
          return (res.headers()['location'] ?? '').split('/').pop()!;
        },
      ));
    await use({ a, b, m, c, orderA, ctx, csrf });
  },
});

function answerOf(res: APIResponse): string {
  const status = res.status();
  return status >= 300 && status < 400 ? `→${res.headers()['location'] ?? ''}` : String(status);
}

function matches(actual: string, expected: Answer): boolean {
  return typeof expected === 'number' ? actual === String(expected) : actual.startsWith(expected);
}

test.describe(`access matrix: ${MATRIX.length} routes × ${ROLES.length} roles`, () => {
  for (const row of MATRIX) {
    matrixTest(row.route, async ({ world }) => {
      const cells: string[] = [];
      // Roles in table order; staff last, so its mandataire switch comes after everyone else's try.
      for (const role of ROLES) {
        const res = await row.send(world.ctx[role], world.csrf[role], world);
        const actual = answerOf(res);
        cells.push(`${role}: ${actual}`);
        expect
          .soft(
            matches(actual, row.expected[role]),
            `${row.route} as ${role}: got ${actual}, expected ${row.expected[role]}`,
          )
          .toBe(true);
        // Refusals are readable pages, not bare statuses (the test API answers JSON).
        if (res.status() >= 400 && !row.route.includes('__test__'))
          expect.soft(await res.text(), `${row.route} as ${role}`).toMatch(/role="alert"/);
      }
      await test.info().attach('answers', { body: cells.join('\n'), contentType: 'text/plain' });
    });
  }
});
