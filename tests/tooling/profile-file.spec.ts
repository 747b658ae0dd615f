import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { ConfigError } from '../../support/target/config-error.ts';
import { BUILDS, DEFAULT_BUILD, profileFor } from '../../support/target/builds.ts';
import { readTarget } from '../../support/target/target.ts';
import { knownProfiles, loadProfile, profileDocument } from '../../support/profile.ts';

/**
 * Issue 23, item 1: a profile is a file (profiles/<name>.json, docs/profile.md « The file »),
 * checked when loaded, each mistake named by its dotted entry; PORTAL_PROFILE takes a known build's
 * name or a file's path, and on the mock it replaces the profile of the default project only.
 * Plain function calls, and one child run of Playwright whose page objects are only built.
 */
const root = join(import.meta.dirname, '..', '..');
const BUILT = ['default', 'alt', 'faces'];
// Ports of its own for the child run's mocks (+0..4 for each build: profile-record.spec.ts holds 4700).
const PORTS = { http: 4740, smtp: 4750, mail: 4760 };
const CHILD_LIMIT_MS = 90_000;

type Json = Record<string, unknown>;
/** A profile document as a test breaks it: any entry, any value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- written to hold what the schema refuses
type Doc = Record<string, any>;
const committed = (name: string) =>
  JSON.parse(readFileSync(join(root, 'profiles', `${name}.json`), 'utf8')) as Json;

/** A copy of the default profile with one change, written where the test keeps its files. */
function brokenCopy(name: string, change: (doc: Doc) => void): string {
  const doc = committed('default') as Doc;
  change(doc);
  const dir = test.info().outputPath('profiles');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return relative(process.cwd(), file);
}

