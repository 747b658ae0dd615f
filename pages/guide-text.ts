/**
 * A text the guide quotes, as a locator finds it: the whole text, with its case, accents and
 * typography. « Identifiant ou mot de passe incorrect » (the login form) and « identifiant ou mot
 * de passe incorrect » (« Identifiant oublié ? ») are two texts; a link renamed around the guide's
 * words, a changed case or a changed accent no longer matches. tests/tooling/guide-texts.spec.ts
 * fails on a guide text located any other way.
 */
export function guideName(text: string): { name: string; exact: true } {
  return { name: text, exact: true };
}

/** `getByText(text, EXACT)`: the element's whole text, case and accents included. */
export const EXACT = { exact: true } as const;
