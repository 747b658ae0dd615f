import { expect, test } from '@playwright/test';

/**
 * Run by tests/tooling/timeouts.spec.ts only (probe.config.ts): the timeouts this worker applies,
 * as the test sees them and as they act, in an annotation of the JSON report.
 */

// Past the base action and expect timeouts (5 s), within the ones scaled ×2 and more.
const LATE_MS = 6_000;

test('the timeouts a worker applies', async ({ actionTimeout, navigationTimeout, page }) => {
  // A page of the portal, so the run is a real one: the mock answers, under its faults.
  await page.goto('/');
  // A button and a line that appear LATE_MS from now (evaluated past the page's CSP).
  await page.evaluate((ms) => {
    setTimeout(() => {
      const button = document.createElement('button');
      button.id = 'probe-late-button';
      button.textContent = 'probe';
      const line = document.createElement('p');
      line.id = 'probe-late-line';
      line.textContent = 'probe';
      document.body.append(button, line);
    }, ms);
  }, LATE_MS);
  const started = Date.now();
  // The click waits under the action timeout, the assertion under the expect timeout.
  await Promise.all([
    page.locator('#probe-late-button').click(),
    expect(page.locator('#probe-late-line')).toBeVisible(),
  ]);
  test.info().annotations.push({
    type: 'timeouts',
    description: JSON.stringify({
      test: test.info().timeout,
      action: actionTimeout,
      navigation: navigationTimeout,
      waitedMs: Date.now() - started,
    }),
  });
});
