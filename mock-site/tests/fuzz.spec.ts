import fc from 'fast-check';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { csrfOf, expect, GUIDE_ORDER, randomSiret, test, uniqueId, type Seeded } from './fixtures.ts';

/**
 * The mock under bad input and attack, generated with fast-check: hostile values in every form
 * field and query, missing fields, wrong types, tampered prices, products and holders, forged and
 * missing CSRF tokens, other accounts' ids, the wrong kind of session or none, malformed bodies.
 * Every answer must be clear (a 4xx page with a heading and an alert, or a redirect to a login
 * page, or the documented answer where the input is acceptable), never a 5xx, never echo a
 * value unescaped, and store nothing when it refuses. Expected answers come from
 * mock-site/README.md. The seed changes per run; a failure prints it (`FUZZ_SEED=<seed>` replays).
 */

// One worker runs the file in order, so the counts below add up for the whole file. Each test
// sends a few hundred requests: about 5 to 10 s apiece on a loaded 2-core machine.
test.describe.configure({ mode: 'default', timeout: 45_000 });

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const sentByKind = new Map<string, number>();
function sent(kind: string) {
  sentByKind.set(kind, (sentByKind.get(kind) ?? 0) + 1);
}

async function check<Ts extends [unknown, ...unknown[]]>(property: fc.IAsyncProperty<Ts>, numRuns: number) {
  await fc.assert(property, { numRuns, seed: SEED });
}

/** For paths and queries: lone surrogates (which encodeURIComponent refuses) become U+FFFD. */
const enc = (v: string) => encodeURIComponent(Buffer.from(v, 'utf8').toString('utf8'));

// ---------------------------------------------------------------- hostile values

const MARK = 'fz9q';
const SCRIPTS = [
  `<script>alert("${MARK}")</script>`,
  `"><img src=x onerror=alert('${MARK}')>`,
  `'><svg onload=alert(${MARK})>`,
  `</textarea><b id="${MARK}">`,
  `javascript:alert("${MARK}")`,
  `<a href="//evil.example/${MARK}">x</a>`,
  `{{7*7}}\${7*7}<%= 7*7 %>${MARK}`,
];
const SQL = [
  `' OR '1'='1`,
  `'; DROP TABLE orders; --`,
  `1 UNION SELECT login, password FROM users`,
  `admin'--`,
  `" OR ""="`,
  `%' AND 1=0 UNION ALL SELECT NULL--`,
];
const ODD = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  '\u202e\u202d',
  '\uFEFF',
  '😀'.repeat(30),
  'Ⅻ',
  'ﬃ',
  '\r\n\r\nX: y',
  '%00',
  '../../etc/passwd',
];

/** Any hostile value: empty, over-long, unicode, markup, SQL-looking, odd bytes, numbers. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SCRIPTS, ...SQL, ...ODD),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.integer({ min: 65, max: 20_000 }).map((n) => 'A'.repeat(n)),
  fc.tuple(fc.constantFrom(...SCRIPTS), fc.string({ maxLength: 8 })).map(([s, t]) => t + s + t),
);

// ---------------------------------------------------------------- what a clear answer is

type Expect = {
  /** A 2xx is acceptable here when its page says this (the input was valid after all). */
  ok?: RegExp;
  /** Where a redirect may point; default: a login page. */
  redirect?: RegExp;
  /** The only 4xx statuses acceptable; default: any 4xx. */
  refused?: number[];
};
const TO_LOGIN = /^\/(manager\/)?connexion$/;

