import { expect, type Page, type Request } from '@playwright/test';

/**
 * A component portal (JSF + PrimeFaces) sends each choice to the server and re-renders parts of
 * the form from its answer (the price, the hidden price, « Commander »). A form sent past the
 * page's checks must wait for those answers, as a person waits for the page to stop changing:
 * otherwise it posts a stale price or a button the update has just replaced.
 */

const inFlight = new WeakMap<Page, Set<Request>>();

/** Starts counting the page's fetch and XHR requests still awaiting their answer. */
export function trackBackgroundRequests(page: Page): void {
  if (inFlight.has(page)) return;
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  const background = (r: Request) => r.resourceType() === 'fetch' || r.resourceType() === 'xhr';
  page.on('request', (r) => {
    if (background(r)) pending.add(r);
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
}

/**
 * Waits until no tracked request is pending over a quiet spell (a choice's request may leave a
 * moment after the click that made it).
 */
export async function backgroundSettled(page: Page, quietMs = 150): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('backgroundSettled: trackBackgroundRequests(page) was never called');
  let quietSince = Date.now();
  await expect
    .poll(
      () => {
        if (pending.size > 0) quietSince = Date.now();
        return Date.now() - quietSince >= quietMs;
      },
      { message: 'the page’s background requests to finish', intervals: [50] },
    )
    .toBe(true);
}
