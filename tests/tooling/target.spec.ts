import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readTarget } from '../../support/target/target.ts';
import { describeTarget, unmetNeed, type Need } from '../../support/target/needs.ts';
import { KNOWN_VARIABLES, PLATFORM_VARIABLES, SUITE_VARIABLES } from '../../support/target/variables.ts';

/**
 * The `.env` reading of support/target/target.ts: a wrong value names its variable and what it expects,
 * and on a deployed portal each left-out account, company or mailbox skips its tests with the
 * variables to set. Plain function calls: no browser, no portal; a few child runs of Playwright
 * and node check what a person running the suite sees.
 */
const root = join(import.meta.dirname, '..', '..');

const PORTAL = 'https://staging.certigna.example';
const HOLDER = {
  HOLDER_LOGIN: 'qa.holder',
  HOLDER_PASSWORD: 'S3cret-holder!',
  HOLDER_NAME: 'Frederic Senez',
};

function configError(env: NodeJS.ProcessEnv): string {
  try {
    readTarget(env);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`readTarget accepted ${JSON.stringify(env)}`);
}

test.describe('Configuration de la cible (.env)', () => {
  test('Sans rien : le mock intégré, où rien n’est sauté et les commandes sont passées', () => {
    const target = readTarget({});
    expect(target.isMock).toBe(true);
    expect(target.baseURL).toBe('http://127.0.0.1:3210');
    expect(target.allowOrderSubmission).toBe(true);
    for (const need of ['seeding', 'holder', 'staff', 'mailbox', 'orderSubmission'] satisfies Need[])
      expect(unmetNeed(target, need), need).toBeUndefined();
  });

  for (const [variable, value, expects] of [
    ['BASE_URL', 'staging.certigna.example', 'must be the http(s) address of the portal'],
    ['BASE_URL', 'ftp://staging.certigna.example', 'must be the http(s) address of the portal'],
    ['MOCK_PORT', '70000', 'must be a port number from 1 to 65535'],
    ['ALLOW_ORDER_SUBMISSION', 'peut-être', 'must be true or false'],
    ['IMAP_URL', 'https://mail.example.fr', 'must look like imaps://'],
    ['PW_WS_ENDPOINT', 'http://grid:3000', 'must be the ws:// or wss:// address'],
    ['WORKERS', '0', 'must be a whole number of at least 1'],
  ] as const)
    test(`Une valeur fausse de ${variable} (« ${value} ») est refusée en nommant la variable`, () => {
      const message = configError({ BASE_URL: PORTAL, [variable]: value });
      expect(message).toContain('Invalid test configuration');
      expect(message).toContain(`${variable}: ${expects}`);
    });

  test('Un build inconnu du mock ou des page objects nomme sa variable et les valeurs possibles', () => {
    expect(configError({ PORTAL_PROFILE: 'beta' })).toContain('PORTAL_PROFILE: must be one of default');
    // The builds are projects now: the old variable says so instead of being silently ignored.
    expect(configError({ MOCK_SKIN: 'alt' })).toContain(
      'MOCK_SKIN: no longer chooses the build: each build of the mock is a project, run it with --project=chromium-alt',
    );
    expect(readTarget({ MOCK_SKIN: '' }).mock.skin).toBe('default');
  });

  test('Un compte à moitié donné nomme la variable qui manque', () => {
    expect(configError({ BASE_URL: PORTAL, STAFF_LOGIN: 'staff.qa' })).toContain(
      'STAFF_PASSWORD: must be set too, since STAFF_LOGIN is',
    );
    expect(configError({ BASE_URL: PORTAL, MANDATAIRE_PASSWORD: 'x' })).toContain(
      'MANDATAIRE_LOGIN: must be set too, since MANDATAIRE_PASSWORD is',
    );
    expect(configError({ BASE_URL: PORTAL, ...HOLDER, HOLDER_NAME: '' })).toContain(
      'HOLDER_NAME: must be set too',
    );
    expect(configError({ BASE_URL: PORTAL, IMAP_URL: 'imaps://mail.example.fr' })).toContain(
      'IMAP_USER: must be set too, since IMAP_URL is',
    );
  });

  test('Un code partenaire faux ou incomplet nomme la variable et ce qu’elle attend', () => {
    const partner = { PARTNER_CODE: 'ACME', PARTNER_NAME: 'Acme', PARTNER_PRODUCTS: 'Pack ID RGS**' };
    expect(configError({ BASE_URL: PORTAL, ...partner, PARTNER_CODE: 'AC ME' })).toContain(
      'PARTNER_CODE: must be one partner code as the portal takes it, such as DEMATIS, without spaces (got « AC ME »)',
    );
    expect(
      configError({ BASE_URL: PORTAL, ...partner, PARTNER_PRODUCTS: 'Pack ID RGS**, Pack RGS' }),
    ).toContain(
      'PARTNER_PRODUCTS: must be products of the catalogue separated by commas (SSL, SSL RGS*, SSL Wildcard, Serveur Client, Cachet Serveur, Pack ID RGS*, Pack ID RGS**, Pack ID RGS***, Chiffrement); unknown: « Pack RGS »',
    );
    expect(configError({ BASE_URL: PORTAL, ...partner, PARTNER_PRODUCTS: 'SSL' })).toContain(
      'PARTNER_PRODUCTS: must name at least one product of the order form',
    );
    expect(configError({ BASE_URL: PORTAL, PARTNER_CODE: 'ACME' })).toContain(
      'PARTNER_NAME: must be set too, since PARTNER_CODE is',
    );
    expect(configError({ BASE_URL: PORTAL, PARTNER_CODE: 'ACME', PARTNER_NAME: 'Acme' })).toContain(
      'PARTNER_PRODUCTS: must be set too, since PARTNER_CODE and PARTNER_NAME are',
    );
    expect(
      configError({ BASE_URL: PORTAL, PARTNER_NAME: 'Acme', PARTNER_PRODUCTS: 'SSL, Pack ID RGS*' }),
    ).toContain('PARTNER_CODE: must be set too, since PARTNER_NAME and PARTNER_PRODUCTS are');
    // Given whole, the partner is the target's; without it, its tests skip naming the variables.
    const given = readTarget({
      BASE_URL: PORTAL,
      ...partner,
      PARTNER_PRODUCTS: ' Pack ID RGS** , Pack ID RGS***',
    });
    expect(given.partner).toEqual({
      code: 'ACME',
      name: 'Acme',
      products: ['Pack ID RGS**', 'Pack ID RGS***'],
    });
    expect(unmetNeed(given, 'partnerCode')).toBeUndefined();
    expect(unmetNeed(readTarget({ BASE_URL: PORTAL }), 'partnerCode')).toContain(
      'set PARTNER_CODE, with PARTNER_NAME (as the portal writes it) and PARTNER_PRODUCTS',
    );
    // On the mock, its own partner, whatever .env says.
    expect(readTarget({ ...partner }).partner).toEqual({
      code: 'DEMATIS',
      name: 'Dematis',
      products: ['Pack ID RGS**', 'Pack ID RGS***'],
    });
  });

  test('Un portail déployé avec le seul porteur : chaque rôle absent dit quoi renseigner', () => {
    const target = readTarget({ BASE_URL: PORTAL, ...HOLDER });
    expect(target.isMock).toBe(false);
    expect(target.allowOrderSubmission).toBe(false);
    expect(unmetNeed(target, 'holder')).toBeUndefined();
    expect(unmetNeed(target, 'accountAdmin')).toContain('set ACCOUNT_ADMIN_LOGIN and ACCOUNT_ADMIN_PASSWORD');
    expect(unmetNeed(target, 'mandataire')).toContain('set MANDATAIRE_LOGIN and MANDATAIRE_PASSWORD');
    expect(unmetNeed(target, 'staff')).toContain('set STAFF_LOGIN and STAFF_PASSWORD');
    // Without the mandataire, its company's reason is the account's own.
    expect(unmetNeed(target, 'mandataireCompany')).toBe(unmetNeed(target, 'mandataire'));
    expect(unmetNeed(target, 'holderCompany')).toContain('set HOLDER_COMPANY');
    expect(unmetNeed(target, 'mailbox')).toContain('set IMAP_URL, IMAP_USER and IMAP_PASSWORD');
    expect(unmetNeed(target, 'orderSubmission')).toContain('set ALLOW_ORDER_SUBMISSION=true');
    expect(unmetNeed(target, 'seeding')).toContain('leave BASE_URL empty');
  });

  test('Tous les rôles, leurs sociétés, un code partenaire et une boîte mail : seuls le mock, les écritures et la commande sont sautés', () => {
    const target = readTarget({
      BASE_URL: PORTAL,
      ...HOLDER,
      HOLDER_COMPANY: 'Senez Conseil',
      HOLDER_SIRET: '812 345 676 00017',
      MANDATAIRE_SIRET: '44306184100013',
      ACCOUNT_ADMIN_LOGIN: 'qa.admin',
      ACCOUNT_ADMIN_PASSWORD: 'S3cret-admin!',
      MANDATAIRE_LOGIN: 'qa.mandataire',
      MANDATAIRE_PASSWORD: 'S3cret-mandataire!',
      MANDATAIRE_COMPANY: 'Cabinet Mandat',
      STAFF_LOGIN: 'qa.staff',
      STAFF_PASSWORD: 'S3cret-staff!',
      MAIL_CATCHER_URL: 'http://localhost:1080',
      PARTNER_CODE: 'ACME',
      PARTNER_NAME: 'Acme',
      PARTNER_PRODUCTS: 'Pack ID RGS**',
    });
    expect(target.accounts.mandataire?.company).toBe('Cabinet Mandat');
    expect(target.accounts.holder?.siret).toBe('81234567600017');
    expect(target.mode).toBe('production');
    const unmet = (
      [
        'holder',
        'accountAdmin',
        'mandataire',
        'staff',
        'holderCompany',
        'mandataireCompany',
        'holderSiret',
        'mandataireSiret',
        'mailbox',
        'partnerCode',
      ] satisfies Need[]
    ).filter((n) => unmetNeed(target, n) !== undefined);
    expect(unmet).toEqual([]);

    const summary = describeTarget(target);
    expect(summary).toContain(`Target: ${PORTAL}`);
    expect(summary).toContain('mandataire: qa.mandataire');
    expect(summary).toContain('never submitted');
    expect(summary.split('\n')[0]).toMatch(/^Mode: PRODUCTION/);
    expect(describeTarget({ ...target, mode: 'staging', allowAccountChanges: true })).toMatch(
      /^Mode: STAGING/,
    );
    const skipped = summary.split('\n').filter((l) => l.startsWith('  - those that'));
    expect(skipped).toEqual([
      `  - those that ${unmetNeed(target, 'seeding')!.replace(/^needs/, 'need')}`,
      `  - those that ${unmetNeed(target, 'accountChanges')}`,
      `  - those that ${unmetNeed(target, 'orderSubmission')}`,
    ]);
  });

  test('Le résumé de début de run nomme les comptes sans jamais leurs mots de passe', () => {
    const passwords = ['S3cret-holder!', 'S3cret-staff!', 'S3cret-imap!'];
    const summary = describeTarget(
      readTarget({
        BASE_URL: PORTAL,
        ...HOLDER,
        STAFF_LOGIN: 'qa.staff',
        STAFF_PASSWORD: passwords[1],
        IMAP_URL: 'imaps://mail.example.fr',
        IMAP_USER: 'qa@example.fr',
        IMAP_PASSWORD: passwords[2],
      }),
    );
    expect(summary).toContain('certificate holder: qa.holder');
    expect(summary).toContain('account administrator: not given');
    expect(summary).toContain('IMAP qa@example.fr@mail.example.fr:993');
    for (const password of passwords) expect(summary).not.toContain(password);
  });
});

