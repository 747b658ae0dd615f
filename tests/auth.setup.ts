import {
  ACCOUNT_ROLES,
  configuredTarget as target,
  expect,
  storageStateFile,
  test,
} from '../fixtures/index.ts';
import { unmetNeed } from '../support/target/needs.ts';
import { CustomerAreaPage } from '../pages/customer-area-page.ts';
import { LoginPage } from '../pages/login-page.ts';
import { ManagerCustomerAccountsPage, ManagerLoginPage } from '../pages/manager-page.ts';

/**
 * Setup project, deployed portals only: logs each account given in .env in once, through the
 * form, and saves its session for the run. Untraced: the passwords are real (see playwright.config.ts).
 */
for (const role of ACCOUNT_ROLES.filter((r) => r !== 'staff')) {
  test(`Connexion du compte configuré « ${role} »`, { tag: '@setup' }, async ({ page, profile }) => {
    const account = target.accounts[role];
    test.skip(!account, unmetNeed(target, role));
    const login = new LoginPage(page, profile);
    await login.open();
    await login.logIn(account!);
    await expect(new CustomerAreaPage(page, profile).heading).toBeVisible();
    await page.context().storageState({ path: storageStateFile(role) });
  });
}

test('Connexion du compte configuré « staff » au manager', { tag: '@setup' }, async ({ page, profile }) => {
  test.skip(!target.accounts.staff, unmetNeed(target, 'staff'));
  const login = new ManagerLoginPage(page, profile);
  await login.open();
  await login.logIn(target.accounts.staff!);
  await expect(new ManagerCustomerAccountsPage(page, profile).tab).toBeVisible();
  await page.context().storageState({ path: storageStateFile('staff') });
});
