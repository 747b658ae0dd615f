import { rule, covers, expect, test } from '../fixtures/index.ts';

/**
 * The manager is Certigna's back office (the guide: « vous pouvez vérifier l'existence du compte
 * client depuis le manager »): its staff open it, a customer does not, neither with their own
 * identifier and password nor with their customer area's session.
 */
test.describe('Le manager est réservé au personnel de Certigna', { tag: ['@regression'] }, () => {
  test(
    'Le personnel de Certigna se connecte et ouvre « Compte client », aussi par son adresse',
    { ...covers('forgottenManagerSearch', rule('manager-closed-to-customers', 'accepted')) },
    async ({ managerLoginPage, accounts }) => {
      const staff = await accounts.createStaff();
      await managerLoginPage.open();
      await managerLoginPage.logIn(staff);
      await expect(managerLoginPage.customerAccountsTab).toBeVisible();

      await managerLoginPage.openCustomerAccounts();
      await expect(managerLoginPage.customerAccountsTab).toBeVisible();
      await expect(managerLoginPage.identifier, 'no login asked again').toBeHidden();
    },
  );

  test(
    'L’identifiant et le mot de passe d’un client n’ouvrent pas le manager',
    {
      tag: ['@error-case'],
      ...covers('forgottenManagerSearch', rule('manager-closed-to-customers', 'refused')),
    },
    async ({ managerLoginPage, me }) => {
      await managerLoginPage.open();
      await managerLoginPage.logIn(me);

      await expect(managerLoginPage.error).toBeVisible();
      await expect(managerLoginPage.customerAccountsTab).toBeHidden();
      await managerLoginPage.openCustomerAccounts();
      await expect(managerLoginPage.identifier, 'still the manager’s login').toBeVisible();
      await expect(managerLoginPage.customerAccountsTab).toBeHidden();
    },
  );

  test(
    'Un client connecté à son espace client n’ouvre pas le manager par son adresse',
    {
      tag: ['@error-case'],
      ...covers('forgottenManagerSearch', rule('manager-closed-to-customers', 'refused')),
    },
    async ({ managerLoginPage, customerArea, logInAs, me }) => {
      await logInAs(me);
      await customerArea.open();
      await expect(customerArea.heading, 'the customer’s session is live').toBeVisible();

      await managerLoginPage.openCustomerAccounts();
      await expect(managerLoginPage.identifier, 'the manager asks for its own login').toBeVisible();
      await expect(managerLoginPage.customerAccountsTab).toBeHidden();
    },
  );
});