/** Values the page must never carry verbatim: the ones with markup characters. */
function risky(values: string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => v.length >= 6 && /[<>"]/.test(v));
}

async function expectClear(
  res: APIResponse,
  values: string[],
  e: Expect = {},
): Promise<'ok' | 'refused' | 'redirect'> {
  const status = res.status();
  const what = `${res.url().slice(0, 200)} answered ${status}`;
  expect(status, what).toBeLessThan(500);
  // Node's HTTP server refuses a request whose line and headers pass 16 KB itself, before the
  // portal: no page then. Only URLs past 8 KB get there (browsers and proxies cut them anyway).
  if (status === 431 && res.url().length > 8 * 1024) return 'refused';
  if (status >= 300 && status < 400) {
    expect(res.headers()['location'] ?? '', what).toMatch(e.redirect ?? TO_LOGIN);
    return 'redirect';
  }
  const body = await res.text();
  for (const v of risky(values)) expect(body.includes(v), `${what}: reflected unescaped: ${v}`).toBe(false);
  if (status >= 400) {
    if (e.refused) expect(e.refused, what).toContain(status);
    expect(res.headers()['content-type'], what).toMatch(/^text\/html/);
    expect(body, `${what}: a page with a heading`).toMatch(/<h1>[^<]+<\/h1>/);
    expect(body, `${what}: an alert saying why`).toMatch(/role="alert"[^>]*>[^<]+</);
    return 'refused';
  }
  expect(e.ok, `${what}: a 2xx where only a refusal was expected`).toBeDefined();
  expect(body, what).toMatch(e.ok!);
  return 'ok';
}

/** A form posted as a browser would, or as raw urlencoded pairs (repeated fields). */
function post(ctx: APIRequestContext, path: string, form: Record<string, string> | [string, string][]) {
  const pairs = Array.isArray(form) ? form : Object.entries(form);
  return ctx.post(path, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: new URLSearchParams(pairs).toString(),
    maxRedirects: 0,
  });
}

async function pageCsrf(ctx: APIRequestContext, path: string): Promise<string> {
  const res = await ctx.get(path);
  expect(res.status(), path).toBe(200);
  return csrfOf(await res.text());
}

async function ordersOf(testApi: APIRequestContext, account: Seeded): Promise<unknown[]> {
  const res = await testApi.get(`accounts/${account.id}/orders`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { orders: unknown[] }).orders;
}

/** 404: no such user; 409: stored but not active. */
async function loginStatus(testApi: APIRequestContext, login: string): Promise<number> {
  return (await testApi.post('sessions', { data: { login } })).status();
}

// ---------------------------------------------------------------- the order form

type OrderField = keyof typeof GUIDE_ORDER;

/** What the contract accepts per field; anything else must be refused. */
const VALID: Partial<Record<OrderField, (v: string) => boolean>> = {
  produit: (v) => ['rgs1', 'rgs2', 'rgs3', 'chiffrement'].includes(v.trim()),
  duree: (v) => ['1', '2', '3'].includes(v.trim()),
  os: (v) => ['windows', 'macos', 'autre'].includes(v.trim()),
  porteur: (v) => ['moi', 'autre'].includes(v.trim()),
  paiement: (v) => ['carte', 'virement', 'cheque', 'autre'].includes(v.trim()),
  cgu: (v) => v.trim() === 'on',
  prix: (v) => v.trim() !== '' && Number(v.trim().replace(',', '.')) === 250,
  partenaire: (v) => v.trim() === '' || ['dematis', 'sslpro'].includes(v.trim().toLowerCase()),
};
const INVALID_FIELDS = Object.keys(VALID) as OrderField[];
const REQUIRED: OrderField[] = ['produit', 'duree', 'os', 'porteur', 'paiement', 'cgu', 'prix'];

