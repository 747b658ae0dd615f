import type { Locator, Page, Response } from '@playwright/test';

/**
 * Clicks a form's submit button and returns the server's answer to the POST, so a spec
 * can check the status (a refusal is a 4xx, never a 5xx) besides what the page shows.
 */
export async function submitForm(page: Page, button: Locator): Promise<Response> {
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.request().resourceType() === 'document',
  );
  await button.click();
  return answer;
}
