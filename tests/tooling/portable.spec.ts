import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROFILES, type PortalProfile } from '../../support/profile.ts';

/**
 * What a build of the portal decides (paths, form field names, the order-number format, mail
 * subjects, PDF field names) is named in support/profile.ts and nowhere in tests/ or fixtures/, so
 * another build needs changes in pages/ only (README "Pointing the suite at another build").
 */
const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): { name: string; text: string }[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') ? [{ name: path, text: readFileSync(join(root, path), 'utf8') }] : [];
  });
}

/** The literal strings of every profile that only a build decides. */
function buildDetails(profile: PortalProfile): { what: string; value: string }[] {
  const paths = Object.entries(profile.paths)
    .filter(([, path]) => path !== '/')
    .map(([name, path]) => ({ what: `path ${name}`, value: path }));
  const fields = Object.entries(profile.orderForm.fields).map(([name, field]) => ({
    what: `order form field ${name}`,
    value: field,
  }));
  const pdf = Object.entries(profile.pdfFields).map(([name, field]) => ({
    what: `PDF field ${name}`,
    value: field,
  }));
  const mail = [
    profile.mail.activationSubject,
    profile.mail.identifierSubject,
    profile.mail.passwordSubject,
  ].map((subject) => ({ what: 'mail subject', value: subject }));
  // The order number's fixed part (« CMD- »), as a spec would type it in a pattern.
  const numberPrefix = /^[A-Z]+-?/.exec(profile.orderNumber.source)?.[0];
  const number = numberPrefix ? [{ what: 'order-number format', value: numberPrefix }] : [];
  return [...paths, ...fields, ...pdf, ...mail, ...number];
}

/** The suite's own words (the holder role, an account's company) that a build also uses as field names. */
const OWN_WORDS = new Set(['holder', 'company']);

const files = [...sources('tests'), ...sources('fixtures')].filter(
  // This check names them; the test API client talks to the mock's own test routes.
  (f) => !f.name.endsWith('portable.spec.ts') && !f.name.endsWith('test-api.ts'),
);

for (const [name, profile] of Object.entries(PROFILES)) {
  test(`No detail of the « ${name} » build appears in tests/ or fixtures/`, () => {
    const details = buildDetails(profile).filter(({ value }) => !OWN_WORDS.has(value));
    const found = details.flatMap(({ what, value }) => {
      const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // As a string literal of its own, or starting one (a path with its query, « CMD-… »).
      const literal = new RegExp(`['"\`:/]${escaped}(['"\`?/:\\\\]|$)`, 'm');
      return files
        .filter((file) => literal.test(file.text))
        .map((file) => `${file.name}: ${what} « ${value} »`);
    });
    expect(found, 'name it in support/profile.ts and use the page objects').toEqual([]);
  });
}