test('order form: invalid values, missing fields, wrong types, tampered prices, products and holders are refused and nothing is stored', async ({
  seed,
  as,
  testApi,
}) => {
  const account = await seed('plain', ['Ann', 'Bob', 'Cléa'], { inactive: ['Cléa'] });
  const [me, colleague, pending] = account.users;
  const other = await seed('mandataire', ['Dan', 'Eve']);
  const ctx = await as(me!.login);
  const csrf = await pageCsrf(ctx, '/commande/formulaire?produit=rgs2');
  const base = { csrf, ...GUIDE_ORDER };
  const refusedOrder = /Commande refusée|Requête invalide/;
  const orderRefused = async (res: APIResponse, values: string[]) => {
    expect(await expectClear(res, values, { refused: [400, 403, 413] })).toBe('refused');
    expect(await res.text()).toMatch(refusedOrder);
  };

  // One field holds a value the contract does not accept.
  const badField = fc.constantFrom(...INVALID_FIELDS).chain((name) =>
    fc.tuple(
      fc.constant(name),
      hostile.filter((v) => !VALID[name]!(v)),
    ),
  );
  await check(
    fc.asyncProperty(badField, async ([name, value]) => {
      sent('order: invalid field value');
      await orderRefused(await post(ctx, '/commande', { ...base, [name]: value }), [value]);
    }),
    120,
  );

  // « Une autre personne de » with a person who is not a choice.
  await check(
    fc.asyncProperty(hostile, async (value) => {
      sent('order: invalid « Autre porteur »');
      await orderRefused(await post(ctx, '/commande', { ...base, porteur: 'autre', autre_porteur: value }), [
        value,
      ]);
    }),
    25,
  );

  // Required fields left out.
  await check(
    fc.asyncProperty(fc.subarray(REQUIRED, { minLength: 1 }), async (missing) => {
      sent('order: missing fields');
      const form = Object.fromEntries(
        Object.entries(base).filter(([k]) => !missing.includes(k as OrderField)),
      );
      await orderRefused(await post(ctx, '/commande', form), []);
    }),
    40,
  );

  // Wrong types: the same order as JSON, fields as arrays or objects, a file for a field, a bad first value.
  const wrongTypes = fc.oneof(
    fc.constant(() => ctx.post('/commande', { data: base, maxRedirects: 0 })),
    fc.constantFrom(...REQUIRED).map(
      (name) => () =>
        post(
          ctx,
          '/commande',
          Object.entries(base).map(([k, v]): [string, string] => [k === name ? `${k}[]` : k, v]),
        ),
    ),
    fc.constantFrom(...REQUIRED).map(
      (name) => () =>
        post(
          ctx,
          '/commande',
          Object.entries(base).map(([k, v]): [string, string] => [k === name ? `${k}[a]` : k, v]),
        ),
    ),
    fc.constantFrom(...REQUIRED).map(
      (name) => () =>
        ctx.post('/commande', {
          multipart: {
            ...Object.fromEntries(Object.entries(base).filter(([k]) => k !== name)),
            [name]: { name: 'x.bin', mimeType: 'application/octet-stream', buffer: Buffer.from(base[name]) },
          },
          maxRedirects: 0,
        }),
    ),
    fc.tuple(fc.constantFrom(...INVALID_FIELDS), hostile).map(
      ([name, value]) =>
        () =>
          post(ctx, '/commande', [
            [name, VALID[name]!(value) ? `${value}#` : value],
            ...Object.entries(base),
          ]),
    ),
  );
  await check(
    fc.asyncProperty(wrongTypes, async (send) => {
      sent('order: wrong types');
      await orderRefused(await send(), []);
    }),
    40,
  );

  // Tampered hidden values: a price off the table, a server product, a product the partner does
  // not sell, a holder who is a colleague (a plain account may not), pending, or in another account.
  const tampered = fc.oneof(
    fc
      .double({ noNaN: true })
      .filter((p) => p !== 250)
      .map((p) => ({ prix: String(p) })),
    fc
      .integer({ min: -1000, max: 100_000 })
      .filter((p) => p !== 250)
      .map((p) => ({ prix: `${p},0` })),
    fc
      .constantFrom('ssl', 'ssl-rgs1', 'wildcard', 'serveur-client', 'cachet-serveur')
      .map((produit) => ({ produit })),
    fc.constant({ produit: 'rgs1', prix: '220.0', partenaire: 'DEMATIS' }),
    fc.constant({ produit: 'rgs2', partenaire: 'SSLPRO' }),
    fc
      .constantFrom(colleague!.id, pending!.id, other.users[0]!.id, other.users[1]!.id)
      .map((porteur) => ({ porteur })),
    fc.constantFrom(colleague!.id, other.users[1]!.id).map((id) => ({ porteur: 'autre', autre_porteur: id })),
    fc.constant({ paiement: 'autre', bon_commande: '   ' }),
  );
  await check(
    fc.asyncProperty(tampered, async (change) => {
      sent('order: tampered price, product, holder');
      await orderRefused(await post(ctx, '/commande', { ...base, ...change }), Object.values(change));
    }),
    80,
  );

  expect(await ordersOf(testApi, account), 'a refused order is never stored').toEqual([]);
  // The base order itself is good: the refusals above came from the change, not from it.
  const good = await post(ctx, '/commande', base);
  expect(good.status()).toBe(303);
  expect(await ordersOf(testApi, account)).toHaveLength(1);
});

// ---------------------------------------------------------------- free text everywhere

