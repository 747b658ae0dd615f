import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * No spec, page object or fixture pins an HTTP status: a refusal is what a person sees (the page,
 * its message, nothing stored), since a JSF portal answers a refused form with 200 and the page
 * again, and an accepted one with a redirect or not. Exact codes belong to the mock's own HTTP
 * tests (mock-site/tests/). What stays allowed is the portal-health guard: a 5xx threshold or the
 * 503 a page load retries (pages/navigate.ts, fixtures/guard.ts), never a 2xx, 3xx or 4xx.
 */
const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): { name: string; text: string }[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return path === 'tests/tooling' ? [] : sources(path);
    return e.name.endsWith('.ts') ? [{ name: path, text: readFileSync(join(root, path), 'utf8') }] : [];
  });
}

const MATCHERS =
  'toBe|toEqual|toStrictEqual|toBeLessThan|toBeLessThanOrEqual|toBeGreaterThan|toBeGreaterThanOrEqual|toContain|toBeOneOf';
/** `expect(x.status() …)…toBe(401)`, over several lines; the number (or a list of them) captured. */
const EXPECTED_STATUS = new RegExp(
  `expect\\(\\s*[\\w$.?!\\[\\]]*\\??\\.status\\(\\)[^;]*?\\)\\s*(?:\\.not)?\\s*\\.(?:${MATCHERS})\\(\\s*\\[?\\s*(\\d{3})`,
  'g',
);
/** `x.status() === 303`, `answer.status() < 400` and the like. */
const COMPARED_STATUS = /\.status\(\)\s*(?:===|!==|==|!=|<=|>=|<|>)\s*(\d{3})/g;
/** `toBeRefused(403)`: a refusal matcher given a code. (A status read into a variable first is not caught.) */
const REFUSED_WITH_CODE = /\.toBeRefused\w*\(\s*(\d{3})/g;

/** The pinned statuses of a source, as `file:line text`; a 5xx is the health guard, allowed. */
function pinnedStatuses(name: string, text: string): string[] {
  const found: string[] = [];
  for (const pattern of [EXPECTED_STATUS, COMPARED_STATUS, REFUSED_WITH_CODE])
    for (const m of text.matchAll(pattern)) {
      if (Number(m[1]) >= 500) continue;
      const line = text.slice(0, m.index).split('\n').length;
      found.push(`${name}:${line} ${m[0].replace(/\s+/g, ' ')}`);
    }
  return found;
}

test('No spec, page object or fixture asserts an HTTP status', () => {
  const files = [...sources('tests'), ...sources('pages'), ...sources('fixtures')];
  expect(files.length, 'the sources were found').toBeGreaterThan(30);
  const found = files.flatMap((f) => pinnedStatuses(f.name, f.text));
  expect(
    found,
    'check what the page shows (heading, message, form kept, nothing stored); `toBeReadableAnswer()` guards against server errors',
  ).toEqual([]);
});

test('The check catches a pinned status, and lets the health guard be', () => {
  const pinned = [
    'expect(answer.status()).toBe(401);',
    "expect(answer.status(), 'a good login redirects').toBe(303);",
    'expect(answer?.status()).toBe(404);',
    "expect(\n  answer.status(),\n  'refused',\n).toBe(\n  400,\n);",
    "expect(answer.status(), 'accepted').toBeLessThan(400);",
    'expect(res.status()).not.toEqual(200);',
    'expect(res.status()).toBeOneOf([200, 303]);',
    "if (answer.status() !== 303) throw new Error('not accepted');",
    'expect(answer).toBeRefused(403);',
  ];
  for (const sample of pinned) expect(pinnedStatuses('sample.ts', sample), sample).toHaveLength(1);

  const allowed = [
    'if (response.status() < 500) unavailable.delete(key);',
    "expect(current?.status(), 'still 503').not.toBe(503);",
    'await expect(answer).toBeReadableAnswer();',
    'expect(outcome).toBeRefusedByThePortal();',
    "if (!response.ok()) throw new Error('MailDev is down');",
  ];
  for (const sample of allowed) expect(pinnedStatuses('sample.ts', sample), sample).toEqual([]);
});
