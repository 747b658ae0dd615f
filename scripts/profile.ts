/**
 * `npm run profile`: records the profile of a build of the portal by walking the guide on it
 * (support/profile-record.ts), and prints entry, value found, how it was found, and whether it
 * differs from the profile in use. Issue 23, items 3 to 5; docs/profile.md.
 *
 *   npm run profile                              the portal of BASE_URL, accounts of .env
 *   BASE_URL= npm run profile -- --build alt     a mock build, started here on MOCK_PORT
 *   npm run profile -- --write FILE              also writes what was found, as a profile file
 *   npm run profile -- --manager URL             the manager's address (a deployed portal's staff know it)
 *
 * On the mock, a fresh account comes from its test API and one order is placed. On a deployed
 * portal, the HOLDER_* account walks; in production it only reads (no order, so the entries seen
 * after « Commander » are « not recorded »); on staging it places one order. Exits 1 when an
 * entry differs from the profile in use, 2 on a configuration error.
 */
import { writeFileSync } from 'node:fs';
import { chromium, request } from '@playwright/test';
import { MailDevMailbox } from '../support/mail/mailbox.ts';
import { ImapMailbox } from '../support/mail/imap.ts';
import { PRODUCTS, type Duration, type ProductName } from '../pages/model.ts';
import { loadProfile } from '../support/profile.ts';
import {
  profileEntries,
  profileValue,
  recordProfile,
  toJson,
  type Walker,
} from '../support/profile-record.ts';
import { seedAccount, seedStaff, seededAdmin } from '../support/portal/seed.ts';
import { E2E, markedPerson } from '../support/portal/data.ts';
import { newCompanyName, newPerson, newSiret, uniqueSuffix } from '../support/data.ts';
import type { NewAccounts } from '../support/profile-record-accounts.ts';
import { unmetNeed } from '../support/target/needs.ts';
import { SKINS, type SkinName } from '../mock-site/builds/skin.ts';
import { TestApi } from '../support/portal/test-api.ts';
import { BUILDS } from '../support/target/builds.ts';
import { CHROMIUM_ARGS, resolveBrowser } from '../support/target/browser.ts';
import { ConfigError, orExit } from '../support/target/config-error.ts';
import { target } from '../support/target/target.ts';
import { startMock, type RunningMock } from './lib/mock.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const buildName = arg('build');
const writeTo = arg('write');
const managerArg = arg('manager');
const TOKEN = 'profile-record';

const build = orExit(() => {
  if (!target.isMock) {
    if (buildName) throw new ConfigError('--build: only on the mock (leave BASE_URL empty)');
    return undefined;
  }
  const name = buildName ?? 'default';
  const found = BUILDS.find((b) => b.skin === name || b.project === name);
  if (!found)
    throw new ConfigError(
      `--build: must be one of ${[...new Set(BUILDS.map((b) => b.skin))].join(', ')} (got « ${name} »)`,
    );
  return found;
});
const profileName = build?.profile ?? target.portalProfile;
const profile = orExit(() => loadProfile(profileName));

/** On a deployed portal: customer areas and users only where `.env` allows, marked « E2E ». */
function stagingAccounts(): NewAccounts {
  const refused = unmetNeed(target, 'accountChanges');
  if (refused) return { allowed: false, why: refused };
  const sirets = [...target.testSirets];
  return {
    allowed: true,
    person: () => markedPerson(newPerson(uniqueSuffix(0))),
    company: () => `${E2E} ${newCompanyName()} ${uniqueSuffix(0)}`,
    siret: () => sirets.shift() ?? newSiret(),
  };
}