test('hostile values in every other form field and query: a clear answer, escaped, nothing stored when refused', async ({
  seed,
  as,
  anonymous,
  testApi,
}) => {
  const account = await seed('plain', ['Ann', 'Bob']);
  const admin = await as(account.users[0]!.login);
  const staffLogin = `staff.${uniqueId()}`;
  expect(
    (await testApi.post('staff', { data: { login: staffLogin, password: 'Staff-2026!' } })).status(),
  ).toBe(201);
  const staff = await as(staffLogin, true);
  const guest = await anonymous();
  const guestCsrf = await pageCsrf(guest, '/connexion');
  const adminCsrf = await pageCsrf(admin, '/espace-client');
  const staffCsrf = await pageCsrf(staff, '/manager');

  const person = () => {
    const id = uniqueId();
    return { prenom: 'Zoé', nom: 'Test', email: `z.${id}@exemple.test`, identifiant: `z.${id}` };
  };
  /** The login a person form would create, and whether it must not exist after a refusal. */
  const personForm = async (
    kind: string,
    path: string,
    csrf: string,
    ctx: APIRequestContext,
    extra: () => Record<string, string>,
    created: RegExp,
  ) =>
    check(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys({ ...extra(), ...person() })),
        hostile,
        async (name, value) => {
          sent(kind);
          const form: Record<string, string> = { csrf, ...extra(), ...person() };
          form[name] = value;
          const outcome = await expectClear(await post(ctx, path, form), [value], {
            ok: created,
            refused: [400, 409, 413],
          });
          const login = form.identifiant!.trim();
          // A refusal stores nothing: the login it would have created is unknown.
          if (outcome === 'refused' && /^\S{3,64}$/.test(login) && name !== 'identifiant')
            expect(await loginStatus(testApi, login), `${path} refused but stored ${login}`).toBe(404);
          // An acceptance stored a user waiting for activation.
          if (outcome === 'ok') expect(await loginStatus(testApi, login)).toBe(409);
        },
      ),
      40,
    );

  await personForm(
    'free text: create a customer area',
    '/creer-espace-client',
    guestCsrf,
    guest,
    () => ({ raison_sociale: `Société ${uniqueId()}`, siret: randomSiret() }),
    /Votre espace client a été créé/,
  );
  await personForm(
    'free text: « Créer un utilisateur »',
    '/espace-client/utilisateurs',
    adminCsrf,
    admin,
    () => ({}),
    /L(&#39;|')utilisateur a été créé/,
  );

  type Target = { kind: string; send: (v: string) => Promise<APIResponse>; expect: Expect };
  const targets: Target[] = [
    {
      kind: 'free text: login',
      send: (v) => post(guest, '/connexion', { csrf: guestCsrf, identifiant: v, mot_de_passe: v }),
      expect: { refused: [400, 401, 413] },
    },
    {
      kind: 'free text: staff login',
      send: (v) => post(guest, '/manager/connexion', { csrf: guestCsrf, identifiant: v, mot_de_passe: v }),
      expect: { refused: [400, 401, 413] },
    },
    {
      kind: 'free text: forgotten identifier',
      send: (v) => post(guest, '/identifiant-oublie', { csrf: guestCsrf, siret: v, email: v }),
      expect: { refused: [400, 401, 413] },
    },
    {
      kind: 'free text: forgotten identifier, known SIRET',
      send: (v) =>
        post(guest, '/identifiant-oublie', { csrf: guestCsrf, siret: account.siret, email: `${v}x` }),
      expect: { refused: [400, 401, 413] },
    },
    {
      kind: 'free text: forgotten password',
      send: (v) => post(guest, '/mot-de-passe-oublie', { csrf: guestCsrf, identifiant: v }),
      // The same answer for any identifier (no account enumeration); blank is a 400.
      expect: {
        ok: /Si ce compte existe, un e-mail de réinitialisation vous a été envoyé\./,
        refused: [400, 413],
      },
    },
    {
      kind: 'free text: activation and reset links',
      send: (v) =>
        post(guest, v.length % 2 ? '/activation' : '/nouveau-mot-de-passe', {
          csrf: guestCsrf,
          jeton: v,
          mot_de_passe: 'Secret-2026!',
          confirmation: 'Secret-2026!',
        }),
      expect: { refused: [400, 413] },
    },
    {
      kind: 'free text: link tokens in the query',
      send: (v) => guest.get(`/activation?jeton=${enc(v)}`, { maxRedirects: 0 }),
      expect: { refused: [400] },
    },
    {
      kind: 'free text: partner code',
      send: (v) =>
        post(admin, '/commande/partenaire', {
          csrf: adminCsrf,
          code: ['DEMATIS', 'SSLPRO'].includes(v.trim().toUpperCase()) ? `${v}!` : v,
        }),
      expect: { refused: [400, 413] },
    },
    {
      kind: 'free text: catalogue and order form queries',
      send: (v) =>
        admin.get(
          v.length % 2
            ? `/commande/catalogue?partenaire=${enc(v)}`
            : `/commande/formulaire?produit=${enc(v)}`,
          { maxRedirects: 0 },
        ),
      // Blank is no partner / no product: the page itself.
      expect: {
        ok: /<h1>(Nouvelle commande|Produit non couvert par cette démonstration)<\/h1>/,
        refused: [400, 404],
      },
    },
    {
      kind: 'free text: order number in the path',
      send: (v) => admin.get(`/commande/confirmation/${enc(v)}`, { maxRedirects: 0 }),
      expect: { refused: [404], ok: /Nouvelle commande|Passez-vous par un partenaire/ },
    },
    {
      kind: 'free text: manager search',
      send: (v) => staff.get(`/manager?societe=${enc(v)}&active=${enc(v)}`),
      expect: { ok: /<h1>Manager Certigna<\/h1>/ },
    },
    {
      kind: 'free text: manager account id and kept search',
      send: (v) => post(staff, `/manager/comptes/${enc(v)}/mandataire`, { csrf: staffCsrf, societe: v }),
      expect: { refused: [400, 404, 413] },
    },
  ];
  await check(
    fc.asyncProperty(fc.constantFrom(...targets), hostile, async (t, value) => {
      sent(t.kind);
      await expectClear(await t.send(value), [value], t.expect);
    }),
    300,
  );
});

