import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import type { Skin } from '../builds/skin.ts';
import { EMAIL_PATTERN, LOGIN_PATTERN } from '../domain/account-behaviour.ts';
import { findPersonalProduct } from '../domain/catalogue.ts';
import { PORTAL_RULES } from '../domain/portal-rules.ts';
import type { Store, User } from '../domain/store.ts';
import { displayName } from '../domain/text.ts';
import { hashPassword, safeEqual } from '../http/security.ts';
import { seedDemo } from './seed.ts';

/**
 * Test-only routes: seed isolated accounts, skip the login form, inspect orders, reset.
 * Mounted under /__test__ only when the mock runs with MOCK_TEST_TOKEN.
 */

const KINDS = ['plain', 'delegue', 'mandataire', 'administration', 'old'] as const;

const userSchema = z.object({
  firstName: z.string().trim().min(1).max(120),
  lastName: z.string().trim().min(1).max(120),
  email: z.string().trim().regex(EMAIL_PATTERN, 'invalid e-mail'),
  login: z.string().trim().regex(LOGIN_PATTERN, 'login: 3 to 64 characters, no space'),
  password: z.string().min(1).max(200),
  admin: z.boolean().optional(),
  active: z.boolean().optional(),
});

const accountSchema = z.object({
  company: z.string().trim().min(1).max(120),
  siret: z.string(),
  kind: z.enum(KINDS),
  users: z.array(userSchema).max(50).default([]),
});

const staffSchema = z.object({
  login: z.string().trim().regex(LOGIN_PATTERN),
  password: z.string().min(1).max(200),
});
const sessionSchema = z.union([
  z.object({ login: z.string().trim().min(1) }),
  z.object({ staffLogin: z.string().trim().min(1) }),
]);

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

function problem(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

const publicUser = (u: User) => ({
  id: u.id,
  login: u.login,
  email: u.email,
  firstName: u.firstName,
  lastName: u.lastName,
  admin: u.admin,
  active: u.active,
});

/** `skin` names the session cookies; everything else here is in the portal's own terms, whatever the skin. */
export function testApi(store: Store, token: string, skin: Skin) {
  const app = new Hono().basePath('/__test__');

  app.use('*', async (c, next) => {
    const sent = c.req.header('x-test-token');
    if (!sent || !safeEqual(sent, token)) return c.json({ error: 'missing or wrong x-test-token' }, 401);
    await next();
  });

  app.post('/accounts', async (c) => {
    const parsed = accountSchema.safeParse(await readJson(c));
    if (!parsed.success) return c.json({ error: problem(parsed.error) }, 400);
    const body = parsed.data;
    const siret = PORTAL_RULES.checkSiret(body.siret);
    if (!siret.ok) return c.json({ error: `siret: ${siret.message}` }, 400);

    if (body.kind === 'old') {
      if (store.accountBySiret(siret.siret) || store.registryEntry(siret.siret)) {
        return c.json({ error: 'siret already known' }, 409);
      }
      store.addRegistryEntry({ company: body.company, siret: siret.siret });
      return c.json({ id: null, company: body.company, siret: siret.siret, kind: body.kind, users: [] }, 201);
    }

    if (store.accountBySiret(siret.siret)) return c.json({ error: 'siret already has a customer area' }, 409);
    const logins = body.users.map((u) => u.login.toLowerCase());
    if (new Set(logins).size !== logins.length || body.users.some((u) => store.userByLogin(u.login))) {
      return c.json({ error: 'login already taken' }, 409);
    }

    const account = store.createAccount({
      company: body.company,
      siret: siret.siret,
      customerType: body.kind === 'administration' ? 'administration' : 'company',
      delegue: body.kind === 'delegue',
      mandataire: body.kind === 'mandataire',
    });
    const hashes = await Promise.all(body.users.map((u) => hashPassword(u.password)));
    const users = body.users.map((u, i) =>
      store.createUser({
        accountId: account.id,
        firstName: u.firstName,
        lastName: u.lastName,
        email: u.email,
        login: u.login,
        passwordHash: hashes[i] ?? null,
        // The first user administers the account unless the caller says otherwise.
        admin: u.admin ?? i === 0,
        active: u.active ?? true,
      }),
    );
    return c.json(
      {
        id: account.id,
        company: account.company,
        siret: account.siret,
        kind: body.kind,
        users: users.map(publicUser),
      },
      201,
    );
  });

  app.post('/staff', async (c) => {
    const parsed = staffSchema.safeParse(await readJson(c));
    if (!parsed.success) return c.json({ error: problem(parsed.error) }, 400);
    if (store.staffByLogin(parsed.data.login)) return c.json({ error: 'login already taken' }, 409);
    const staff = store.createStaff({
      login: parsed.data.login,
      passwordHash: await hashPassword(parsed.data.password),
    });
    return c.json({ id: staff.id, login: staff.login }, 201);
  });

  app.post('/sessions', async (c) => {
    const parsed = sessionSchema.safeParse(await readJson(c));
    if (!parsed.success) return c.json({ error: 'body must be { login } or { staffLogin }' }, 400);
    const cookie = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' } as const;
    if ('login' in parsed.data) {
      const user = store.userByLogin(parsed.data.login);
      if (!user) return c.json({ error: 'unknown login' }, 404);
      if (!user.active) return c.json({ error: 'user not active' }, 409);
      const session = store.createSession('customer', user.id);
      return c.json({ cookie: { name: skin.cookies.customer, value: session.id, ...cookie } });
    }
    const staff = store.staffByLogin(parsed.data.staffLogin);
    if (!staff) return c.json({ error: 'unknown staff login' }, 404);
    const session = store.createSession('staff', staff.id);
    return c.json({ cookie: { name: skin.cookies.staff, value: session.id, ...cookie } });
  });

  app.get('/accounts/:id/orders', (c) => {
    const account = store.account(c.req.param('id'));
    if (!account) return c.json({ error: 'unknown account' }, 404);
    const orders = store.ordersOf(account.id).map((o) => {
      const holder = store.user(o.holderId);
      return {
        number: o.number,
        product: findPersonalProduct(o.productSlug)?.name ?? o.productSlug,
        productSlug: o.productSlug,
        duration: o.duration,
        os: o.os,
        holder: holder ? displayName(holder) : null,
        holderId: o.holderId,
        payment: o.payment,
        purchaseOrder: o.purchaseOrder,
        totalHT: o.totalHT,
        partner: o.partner,
      };
    });
    return c.json({ orders });
  });

  // What the store holds, counted: how a check proves a read-only run wrote nothing.
  app.get('/summary', (c) => {
    const accounts = store.searchAccounts('');
    return c.json({
      accounts: accounts.length,
      users: accounts.reduce((n, a) => n + store.usersOf(a.id).length, 0),
      orders: accounts.reduce((n, a) => n + store.ordersOf(a.id).length, 0),
    });
  });

  app.post('/reset', async (c) => {
    store.clear();
    await seedDemo(store);
    return c.json({ ok: true });
  });

  app.notFound((c) => c.json({ error: 'unknown test API route' }, 404));
  return app;
}
