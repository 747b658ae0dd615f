import { test as base, expect } from '@playwright/test';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { newSiret } from '../../support/data.ts';
import { target } from '../../support/target/target.ts';

/**
 * HTTP-level fixtures for the mock's own tests. Every test seeds its own accounts through the
 * test API, with unique SIRETs, logins and e-mail addresses, so tests run in parallel safely.
 * Expected values come from the guide and the contract (mock-site/README.md), never from the
 * mock's modules.
 */

export type Kind = 'plain' | 'delegue' | 'mandataire' | 'administration' | 'old';
export type SeededUser = {
  id: string;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  admin: boolean;
  active: boolean;
  password: string;
};
export type Seeded = { id: string; company: string; siret: string; kind: Kind; users: SeededUser[] };

const PASSWORD = 'Secret-2026!';

/** Session cookie names, as documented in the README. */
export const COOKIE_NAMES = { customer: 'certigna_session', staff: 'certigna_manager' } as const;

/** A valid random SIRET: the suite's own builder (Luhn on SIREN and SIRET), never the mock's check. */
export function randomSiret(kind: 'company' | 'public' = 'company'): string {
  return newSiret(kind);
}

let counter = 0;
/** Unique per call, worker and run: logins, e-mail addresses, company names. */
export function uniqueId(): string {
  counter += 1;
  return `${process.pid.toString(36)}${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

export function csrfOf(html: string): string {
  const match = html.match(/name="csrf" value="([^"]+)"/);
  if (!match?.[1]) throw new Error('no CSRF field in the page');
  return match[1];
}

export type Mail = {
  id: string;
  subject: string;
  to: { address: string }[];
  text?: string;
  html?: string;
  attachments?: { filename: string; generatedFileName: string; contentType: string }[];
};

type Fixtures = {
  /** The test API, with the token. */
  testApi: APIRequestContext;
  /** Seeds a fresh account of a kind; `users` are first names (the first one administers it). */
  seed: (
    kind: Kind,
    users?: string[],
    options?: { inactive?: string[]; company?: string },
  ) => Promise<Seeded>;
  /** A request context already logged in as this user (or staff login) through the test API. */
  as: (login: string, staff?: boolean) => Promise<APIRequestContext>;
  /** A request context without any session (its own cookie jar). */
  anonymous: () => Promise<APIRequestContext>;
  /** Mails to an address, polled from MailDev's API until `count` are there. */
  mailsTo: (address: string, count?: number) => Promise<Mail[]>;
};

export const test = base.extend<Fixtures>({
  testApi: async ({ playwright }, use) => {
    const ctx = await playwright.request.newContext({
      baseURL: `${target.baseURL}/__test__/`,
      extraHTTPHeaders: { 'x-test-token': target.mock.testToken },
    });
    await use(ctx);
    await ctx.dispose();
  },

  seed: async ({ testApi }, use) => {
    await use(async (kind, users = ['Frédéric'], options = {}) => {
      const id = uniqueId();
      const siret = randomSiret(kind === 'administration' ? 'public' : 'company');
      const res = await testApi.post('accounts', {
        data: {
          company: options.company ? `${options.company} ${id}` : `Société ${id}`,
          siret,
          kind,
          users: users.map((firstName, i) => ({
            firstName,
            lastName: `Test${i}`,
            email: `${firstName
              .toLowerCase()
              .normalize('NFD')
              .replace(/[^a-z]/g, '')}.${i}.${id}@exemple.test`,
            login: `u${i}.${id}`,
            password: PASSWORD,
            active: !(options.inactive ?? []).includes(firstName),
          })),
        },
      });
      expect(res.status(), await res.text()).toBe(201);
      const body = (await res.json()) as Seeded;
      return { ...body, users: body.users.map((u) => ({ ...u, password: PASSWORD })) };
    });
  },

  as: async ({ playwright, testApi }, use) => {
    const made: APIRequestContext[] = [];
    await use(async (login, staff = false) => {
      const res = await testApi.post('sessions', { data: staff ? { staffLogin: login } : { login } });
      expect(res.status(), await res.text()).toBe(200);
      const { cookie } = (await res.json()) as { cookie: { name: string; value: string } };
      const ctx = await playwright.request.newContext({
        baseURL: target.baseURL,
        maxRedirects: 0,
        storageState: {
          cookies: [
            {
              name: cookie.name,
              value: cookie.value,
              domain: new URL(target.baseURL).hostname,
              path: '/',
              expires: -1,
              httpOnly: true,
              secure: true,
              sameSite: 'Lax',
            },
          ],
          origins: [],
        },
      });
      made.push(ctx);
      return ctx;
    });
    await Promise.all(made.map((c) => c.dispose()));
  },

  anonymous: async ({ playwright }, use) => {
    const made: APIRequestContext[] = [];
    await use(async () => {
      const ctx = await playwright.request.newContext({ baseURL: target.baseURL, maxRedirects: 0 });
      made.push(ctx);
      return ctx;
    });
    await Promise.all(made.map((c) => c.dispose()));
  },

  mailsTo: async ({ playwright }, use) => {
    const mail = await playwright.request.newContext({ baseURL: target.mock.mailURL });
    const fetchFor = async (address: string) => {
      const res = await mail.get('/api/email');
      const all = (await res.json()) as Mail[];
      return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
    };
    await use(async (address, count = 1) => {
      await expect
        .poll(async () => (await fetchFor(address)).length, { timeout: 5_000 })
        .toBeGreaterThanOrEqual(count);
      return fetchFor(address);
    });
    await mail.dispose();
  },
});

export { expect };

/** The page's text without tags, for checking what a person reads. */
export async function textOf(res: APIResponse): Promise<string> {
  return (await res.text())
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Posts a form as a browser does (urlencoded), without following redirects. */
export function postForm(ctx: APIRequestContext, path: string, form: Record<string, string>) {
  return ctx.post(path, { form, maxRedirects: 0 });
}

/** The MailDev URL of an attachment's bytes. */
export function attachmentURL(mail: Mail, filename: string): string {
  const att = mail.attachments?.find((a) => a.filename === filename);
  if (!att) throw new Error(`no attachment ${filename} in « ${mail.subject} »`);
  return `${target.mock.mailURL}/api/email/${mail.id}/attachment/${att.generatedFileName}`;
}

/** The order the guide walks through, as the form posts it: Pack ID RGS**, 3 ans (250.0 € HT), Windows, card, CGU accepted. */
export const GUIDE_ORDER = {
  produit: 'rgs2',
  duree: '3',
  os: 'windows',
  porteur: 'moi',
  paiement: 'carte',
  bon_commande: '',
  cgu: 'on',
  partenaire: '',
  prix: '250.0',
};