// ---------------------------------------------------------------- CSRF

test('forged and missing CSRF tokens are refused on every form, and the action is not done', async ({
  seed,
  as,
  anonymous,
  testApi,
}) => {
  const account = await seed('plain', ['Ann', 'Bob']);
  const target = await seed('plain', ['Gus'], { company: 'Cible CSRF' });
  const me = await as(account.users[0]!.login);
  const otherSession = await as(account.users[1]!.login);
  const otherToken = await pageCsrf(otherSession, '/espace-client');
  const staffLogin = `staff.${uniqueId()}`;
  await testApi.post('staff', { data: { login: staffLogin, password: 'Staff-2026!' } });
  const staff = await as(staffLogin, true);
  const guest = await anonymous();
  const guestToken = await pageCsrf(guest, '/connexion');

  const forged = fc.oneof(
    fc.constant<string | undefined>(undefined),
    fc.constant(otherToken),
    fc.constant(guestToken),
    hostile,
  );
  type Form = {
    path: string;
    ctx: APIRequestContext;
    fields: () => Record<string, string>;
    guestForm?: boolean;
  };
  const forms: Form[] = [
    { path: '/commande', ctx: me, fields: () => ({ ...GUIDE_ORDER }) },
    { path: '/commande/partenaire', ctx: me, fields: () => ({ code: 'DEMATIS' }) },
    {
      path: '/espace-client/utilisateurs',
      ctx: me,
      fields: () => ({
        prenom: 'Zoé',
        nom: 'Test',
        email: `z.${uniqueId()}@exemple.test`,
        identifiant: `csrf.${uniqueId()}`,
      }),
    },
    { path: '/deconnexion', ctx: me, fields: () => ({}) },
    {
      path: `/manager/comptes/${target.id}/mandataire`,
      ctx: staff,
      fields: () => ({ societe: target.company }),
    },
    { path: '/manager/deconnexion', ctx: staff, fields: () => ({}) },
    {
      path: '/connexion',
      ctx: guest,
      guestForm: true,
      fields: () => ({ identifiant: account.users[0]!.login, mot_de_passe: account.users[0]!.password }),
    },
    {
      path: '/manager/connexion',
      ctx: guest,
      guestForm: true,
      fields: () => ({ identifiant: staffLogin, mot_de_passe: 'Staff-2026!' }),
    },
    {
      path: '/identifiant-oublie',
      ctx: guest,
      guestForm: true,
      fields: () => ({ siret: account.siret, email: '' }),
    },
    {
      path: '/mot-de-passe-oublie',
      ctx: guest,
      guestForm: true,
      fields: () => ({ identifiant: account.users[0]!.login }),
    },
    {
      path: '/creer-espace-client',
      ctx: guest,
      guestForm: true,
      fields: () => ({
        raison_sociale: 'X',
        siret: randomSiret(),
        prenom: 'A',
        nom: 'B',
        email: `c.${uniqueId()}@exemple.test`,
        identifiant: `csrf.${uniqueId()}`,
      }),
    },
  ];
  await check(
    fc.asyncProperty(fc.constantFrom(...forms), forged, async (form, token) => {
      // The guest's own token is the right one on guest forms: forge it there with a suffix.
      const csrf = form.guestForm && token === guestToken ? `${token}x` : token;
      sent('CSRF: forged or missing token');
      const fields = form.fields();
      const res = await post(form.ctx, form.path, csrf === undefined ? fields : { csrf, ...fields });
      expect(await expectClear(res, csrf ? [csrf] : [], { refused: [403, 413] })).toBe('refused');
      if (fields.identifiant?.startsWith('csrf.'))
        expect(await loginStatus(testApi, fields.identifiant)).toBe(404);
    }),
    120,
  );

  // Not done: no order, sessions still open, the target account not mandataire.
  expect(await ordersOf(testApi, account)).toEqual([]);
  expect((await me.get('/espace-client')).status()).toBe(200);
  const search = await staff.get(`/manager?societe=${encodeURIComponent(target.company)}`);
  expect(search.status()).toBe(200);
  expect(await search.text()).toContain('Activer la fonction mandataire');
});

