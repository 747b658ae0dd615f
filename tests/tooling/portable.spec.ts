import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ALT_CONTRACT, DEFAULT_CONTRACT, type Contract } from '../../mock-site/builds/contract.ts';
import { knownProfiles, loadProfile, PROFILES_DIR, type PortalProfile } from '../../support/profile.ts';

/**
 * What a build of the portal decides (paths, the order-number format, mail subjects, PDF field
 * names) is named in its profile (profiles/<name>.json) and nowhere in tests/ or fixtures/, so another
 * build needs a profile file only (README "Pointing the suite at another build"). A form's field names are
 * named nowhere at all: page objects read them from the page (pages/direct-orders.ts).
 */
const root = join(import.meta.dirname, '..', '..');
const PROFILES = Object.fromEntries(knownProfiles().map((name) => [name, loadProfile(name)]));

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
  return [...paths, ...pdf, ...mail, ...number];
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
    expect(found, 'name it in the profile (profiles/<name>.json) and use the page objects').toEqual([]);
  });
}

/**
 * The order form's posted names and values of one of the mock's builds, less those the build also
 * uses as its PDF's field names (the profile names those, for the PDF) and bare digits.
 */
function orderFormContract(contract: Contract): string[] {
  const names = [contract.fields.csrf, ...Object.values(contract.fields.order)];
  const values = Object.values(contract.values).flatMap((byValue) => Object.values(byValue ?? {}));
  const pdf = new Set(Object.values(contract.pdfFields));
  return [...new Set([...names, ...values])].filter((v) => !pdf.has(v) && !/^\d+$/.test(v));
}

/** Every leaf value of a JSON document. */
function values(json: unknown): unknown[] {
  return json && typeof json === 'object' ? Object.values(json).flatMap(values) : [json];
}

const suiteFiles = [
  ...sources('tests').filter((f) => !f.name.startsWith('tests/tooling/')),
  ...sources('pages'),
  ...sources('fixtures'),
  ...sources('support/portal').filter((f) => !f.name.endsWith('test-api.ts')),
  { name: 'support/profile.ts', text: readFileSync(join(root, 'support/profile.ts'), 'utf8') },
  // A profile file's values (its keys are the suite's own words, « os » among them).
  ...knownProfiles().map((name) => ({
    name: `profiles/${name}.json`,
    text: values(JSON.parse(readFileSync(join(PROFILES_DIR, `${name}.json`), 'utf8')))
      .map((v) => JSON.stringify(v))
      .join('\n'),
  })),
];

for (const [build, contract] of Object.entries({ default: DEFAULT_CONTRACT, alt: ALT_CONTRACT })) {
  test(`No order-form field name or value of the mock's « ${build} » build is named in the suite`, () => {
    const found = orderFormContract(contract).flatMap((value) => {
      const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const literal = new RegExp(`['"\`]${escaped}['"\`]`);
      return suiteFiles.filter((f) => literal.test(f.text)).map((f) => `${f.name}: « ${value} »`);
    });
    expect(found, 'read the names and values from the page (pages/direct-orders.ts)').toEqual([]);
  });
}

test('No profile has a form contract (field names or values)', () => {
  const keys = Object.entries(PROFILES).flatMap(([name, profile]) =>
    Object.keys(profile)
      .filter((key) => key === 'orderForm' || key === 'fields' || key === 'values')
      .map((key) => `${name}.${key}`),
  );
  expect(keys).toEqual([]);
});