let mock: RunningMock | undefined;
const browser = await chromium.launch({
  executablePath: orExit(() => resolveBrowser(false)).executablePath,
  args: CHROMIUM_ARGS,
});
try {
  let baseURL = target.baseURL;
  let walker: Walker;
  if (build) {
    mock = await startMock({ port: target.mock.port, testToken: TOKEN, env: { MOCK_SKIN: build.skin } });
    baseURL = mock.url;
    const api = new TestApi(
      await request.newContext({ baseURL, extraHTTPHeaders: { 'x-test-token': TOKEN } }),
    );
    const account = await seedAccount(api, 'plain', 0);
    const admin = seededAdmin(account);
    walker = {
      ...admin,
      company: account.company,
      siret: account.siret,
      mailbox: new MailDevMailbox(await request.newContext(), mock.mailURL),
      mayOrder: true,
      newAccounts: {
        allowed: true,
        person: () => newPerson(uniqueSuffix(0)),
        company: () => `${newCompanyName()} ${uniqueSuffix(0)}`,
        siret: () => newSiret(),
      },
      mayChangeAccounts: true,
      partner: target.partner,
      staff: await seedStaff(api, 0),
      // The address the mock's staff are given (its build's own, mock-site/builds/contract.ts).
      managerURL: `${mock.url}${SKINS[build.skin as SkinName].paths.manager}`,
    };
  } else {
    const holder = target.accounts.holder;
    if (!holder) throw new ConfigError('HOLDER_LOGIN: the walk needs a customer account (.env)');
    walker = {
      ...holder,
      // As the suite reads a deployed portal's mail (support/portal/deployed.ts).
      mailbox: target.imap
        ? new ImapMailbox(target.imap)
        : target.mailCatcherURL
          ? new MailDevMailbox(await request.newContext(), target.mailCatcherURL)
          : undefined,
      mayOrder: target.mode === 'staging',
      newAccounts: stagingAccounts(),
      partner: target.partner,
      staff: target.accounts.staff,
      managerURL: managerArg && new URL(managerArg, baseURL).toString(),
    };
  }
  const recording = await recordProfile(browser, baseURL, walker);

  const rows: string[][] = recording.findings.map((f) => {
    const inUse = profileValue(profile, f.entry);
    const differs = f.value === undefined ? '' : f.value === inUse ? 'same' : `DIFFERS (profile: ${inUse})`;
    return [f.entry, f.value ?? '—', f.how, differs];
  });
  for (const product of Object.keys(PRODUCTS) as ProductName[]) {
    for (const years of [1, 2, 3] as Duration[]) {
      const price = recording.prices[product]?.[years];
      const known = profile.prices[product][years];
      rows.push([
        `prices.${product}.${years}`,
        price ?? '—',
        price ? '« Total » of « Tarif » on the order form' : 'not recorded: no such choice on the form',
        price === undefined ? '' : price === known ? 'same' : `DIFFERS (profile: ${known})`,
      ]);
    }
  }
  const walked = new Set(recording.findings.map((f) => f.entry));
  // The prices have rows of their own above.
  for (const entry of profileEntries({ ...profile, prices: {} }).filter((e) => !walked.has(e)))
    rows.push([entry, '—', 'not recorded: this version does not walk that screen yet', '']);
  const header = ['entry', 'value found', 'how it was found', `vs profile « ${profileName} »`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join(' | ')
      .trimEnd();
  console.log(`Profile recorded from ${baseURL}${build ? ` (mock build « ${build.skin} »)` : ''}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
  const recorded = rows.filter((r) => r[1] !== '—').length;
  const differ = rows.filter((r) => r[3]!.startsWith('DIFFERS')).length;
  console.log(`${recorded} of ${rows.length} entries recorded, ${differ} differ from the profile in use`);
  if (writeTo) {
    writeFileSync(writeTo, `${JSON.stringify(toJson(recording), null, 2)}\n`);
    const missing = rows.filter((r) => r[1] === '—').length;
    console.log(
      `Written to ${writeTo}${missing ? `: ${missing} entries not recorded are left out; give them before loading it as a profile` : ''}`,
    );
  }
  process.exitCode = differ ? 1 : 0;
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exitCode = 2;
  } else throw error;
} finally {
  await browser.close();
  await mock?.stop();
}