test.describe('Adresse du portail (BASE_URL)', () => {
  test('Un portail servi sous un chemin garde ce chemin', () => {
    for (const [given, baseURL] of [
      ['https://staging.example.fr/portail/', 'https://staging.example.fr/portail/'],
      ['https://staging.example.fr/portail', 'https://staging.example.fr/portail/'],
      ['https://staging.example.fr/a/b/', 'https://staging.example.fr/a/b/'],
      ['https://staging.example.fr/', 'https://staging.example.fr'],
      ['https://staging.example.fr', 'https://staging.example.fr'],
    ])
      expect(readTarget({ BASE_URL: given }).baseURL, given).toBe(baseURL);
  });

  test('Une adresse avec ?requête ou #fragment est refusée plutôt que tronquée', () => {
    for (const given of ['https://staging.example.fr/portail/?lang=fr', 'https://staging.example.fr/#/'])
      expect(configError({ BASE_URL: given })).toContain('BASE_URL: must be the address of the portal alone');
  });
});

test.describe('Variables mal orthographiées', () => {
  test('Une variable proche d’une variable de la suite arrête le run en proposant la bonne', () => {
    expect(configError({ BASE_ULR: 'https://staging.example.fr' })).toBe(
      'BASE_ULR is not a variable of the suite: did you mean BASE_URL?',
    );
    for (const [typed, meant] of [
      ['HOLDER_LOGNI', 'HOLDER_LOGIN'],
      ['MOCK_PROT', 'MOCK_PORT'],
      ['WORKER', 'WORKERS'],
      ['PORTAL_PROFIL', 'PORTAL_PROFILE'],
      ['RESULT_WEBHOOK_URL', 'RESULTS_WEBHOOK_URL'],
      ['CHROMIUM_PTH', 'CHROMIUM_PATH'],
      ['allow_order_submission', 'ALLOW_ORDER_SUBMISSION'],
    ] as const)
      expect(configError({ [typed]: 'x' }), typed).toBe(
        `${typed} is not a variable of the suite: did you mean ${meant}?`,
      );
  });

  test('L’environnement ordinaire d’une machine, de Playwright et des CI ne déclenche rien', () => {
    const ordinary = [
      // This machine and Debian/Ubuntu hosts.
      ...Object.keys(process.env),
      ...['PATH', 'HOME', 'USER', 'SHELL', 'LANG', 'PWD', 'OLDPWD', 'TERM', 'HOSTNAME', 'TMPDIR', 'EDITOR'],
      ...['NODE_OPTIONS', 'NODE_ENV', 'NODE_EXTRA_CA_CERTS', 'DEBUG', 'FORCE_COLOR', 'NO_COLOR', 'TZ'],
      // Playwright's own.
      ...['PWDEBUG', 'PLAYWRIGHT_BROWSERS_PATH', 'PLAYWRIGHT_JSON_OUTPUT_NAME', 'PLAYWRIGHT_JSON_OUTPUT_DIR'],
      ...[
        'PLAYWRIGHT_JUNIT_OUTPUT_FILE',
        'PLAYWRIGHT_BLOB_OUTPUT_DIR',
        'PLAYWRIGHT_HTML_OPEN',
        'PLAYWRIGHT_FORCE_TTY',
      ],
      ...[
        'PW_TEST_CONNECT_WS_ENDPOINT',
        'PW_TEST_HTML_REPORT_OPEN',
        'TEST_WORKER_INDEX',
        'TEST_PARALLEL_INDEX',
      ],
      // GitHub Actions.
      ...[
        'CI',
        'GITHUB_ACTIONS',
        'GITHUB_ACTOR',
        'GITHUB_API_URL',
        'GITHUB_BASE_REF',
        'GITHUB_ENV',
        'GITHUB_JOB',
      ],
      ...[
        'GITHUB_OUTPUT',
        'GITHUB_PATH',
        'GITHUB_REF',
        'GITHUB_REF_NAME',
        'GITHUB_REPOSITORY',
        'GITHUB_RUN_ID',
      ],
      ...[
        'GITHUB_RUN_NUMBER',
        'GITHUB_RUN_ATTEMPT',
        'GITHUB_SERVER_URL',
        'GITHUB_SHA',
        'GITHUB_STEP_SUMMARY',
      ],
      ...[
        'GITHUB_WORKFLOW',
        'GITHUB_WORKSPACE',
        'GITHUB_REPOSITORY_OWNER',
        'GITHUB_GRAPHQL_URL',
        'GITHUB_TOKEN',
      ],
      ...['RUNNER_OS', 'RUNNER_ARCH', 'RUNNER_NAME', 'RUNNER_TEMP', 'RUNNER_TOOL_CACHE', 'RUNNER_DEBUG'],
      ...['ImageOS', 'ImageVersion', 'ACTIONS_RUNNER_DEBUG', 'JAVA_HOME', 'ANDROID_HOME', 'CHROME_BIN'],
      // GitLab CI and Jenkins.
      ...['CI_JOB_URL', 'CI_JOB_ID', 'CI_JOB_NAME', 'CI_JOB_TOKEN', 'CI_PIPELINE_URL', 'CI_PROJECT_URL'],
      ...['CI_SERVER_URL', 'CI_COMMIT_SHA', 'CI_PAGES_URL', 'BUILD_URL', 'BUILD_ID', 'BUILD_NUMBER'],
      ...['JOB_URL', 'JOB_NAME', 'JENKINS_URL', 'WORKSPACE', 'NODE_NAME', 'EXECUTOR_NUMBER'],
    ];
    // This machine's values, and a placeholder for the names it does not have.
    const env = Object.fromEntries(ordinary.map((name) => [name, process.env[name] ?? 'x']));
    expect(() => readTarget(env)).not.toThrow();
  });
});

