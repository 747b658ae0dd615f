import { expect, test } from '@playwright/test';
import { buildApp } from '../http/app.ts';
import { readConsent } from '../http/consent.ts';
import { MemoryStore } from '../http/memory-store.ts';

/**
 * MOCK_CONSENT (mock-site/README.md, « Running it »): a consent dialog over every page until it is
 * answered, off by default. The app is built in this process and asked directly: the suite's own
 * mock keeps whatever MOCK_CONSENT the run gave it.
 */
const app = (consent?: boolean) =>
  buildApp({
    store: new MemoryStore(),
    mailer: { send: async () => undefined },
    consent,
    log: () => undefined,
  });

const DIALOG = /role="dialog"[^>]*aria-modal="true"/;

test('Off by default: no dialog, no script for it', async () => {
  const html = await (await app().request('/')).text();
  expect(html).not.toMatch(DIALOG);
  expect(html).not.toContain('consent.js');
});

test('On: every page, error pages included, shows « Tout accepter » and « Tout refuser » until answered', async () => {
  const on = app(true);
  for (const path of ['/', '/connexion', '/page-qui-n-existe-pas']) {
    const html = await (await on.request(path)).text();
    expect(html, path).toMatch(DIALOG);
    expect(html, path).toContain('>Tout accepter</button>');
    expect(html, path).toContain('>Tout refuser</button>');
    expect(html, path).toContain('<script src="/static/consent.js"');
  }
  const script = await on.request('/static/consent.js');
  expect(script.status).toBe(200);
  expect(await script.text()).toContain('document.cookie');
});

test('On, once answered (its cookie, either answer): no dialog any more', async () => {
  const on = app(true);
  for (const answer of ['acceptee', 'refusee']) {
    const html = await (
      await on.request('/', { headers: { cookie: `certigna_consentement=${answer}` } })
    ).text();
    expect(html).not.toMatch(DIALOG);
  }
});

test('MOCK_CONSENT reads on and off; anything else stops the mock with one line naming it', () => {
  expect(readConsent({})).toBe(false);
  expect(readConsent({ MOCK_CONSENT: 'off' })).toBe(false);
  expect(readConsent({ MOCK_CONSENT: 'on' })).toBe(true);
  expect(readConsent({ MOCK_CONSENT: ' ON ' })).toBe(true);
  expect(() => readConsent({ MOCK_CONSENT: 'yes' })).toThrow('MOCK_CONSENT: expected on or off, got « yes »');
});
