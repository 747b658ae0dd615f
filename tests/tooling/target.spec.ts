import { expect, test } from '@playwright/test';
import { readTarget } from '../../support/target/target.ts';
import { describeTarget, unmetNeed, type Need } from '../../support/target/needs.ts';

/**
 * The `.env` reading of support/target/target.ts: a wrong value names its variable and what it expects,
 * and on a deployed portal each left-out account, company or mailbox skips its tests with the
 * variables to set. Plain function calls: no browser, no portal.
 */

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
    expect(target.baseURL).toBe('http://localhost:3210');
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
    expect(configError({ MOCK_SKIN: 'beta' })).toContain(
      'MOCK_SKIN: must be one of default, alt, alt-markup',
    );
    expect(configError({ PORTAL_PROFILE: 'beta' })).toContain('PORTAL_PROFILE: must be one of default');
    expect(readTarget({ MOCK_SKIN: 'alt-markup' }).mock.skin).toBe('alt-markup');
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

  test('Tous les rôles, leurs sociétés et une boîte mail : seuls le mock, les écritures et la commande sont sautés', () => {
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
