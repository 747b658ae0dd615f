import { expect, type Page, type Response } from '@playwright/test';
import { portalBase, portalURL } from '../support/portal-url.ts';
import { scaled } from '../support/target/timeouts.ts';

/**
 * Page loads, with the one retry a person makes: a page answered « 503 » (the portal briefly
 * unavailable) is reloaded a moment later, for a few seconds at most. Any other answer, a
 * refusal included, is returned as it came for the spec to check.
 */

// Polling intervals of the reload, not sleeps: each reload is a fresh request. The window is a
// few reloads' worth, so it follows the portal's answer time like the timeouts (read when used:
// the worker's scale).
const RELOAD_INTERVALS = [250, 500, 1_000];
const RELOAD_FOR_MS = 4_000;

async function reloadWhileUnavailable(page: Page, response: Response | null): Promise<Response | null> {
  if (response?.status() !== 503 || response.request().method() !== 'GET') return response;
  const url = response.url();
  let current: Response | null = response;
  await expect(async () => {
    current = await page.reload();
    expect(current?.status(), `the portal still answers 503 to GET ${url}`).not.toBe(503);
  }).toPass({ intervals: RELOAD_INTERVALS, timeout: scaled(RELOAD_FOR_MS) });
  return current;
}

/**
 * `page.goto` of a profile path (support/profile.ts), under the portal's base URL and its path
 * (support/portal-url.ts), or of an absolute address; reloads a page that answered 503.
 */
export async function goTo(page: Page, path: string): Promise<Response | null> {
  return reloadWhileUnavailable(page, await page.goto(portalURL(portalBase(), path)));
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Runs an action that loads a page (a link, a GET form) and returns that page's answer. */
export async function follow(page: Page, action: () => Promise<void>): Promise<Response | null> {
  const answer = page.waitForResponse(
    (r) =>
      r.request().isNavigationRequest() &&
      r.request().frame() === page.mainFrame() &&
      !REDIRECTS.has(r.status()),
  );
  // The action may fail first: its error is the one to report, not this wait's.
  answer.catch(() => undefined);
  await action();
  return reloadWhileUnavailable(page, await answer);
}