// ---------------------------------------------------------------- sessions and other accounts

test('no session, the wrong kind of session, another account’s ids: a login page or a 404, never the data', async ({
  seed,
  as,
  anonymous,
  testApi,
}) => {
  const owner = await seed('plain', ['Ann']);
  const ownerCtx = await as(owner.users[0]!.login);
  const placed = await post(ownerCtx, '/commande', {
    csrf: await pageCsrf(ownerCtx, '/commande/formulaire'),
    ...GUIDE_ORDER,
  });
  expect(placed.status()).toBe(303);
  const orderPath = placed.headers()['location']!;
  const intruder = await seed('mandataire', ['Ivan', 'Jade']);
  const intruderCtx = await as(intruder.users[0]!.login);
  const intruderCsrf = await pageCsrf(intruderCtx, '/espace-client');
  const staffLogin = `staff.${uniqueId()}`;
  await testApi.post('staff', { data: { login: staffLogin, password: 'Staff-2026!' } });
  const staff = await as(staffLogin, true);
  const nobody = await anonymous();

  const CUSTOMER_GETS = [
    '/espace-client',
    '/commande',
    '/commande/catalogue',
    '/commande/formulaire?produit=rgs2',
    orderPath,
  ];
  const CUSTOMER_POSTS = ['/commande', '/commande/partenaire', '/espace-client/utilisateurs'];
  const STAFF_GETS = ['/manager', `/manager?societe=${encodeURIComponent(owner.company)}`];
  const STAFF_POSTS = [`/manager/comptes/${owner.id}/mandataire`];
  const suffix = hostile.map(enc);

  const attempts = fc.oneof(
    // No session at all, on customer pages (and made-up pages under them) and on staff pages.
    fc.tuple(fc.constantFrom(...CUSTOMER_GETS, ...STAFF_GETS), fc.option(suffix)).map(([path, s]) => ({
      kind: 'no session',
      send: () => nobody.get(s === null ? path : `${path.split('?')[0]}/${s}`, { maxRedirects: 0 }),
      e: { refused: [404] } as Expect,
    })),
    fc.constantFrom(...CUSTOMER_POSTS, ...STAFF_POSTS).map((path) => ({
      kind: 'no session',
      send: () => post(nobody, path, { csrf: 'x', ...GUIDE_ORDER }),
      e: {} as Expect,
    })),
    // A staff session on customer routes, a customer session on staff routes.
    fc.constantFrom(...CUSTOMER_GETS).map((path) => ({
      kind: 'staff session on customer routes',
      send: () => staff.get(path, { maxRedirects: 0 }),
      e: { redirect: /^\/connexion$/ } as Expect,
    })),
    fc.constantFrom(...CUSTOMER_POSTS).map((path) => ({
      kind: 'staff session on customer routes',
      send: () => post(staff, path, { csrf: 'x', ...GUIDE_ORDER }),
      e: { redirect: /^\/connexion$/ } as Expect,
    })),
    fc.constantFrom(...STAFF_GETS).map((path) => ({
      kind: 'customer session on staff routes',
      send: () => intruderCtx.get(path, { maxRedirects: 0 }),
      e: { redirect: /^\/manager\/connexion$/ } as Expect,
    })),
    fc.constantFrom(...STAFF_POSTS).map((path) => ({
      kind: 'customer session on staff routes',
      send: () => post(intruderCtx, path, { csrf: intruderCsrf, societe: owner.company }),
      e: { redirect: /^\/manager\/connexion$/ } as Expect,
    })),
    // Another account's order and users, from a mandataire (who may order for others, but only its own).
    fc.constant({
      kind: 'another account’s ids',
      send: () => intruderCtx.get(orderPath, { maxRedirects: 0 }),
      e: { refused: [404] } as Expect,
    }),
    fc.constantFrom('moi', 'autre').map((porteur) => ({
      kind: 'another account’s ids',
      send: () =>
        post(intruderCtx, '/commande', {
          csrf: intruderCsrf,
          ...GUIDE_ORDER,
          porteur: porteur === 'moi' ? owner.users[0]!.id : 'autre',
          autre_porteur: owner.users[0]!.id,
        }),
      e: { refused: [403] } as Expect,
    })),
  );
  await check(
    fc.asyncProperty(attempts, async (a) => {
      sent(a.kind);
      const res = await a.send();
      expect(await expectClear(res, [], a.e)).not.toBe('ok');
      expect(await res.text()).not.toContain(owner.company);
    }),
    120,
  );
  expect(await ordersOf(testApi, intruder)).toEqual([]);
  expect(await ordersOf(testApi, owner)).toHaveLength(1);
});

