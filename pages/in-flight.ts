import { setTimeout as delay } from 'node:timers/promises';
import type { Page, Request } from '@playwright/test';

/**
 * The page's own requests in flight (fetch or XHR), counted from the first call on that page. A
 * portal that updates the order form from the server as each choice is made (a JSF partial update
 * re-renders the price and « Commander ») must have answered the last choice before the form is
 * tampered with or sent past its checks: else its answer replaces what was written, or the very
 * button being clicked, and the server gets a form without the price it had not sent back yet.
 */
const tracked = new WeakMap<Page, Set<Request>>();

export function trackRequests(page: Page): void {
  if (tracked.has(page)) return;
  const pending = new Set<Request>();
  tracked.set(page, pending);
  page.on('request', (r) => void (['fetch', 'xhr'].includes(r.resourceType()) && pending.add(r)));
  page.on('requestfinished', (r) => void pending.delete(r));
  page.on('requestfailed', (r) => void pending.delete(r));
}

/** Resolves once none of the page's own requests has been in flight for a moment (PrimeFaces
 * queues its requests: the next one starts right after the last answer). */
export async function settled(page: Page, quietMs = 150): Promise<void> {
  const pending = tracked.get(page);
  if (!pending) throw new Error('settled(page) needs trackRequests(page) before the first choice');
  for (let quiet = 0; quiet < quietMs;) {
    await delay(50);
    quiet = pending.size ? 0 : quiet + 50;
  }
}
