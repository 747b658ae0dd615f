import type { BrowserContext } from '@playwright/test';
import { SKINS, type SkinName } from '../../mock-site/builds/skin.ts';
import { buildApp } from '../../mock-site/http/app.ts';
import { MemoryStore } from '../../mock-site/http/memory-store.ts';
import { seedDemo } from '../../mock-site/test-mode/seed.ts';

/**
 * The mock portal built in this process (no server, no port), answering a browser context's
 * requests through `context.route`: for the tooling tests that need the mock's pages in a real
 * browser, one build or one option at a time, without starting a mock of their own.
 */
export const ORIGIN = 'http://localhost:9';
const TOKEN = 'in-process-token';

export interface InProcessMock {
  /** Puts a session of a demo user (`fsenez`, a plain account) in the context. */
  logIn(login?: string): Promise<void>;
}

export async function serveMock(
  context: BrowserContext,
  options: { skin?: SkinName; consent?: boolean } = {},
): Promise<InProcessMock> {
  const store = new MemoryStore();
  await seedDemo(store);
  const app = buildApp({
    store,
    mailer: { send: async () => undefined },
    testToken: TOKEN,
    skin: SKINS[options.skin ?? 'default'],
    consent: options.consent,
    log: () => undefined,
  });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const body = request.postDataBuffer();
    const answer = await app.request(`${url.pathname}${url.search}`, {
      method: request.method(),
      headers: await request.allHeaders(),
      body: body ? new Uint8Array(body) : undefined,
    });
    await route.fulfill({
      status: answer.status,
      headers: Object.fromEntries(answer.headers),
      body: Buffer.from(await answer.arrayBuffer()),
    });
  });
  return {
    async logIn(login = 'fsenez') {
      const answer = await app.request('/__test__/sessions', {
        method: 'POST',
        headers: { 'x-test-token': TOKEN, 'content-type': 'application/json' },
        body: JSON.stringify({ login }),
      });
      const { cookie } = (await answer.json()) as { cookie: { name: string; value: string } };
      await context.addCookies([{ name: cookie.name, value: cookie.value, url: ORIGIN }]);
    },
  };
}
