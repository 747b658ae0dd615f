import { test } from '@playwright/test';

/**
 * Runs a page-object action as a `test.step` named in the guide's words, so a failure
 * reads « Étape 10 : moyen de paiement » in the report. Boxed: the error points at the
 * spec line that called the action, not inside the page object.
 */
export function step<T>(title: string, body: () => Promise<T>): Promise<T> {
  return test.step(title, body, { box: true });
}
