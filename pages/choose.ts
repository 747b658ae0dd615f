import { expect, type Locator } from '@playwright/test';

/**
 * Chooses a radio, or ticks a checkbox, as a person does: clicks the words that name it (its
 * label), then waits until the control says it is checked. No `check()`: on a portal whose
 * controls are re-styled (JSF + PrimeFaces keep the native input visually hidden in a 1 px clipped
 * wrapper, under a box that takes the clicks), Playwright's `check()` on the input waits for a
 * click that the box intercepts. The label works on every build: `<label for>` beside the control,
 * or wrapped around it. A checkbox already ticked is left as it is, as `check()` would.
 *
 * @param control the radio or checkbox, by its role and name, to wait on
 * @param words the text that names it, within the same question
 */
export async function choose(control: Locator, words: Locator): Promise<void> {
  if (await control.isChecked()) return;
  await words.click();
  await expect(control, 'the choice clicked is now checked').toBeChecked();
}
