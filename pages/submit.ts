import type { Locator, Page, Response } from '@playwright/test';

/**
 * Clicks a form's submit button and returns the server's answer to the POST, so a spec can check
 * it is readable (`toBeReadableAnswer`: no server error, no stack trace) besides what the page
 * shows. Its status is the portal's choice (a JSF portal refuses with 200 and the page again).
 */
export async function submitForm(page: Page, button: Locator): Promise<Response> {
  const answer = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.request().resourceType() === 'document',
  );
  await button.click();
  return answer;
}