/** The message of the ConfigError loading `nameOrPath` throws. */
function refusal(nameOrPath: string): string {
  try {
    loadProfile(nameOrPath);
  } catch (e) {
    expect(e, 'a configuration error: the run stops with its message alone').toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error(`loadProfile accepted ${nameOrPath}`);
}

test.describe('Les profils commités', () => {
  test('chaque build connu a son fichier, et chaque fichier se charge', () => {
    expect(knownProfiles()).toEqual(expect.arrayContaining(BUILT));
    for (const build of BUILDS) expect(knownProfiles(), build.project).toContain(build.profile);
    for (const name of knownProfiles()) expect(() => loadProfile(name), name).not.toThrow();
  });

  test('chargé puis réécrit, un profil redonne son fichier entrée par entrée', () => {
    for (const name of BUILT) expect(profileDocument(loadProfile(name)), name).toEqual(committed(name));
  });

  test('les modèles deviennent des fonctions qui remplacent chaque marque', () => {
    const texts = committed('alt').texts as Json & { partner: Json };
    const profile = loadProfile('alt');
    expect(profile.texts.partner.chosen('Dematis')).toBe(
      String(texts.partner.chosen).replace('{partner}', 'Dematis'),
    );
    const subject = profile.mail.orderSubject('C26-000123', 'Certigna Pack ID RGS**');
    expect(subject).toContain('C26-000123');
    expect(subject).toContain('Certigna Pack ID RGS**');
    expect(subject).not.toMatch(/\{\w+\}/);
    expect(profile.accountTexts.passwordTooShort(12)).toContain('12');
    expect(profile.orderNumber).toBeInstanceOf(RegExp);
    expect(profile.orderNumber.test('Numéro de commande : C26-000123')).toBe(true);
  });

  test('le prix du guide (Pack ID RGS**, 3 ans) est celui de chaque build du mock', () => {
    for (const name of BUILT) expect(loadProfile(name).prices['Pack ID RGS**'][3], name).toBe('250.0');
  });
});

test.describe('Un fichier de profil fautif nomme l’entrée en cause', () => {
  const cases: [string, (doc: Doc) => void, string][] = [
    [
      'unknown-key',
      (d) => ((d.texts as Json).extra = 'x'),
      'texts.extra is not an entry of the profile (unknown key)',
    ],
    ['unknown-top-key', (d) => (d.orderForm = {}), 'orderForm is not an entry of the profile (unknown key)'],
    ['missing-entry', (d) => delete d.mail.activationSubject, 'mail.activationSubject is missing'],
    ['missing-part', (d) => delete d.pdfFields, 'pdfFields is missing'],
    ['missing-price', (d) => delete (d.prices.Chiffrement as Json)['2'], 'prices.Chiffrement.2 is missing'],
    [
      'template-without-placeholder',
      (d) => ((d.texts.partner as Json).chosen = 'Code partenaire'),
      'texts.partner.chosen must hold {partner}',
    ],
    [
      'subject-without-type',
      (d) => (d.mail.orderSubject = 'Votre commande {number}'),
      'mail.orderSubject must hold {type}',
    ],
    [
      'placeholder-twice',
      (d) => (d.texts.orderNumberLine = '{number} / {number}'),
      'texts.orderNumberLine must hold {number} once (it holds it 2 times)',
    ],
    ['bad-regex', (d) => (d.orderNumber = 'CMD-(\\d+'), 'orderNumber must be a regular expression'],
    ['regex-matching-nothing', (d) => (d.orderNumber = '\\d*'), 'orderNumber must not match an empty text'],
    [
      'relative-path',
      (d) => (d.paths.login = 'connexion'),
      'paths.login must be a path beginning with « / »',
    ],
    [
      'price-as-number',
      (d) => ((d.prices['Pack ID RGS*'] as Json)['1'] = 90),
      'prices.Pack ID RGS*.1 must be a string (got a number)',
    ],
    ['wrong-format', (d) => (d.format = 'certigna-profile/0'), 'format must be « certigna-profile/1 »'],
  ];
  for (const [name, change, message] of cases)
    test(`${name} : « ${message} »`, () => {
      const file = brokenCopy(name, change);
      expect(refusal(file)).toContain(`PORTAL_PROFILE ${file}: ${message}`);
    });

  test('chaque faute sur sa ligne, toutes à la fois', () => {
    const file = brokenCopy('two-mistakes', (d) => {
      delete d.mail.activationSubject;
      d.texts.connectedAs = 'Connecté';
    });
    expect(refusal(file).split('\n').sort()).toEqual(
      [
        `PORTAL_PROFILE ${file}: mail.activationSubject is missing`,
        `PORTAL_PROFILE ${file}: texts.connectedAs must hold {name}`,
      ].sort(),
    );
  });

  test('un nom inconnu liste les noms connus', () => {
    expect(refusal('beta')).toBe(
      `PORTAL_PROFILE: must be one of ${knownProfiles().join(', ')} (profiles/<name>.json), or the path of a profile file (got « beta »)`,
    );
  });

  test('un fichier absent le dit', () => {
    expect(refusal('profiles/absent.json')).toContain('PORTAL_PROFILE profiles/absent.json: no such file');
  });

  test('un fichier qui n’est pas du JSON le dit', () => {
    const file = join(test.info().outputPath(), 'not-json.json');
    mkdirSync(test.info().outputPath(), { recursive: true });
    writeFileSync(file, '{ "format": ');
    expect(refusal(file)).toContain(`PORTAL_PROFILE ${file}: not a JSON document`);
  });

  test('dans .env, un profil fautif arrête la lecture de la cible avec ce message', () => {
    const file = brokenCopy('in-env', (d) => delete d.texts.logOut);
    expect(() => readTarget({ PORTAL_PROFILE: file })).toThrow(
      `PORTAL_PROFILE ${file}: texts.logOut is missing`,
    );
  });
});

test.describe('Le profil que reçoit chaque projet', () => {
  const alt = BUILDS.find((b) => b.project === 'chromium-alt')!;
  const consent = BUILDS.find((b) => b.project === 'chromium-consent')!;

  test('sur le mock, sans PORTAL_PROFILE, chaque build lit le sien', () => {
    const target = readTarget({});
    for (const build of BUILDS) expect(profileFor(target, build), build.project).toBe(build.profile);
  });

  test('sur le mock, PORTAL_PROFILE remplace celui du projet chromium seulement', () => {
    const target = readTarget({ PORTAL_PROFILE: 'profiles/alt.json' });
    expect(profileFor(target, DEFAULT_BUILD)).toBe('profiles/alt.json');
    expect(profileFor(target, alt)).toBe('alt');
    expect(profileFor(target, consent), 'the default build under its consent dialog keeps its own').toBe(
      'default',
    );
  });

  test('sur un portail déployé, PORTAL_PROFILE vaut pour tout', () => {
    const target = readTarget({ BASE_URL: 'https://staging.certigna.example', PORTAL_PROFILE: 'faces' });
    expect(profileFor(target, DEFAULT_BUILD)).toBe('faces');
  });

  test('PORTAL_PROFILE=<chemin> atteint les page objects du worker (exécution enfant)', async () => {
    test.setTimeout(CHILD_LIMIT_MS + 10_000);
    // A patched build's recorded profile: the default one with another login path and heading.
    const file = brokenCopy('patched', (d) => {
      d.paths.login = '/connexion-patchee';
      d.texts.homeHeading = 'Certigna (patché)';
    });
    const dir = test.info().outputPath('child-run');
    const report = join(dir, 'report.json');
    const env = Object.fromEntries(
      Object.entries({
        ...process.env,
        BASE_URL: '',
        CI: '',
        PORTAL_PROFILE: file,
        MOCK_PORT: String(PORTS.http),
        MOCK_SMTP_PORT: String(PORTS.smtp),
        MOCK_MAIL_PORT: String(PORTS.mail),
        PLAYWRIGHT_JSON_OUTPUT_FILE: report,
        FORCE_COLOR: '0',
        PORTAL_TIMEOUT_SCALE_MEASURED: undefined,
        MOCK_FAULTS: undefined,
      }).filter(([, v]) => v !== undefined),
    );
    const child = spawn(
      process.execPath,
      [
        'node_modules/@playwright/test/cli.js',
        'test',
        '--config=tests/tooling/profile-probe/probe.config.ts',
        '--project=chromium',
        '--project=chromium-alt',
        '--workers=1',
        '--retries=0',
        '--reporter=json',
        `--output=${join(dir, 'output')}`,
      ],
      { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.resume();
    const hung = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), CHILD_LIMIT_MS);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(hung);
    expect(existsSync(report), `no JSON report (exit ${code}): ${stderr.slice(-2000)}`).toBe(true);
    type Report = {
      suites: {
        specs: {
          tests: {
            projectName: string;
            results: { status: string; annotations: { type: string; description?: string }[] }[];
          }[];
        }[];
      }[];
    };
    const tests = (JSON.parse(readFileSync(report, 'utf8')) as Report).suites
      .flatMap((s) => s.specs)
      .flatMap((s) => s.tests);
    const seen = Object.fromEntries(
      tests.map((t) => {
        const result = t.results[0]!;
        expect(result.status, `${t.projectName}: ${stderr.slice(-2000)}`).toBe('passed');
        return [
          t.projectName,
          JSON.parse(result.annotations.find((a) => a.type === 'profile')!.description!),
        ];
      }),
    );
    const altFile = committed('alt') as { paths: Json; texts: Json };
    expect(seen).toEqual({
      chromium: { loginPath: '/connexion-patchee', homeHeading: 'Certigna (patché)', sameAsFixture: true },
      'chromium-alt': {
        loginPath: altFile.paths.login,
        homeHeading: altFile.texts.homeHeading,
        sameAsFixture: true,
      },
    });
  });
});
