import type { Locator } from '@playwright/test';

/**
 * Types a password without it showing in the report: `fill` would title its step
 * « Fill "<the password>" » in the HTML report, so the value is set from inside the page
 * (step title « Evaluate ») and announced with the events typing would fire. Traces still
 * snapshot field values: runs that type a real portal's password keep tracing off there.
 */
export async function fillSecret(field: Locator, secret: string): Promise<void> {
  await field.evaluate((element, value) => {
    const input = element as HTMLInputElement;
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, secret);
}
