/**
 * The SIRET check: 14 digits, SIREN and SIRET both passing Luhn (La Poste numbers its
 * establishments by another rule).
 */

/** SIREN of La Poste, whose SIRETs follow a digit-sum rule instead of Luhn. */
export const LA_POSTE_SIREN = '356000000';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const SIRET_LENGTH_MESSAGE = 'Le SIRET doit comporter 14 chiffres.';
export const SIRET_INVALID_MESSAGE = "Ce numéro SIRET n'est pas valide.";

export type SiretCheck = { ok: true; siret: string } | { ok: false; message: string };

/** Spaces (including non-breaking ones) are accepted, as people copy SIRETs grouped 3-3-3-5. */
export function checkSiret(input: string): SiretCheck {
  const siret = normaliseSiret(input);
  if (!/^\d{14}$/.test(siret)) return { ok: false, message: SIRET_LENGTH_MESSAGE };
  const siren = siret.slice(0, 9);
  if (!luhnValid(siren)) return { ok: false, message: SIRET_INVALID_MESSAGE };
  if (luhnValid(siret)) return { ok: true, siret };
  // La Poste numbers its many establishments by another rule: the digit sum is a multiple of 5
  // (its head office, 356 000 000 00048, passes Luhn anyway).
  const laPosteOk = siren === LA_POSTE_SIREN && [...siret].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  return laPosteOk ? { ok: true, siret } : { ok: false, message: SIRET_INVALID_MESSAGE };
}

/** Only the 14 digits, for looking a SIRET up without validating it. */
export function normaliseSiret(input: string): string {
  return input.replace(/[\s\u00a0\u202f]/g, '');
}