// ---------------------------------------------------------------- malformed bodies

test('malformed bodies on every form route: a 4xx page or a login redirect, never a 5xx', async ({
  as,
  seed,
  anonymous,
  testApi,
}) => {
  const account = await seed('plain', ['Ann']);
  const me = await as(account.users[0]!.login);
  const guest = await anonymous();
  await pageCsrf(guest, '/connexion');
  const ROUTES = [
    '/connexion',
    '/identifiant-oublie',
    '/mot-de-passe-oublie',
    '/creer-espace-client',
    '/activation',
    '/nouveau-mot-de-passe',
    '/manager/connexion',
    '/commande',
    '/commande/partenaire',
    '/espace-client/utilisateurs',
    '/deconnexion',
  ];
  const TYPES = [
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'multipart/form-data; boundary=zz',
    'application/json',
    'text/plain',
    'application/x-www-form-urlencoded; charset=utf-16',
    '',
    'application/octet-stream',
  ];
  const bodies = fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s)),
    fc
      .constantFrom(
        '%',
        '%E0%A4%A',
        'a=%%%',
        '--zz\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n',
        '{"csrf":',
        'csrf[]=1&csrf[a]=2',
      )
      .map((s) => Buffer.from(s)),
  );
  await check(
    fc.asyncProperty(
      fc.constantFrom(...ROUTES),
      fc.constantFrom(...TYPES),
      bodies,
      fc.boolean(),
      async (path, type, body, logged) => {
        sent('malformed body');
        const ctx = logged ? me : guest;
        const res = await ctx.post(path, {
          headers: type ? { 'content-type': type } : {},
          data: body,
          maxRedirects: 0,
        });
        expect(await expectClear(res, [], {})).not.toBe('ok');
      },
    ),
    120,
  );
  expect(await ordersOf(testApi, account)).toEqual([]);
});

test.afterAll(() => {
  const total = [...sentByKind.values()].reduce((a, b) => a + b, 0);
  const lines = [...sentByKind.entries()].map(([kind, n]) => `  ${String(n).padStart(5)}  ${kind}`);
  console.log(`fuzz (seed ${SEED}): ${total} bad requests\n${lines.join('\n')}`);
});