test.describe('.env.example', () => {
  const example = readFileSync(join(root, '.env.example'), 'utf8');
  const documented = [...example.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!);

  test('Chaque variable de la suite y a sa ligne NOM=, et aucune autre', () => {
    const missing = SUITE_VARIABLES.filter((name) => !documented.includes(name));
    const extra = documented.filter((name) => !SUITE_VARIABLES.includes(name));
    const twice = documented.filter((name, i) => documented.indexOf(name) !== i);
    expect(
      { missing, extra, twice },
      'document each in .env.example, or name it in support/target/variables.ts',
    ).toEqual({ missing: [], extra: [], twice: [] });
  });

  test('Celles que posent la CI ou Playwright y sont nommées, sans ligne NOM=', () => {
    const unnamed = PLATFORM_VARIABLES.filter((name) => !new RegExp(`^#.*\\b${name}\\b`, 'm').test(example));
    expect(unnamed).toEqual([]);
  });

  test('support/, fixtures/, scripts/, bench/ et la config ne lisent aucune variable hors de cette liste', () => {
    const sources = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
      );
    const files = [...['support', 'fixtures', 'scripts', 'bench'].flatMap(sources), 'playwright.config.ts'];
    const unknown = files.flatMap((file) =>
      [
        ...readFileSync(join(root, file), 'utf8').matchAll(
          /\benv(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])/g,
        ),
      ]
        .map((m) => m[1] ?? m[2]!)
        .filter((name) => !KNOWN_VARIABLES.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(unknown, 'add them to support/target/variables.ts (and .env.example)').toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// What a person running `npx playwright test` sees: child runs of the suite's own config.

interface Child {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function run(command: string[], env: NodeJS.ProcessEnv, cwd = root): Promise<Child> {
  // An undefined value removes the variable (an empty one would still be set: .env would not apply).
  const childEnv = Object.fromEntries(
    Object.entries({ ...process.env, FORCE_COLOR: '0', ...env }).filter(([, v]) => v !== undefined),
  );
  const child = spawn(process.execPath, command, {
    cwd,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  await test.info().attach(`${command.join(' ')} output`, {
    body: `exit ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`,
    contentType: 'text/plain',
  });
  return { code, stdout, stderr };
}

const playwrightList = (env: NodeJS.ProcessEnv) =>
  run([join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--list', '--project=tooling'], env);

test.describe('Une erreur de configuration au lancement de « npx playwright test »', () => {
  // Each child loads the config (~2 s on a quiet 2-core machine, more under load).
  test.describe.configure({ timeout: 60_000 });

  for (const [variable, value, message] of [
    ['WORKERS', 'abc', '  - WORKERS: must be a whole number of at least 1'],
    ['BASE_URL', 'staging.example.fr', '  - BASE_URL: must be the http(s) address of the portal'],
    ['PORTAL_PROFILE', 'beta', 'PORTAL_PROFILE: must be one of default'],
    ['BASE_ULR', 'http://127.0.0.1:9', 'BASE_ULR is not a variable of the suite: did you mean BASE_URL?'],
  ] as const)
    test(`${variable}=${value} : le message seul, sans pile d’appels, et un code de sortie non nul`, async () => {
      const child = await playwrightList({ [variable]: value });
      expect(child.code).not.toBe(0);
      expect(child.stderr).toContain(message);
      expect(child.stderr + child.stdout, 'no stack trace').not.toMatch(/^\s+at /m);
      expect(child.stdout, 'nothing listed').not.toContain('Total:');
    });

  test('CHROMIUM_PATH vers un fichier absent : le message seul', async () => {
    const child = await playwrightList({ CHROMIUM_PATH: '/nonexistent/chromium' });
    test.skip(
      child.code === 0,
      "Playwright's own Chromium is installed here: it wins over CHROMIUM_PATH (support/target/browser.ts)",
    );
    expect(child.stderr).toContain('CHROMIUM_PATH is "/nonexistent/chromium", but no file exists there');
    expect(child.stderr + child.stdout, 'no stack trace').not.toMatch(/^\s+at /m);
  });

  test('PORTAL_PROFILE donné dans .env atteint les page objects, pas seulement la cible', async () => {
    const dir = test.info().outputPath('dotenv');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '.env'), 'PORTAL_PROFILE=alt\n');
    // The config's order: the target first (support/target/target.ts), then the page objects' profile.
    writeFileSync(
      join(dir, 'probe.mts'),
      `const { target } = await import(${JSON.stringify(join(root, 'support/target/target.ts'))});
const { loadProfile } = await import(${JSON.stringify(join(root, 'support/profile.ts'))});
const profile = loadProfile(target.portalProfile);
console.log(JSON.stringify({ target: target.portalProfile, pages: profile.paths.login === loadProfile('alt').paths.login ? 'alt' : 'other' }));\n`,
    );
    const child = await run(
      ['--import', import.meta.resolve('tsx'), 'probe.mts'],
      { PORTAL_PROFILE: undefined },
      dir,
    );
    expect(child.code, child.stderr).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ target: 'alt', pages: 'alt' });
  });
});
