import { test } from '@playwright/test';
import { GUIDE, type GuideId } from '../guide/guide.ts';

/**
 * Page-object actions run as `test.step`s, so a failure names what the customer was doing.
 * Boxed: the error points at the spec line that called the action, not inside the page object.
 */

/**
 * One of the guide's steps, titled from guide/guide.ts (the list the coverage matrix and the
 * Allure labels read too), then what this call chose: « Étape 7 – sélectionner la durée : 3 ans ».
 */
export function guideStep<T>(id: GuideId, detail: string | undefined, body: () => Promise<T>): Promise<T> {
  const title = detail ? `${GUIDE[id].title} : ${detail}` : GUIDE[id].title;
  return test.step(title, body, { box: true });
}

/** Anything else a page object does (open a screen, read a value): not a step the guide numbers. */
export function action<T>(title: string, body: () => Promise<T>): Promise<T> {
  if (/^Étape\b/.test(title)) throw new Error(`« ${title} »: a guide step is titled by guideStep()`);
  return test.step(title, body, { box: true });
}
