import {
  Mails,
  covers,
  rule,
  expect,
  mailLines,
  newPassword,
  newSiret,
  spacedSiret,
  test,
  writes,
} from '../fixtures/index.ts';
import type { Mailbox } from '../support/mail/mailbox.ts';
import type { ForgottenIdentifierPage } from '../pages/forgotten-identifier-page.ts';

// The guide's words (its own capitals): « identifiant ou mot de passe incorrect ».
const REFUSED = 'identifiant ou mot de passe incorrect';

/** A granted « Identifiant oublié ? » request: the page confirms, and the mail gives the login. */
async function expectIdentifierSent(
  page: ForgottenIdentifierPage,
  mailbox: Mailbox,
  to: { email: string; login: string },
) {
  await expect(page.sent).toBeVisible();
  const mails = new Mails(page.profile);
  const mail = await mailbox.waitFor({ to: to.email, subject: mails.subjects.identifier });
  expect(mail.to, 'the identifier e-mail goes to that user alone').toEqual([to.email]);
  expect(mailLines(mail), 'the e-mail gives the identifier, word for word').toContain(
    mails.identifierLines.identifierMail(to.login),
  );
}

test.describe(
  "Cas d'erreur : « identifiant ou mot de passe incorrect » lors d'un « identifiant oublié »",
  { tag: ['@regression'] },
  () => {
    test(
      '« Identifiant oublié ? » : un client avec un espace client reçoit son identifiant par e-mail à partir de son SIRET',
      { ...covers('step2', rule('forgotten-identifier-known-siret')) },
      async ({ loginPage, forgottenIdentifierPage, mailbox, customer, me }) => {
        await loginPage.open();
        await loginPage.goToForgottenIdentifier();
        await expect(forgottenIdentifierPage.heading).toBeVisible();
        const answer = await forgottenIdentifierPage.requestIdentifier({
          siret: spacedSiret(customer.siret),
        });

        await expect(answer).toBeReadableAnswer();
        await expectIdentifierSent(forgottenIdentifierPage, mailbox, me);
      },
    );

    test(
      '« Identifiant oublié ? » avec le SIRET et la bonne adresse e-mail envoie l’identifiant',
      { ...covers('step2', rule('forgotten-identifier-email', 'accepted')) },
      async ({ forgottenIdentifierPage, mailbox, customer, me }) => {
        await forgottenIdentifierPage.open();
        await forgottenIdentifierPage.requestIdentifier({ siret: customer.siret, email: me.email });

        await expectIdentifierSent(forgottenIdentifierPage, mailbox, me);
      },
    );

    test(
      'Un ancien client sans espace client saisit son SIRET : « identifiant ou mot de passe incorrect »',
      {
        tag: ['@error-case'],
        ...covers('forgottenOldCustomer', rule('forgotten-identifier-unknown-siret')),
      },
      async ({ forgottenIdentifierPage, accounts }) => {
        const oldCustomer = await accounts.create('old');
        await forgottenIdentifierPage.open();
        const answer = await forgottenIdentifierPage.requestIdentifier({ siret: oldCustomer.siret });

        await expect(answer).toBeReadableAnswer();
        await expect(forgottenIdentifierPage.refused).toHaveText(REFUSED, { ignoreCase: true });
        await expect(forgottenIdentifierPage.sent).toBeHidden();
      },
    );

    test(
      'Un SIRET erroné affiche le même message « identifiant ou mot de passe incorrect »',
      {
        tag: ['@error-case', '@read-only'],
        ...covers('forgottenWrongInput', rule('forgotten-identifier-unknown-siret')),
      },
      async ({ forgottenIdentifierPage }) => {
        await forgottenIdentifierPage.open();
        const answer = await forgottenIdentifierPage.requestIdentifier({ siret: newSiret() });

        await expect(answer).toBeReadableAnswer();
        await expect(forgottenIdentifierPage.refused).toHaveText(REFUSED, { ignoreCase: true });
      },
    );

    test(
      'Une adresse e-mail erronée avec un SIRET connu affiche le même message, et aucun e-mail ne part',
      {
        tag: ['@error-case', '@read-only'],
        ...covers('forgottenWrongInput', rule('forgotten-identifier-email', 'refused')),
      },
      async ({ mails, forgottenIdentifierPage, mailbox, customer, me, accounts }) => {
        const wrongEmail = accounts.newPerson().email;
        const identifierMails = { to: me.email, subject: mails.subjects.identifier };
        const before = (await mailbox.list(identifierMails)).length;
        await forgottenIdentifierPage.open();
        const answer = await forgottenIdentifierPage.requestIdentifier({
          siret: customer.siret,
          email: wrongEmail,
        });

        await expect(answer).toBeReadableAnswer();
        await expect(forgottenIdentifierPage.refused).toHaveText(REFUSED, { ignoreCase: true });

        // A good request afterwards: once its mail is in, the refused one would be too. Counted
        // from before the refused request: a configured account's mailbox keeps earlier runs' mail.
        await forgottenIdentifierPage.requestIdentifier({ siret: customer.siret, email: me.email });
        await expect.poll(async () => (await mailbox.list(identifierMails)).length).toBe(before + 1);
        expect(await mailbox.list({ to: wrongEmail })).toHaveLength(0);
      },
    );

    test(
      'Un SIRET qui n’a pas 14 chiffres est refusé avec un message qui le dit',
      { tag: ['@error-case'], ...covers('forgottenWrongInput') },
      async ({ forgottenIdentifierPage, customer }) => {
        await forgottenIdentifierPage.open();
        const answer = await forgottenIdentifierPage.requestIdentifier({
          siret: customer.siret.slice(0, 13),
        });

        await expect(answer).toBeReadableAnswer();
        await expect(forgottenIdentifierPage.siretLengthError).toBeVisible();
      },
    );

    test(
      'Le manager trouve, par nom de société, le compte client d’un client qui a un espace client',
      {
        tag: ['@error-case'],
        ...covers('forgottenManagerSearch', rule('manager-search'), rule('manager-admin-identifier')),
      },
      async ({ manager, customer, me }) => {
        await expect(manager.tab).toBeVisible();
        // People type part of the name, in any case.
        const typed = customer.company.slice(0, 12).toLocaleLowerCase('fr-FR');
        await manager.searchCompany(typed);

        const row = manager.account(customer.company);
        await expect(await manager.siretCell(customer.company)).toHaveText(customer.siret);
        await expect(
          await manager.cell(customer.company, 'admin'),
          '« Identifiant administrateur » gives the administrator’s identifier',
        ).toHaveText(me.login);
        await expect(row).toHaveCount(1);
      },
    );

    test(
      'Le personnel de Certigna se connecte au manager et arrive sur l’onglet « Compte client »',
      { tag: ['@error-case'], ...covers('forgottenManagerSearch') },
      async ({ managerLoginPage, accounts }) => {
        const staff = await accounts.createStaff();
        await managerLoginPage.open();
        await managerLoginPage.logIn(staff);
        await expect(managerLoginPage.customerAccountsTab).toBeVisible();
      },
    );

    test(
      'Le manager ne trouve aucun compte client pour un ancien client sans espace client',
      {
        tag: ['@error-case'],
        ...covers(
          'forgottenManagerSearch',
          'forgottenOldCustomer',
          rule('manager-search'),
          rule('manager-no-result'),
        ),
      },
      async ({ manager, accounts }) => {
        const oldCustomer = await accounts.create('old');
        await manager.searchCompany(oldCustomer.company);

        await expect(
          manager.noResult(oldCustomer.company),
          'the manager says no customer account matches the name typed',
        ).toBeVisible();
        await expect(manager.account(oldCustomer.company)).toHaveCount(0);
      },
    );

    test(
      'L’ancien client crée son espace client : il reçoit alors son identifiant et peut commander',
      {
        tag: ['@error-case'],
        annotation: [
          ...covers(
            'forgottenCreateArea',
            'forgottenOldCustomer',
            rule('signup-activation'),
            rule('signup-siret-format', 'accepted'),
            rule('signup-siret-taken', 'accepted'),
          ).annotation,
          writes('it creates a customer area'),
        ],
      },
      async ({
        accounts,
        loginPage,
        createCustomerAreaPage,
        activationPage,
        forgottenIdentifierPage,
        customerArea,
        mailbox,
        accountFlow,
      }) => {
        const oldCustomer = await accounts.create('old');
        const person = accounts.newPerson();
        const password = newPassword();

        await loginPage.open();
        await loginPage.goToCreateCustomerArea();
        await createCustomerAreaPage.createCustomerArea({
          ...person,
          company: oldCustomer.company,
          siret: spacedSiret(oldCustomer.siret),
        });
        await expect(createCustomerAreaPage.created).toBeVisible();
        await accountFlow.activateFromMail(person, password);
        await expect(activationPage.activated).toBeVisible();

        await forgottenIdentifierPage.open();
        await forgottenIdentifierPage.requestIdentifier({ siret: oldCustomer.siret });
        await expectIdentifierSent(forgottenIdentifierPage, mailbox, person);

        await loginPage.open();
        await loginPage.logIn({ login: person.login, password });
        await expect(customerArea.newOrderLink).toBeVisible();
      },
    );

    test(
      'Créer un espace client avec un SIRET invalide est refusé avec un message qui le dit',
      {
        tag: ['@error-case'],
        ...covers('forgottenCreateArea', rule('signup-siret-luhn', 'refused')),
      },
      async ({ createCustomerAreaPage, accounts }) => {
        const siret = newSiret();
        // Change the last digit: 14 digits still, but the Luhn check fails.
        const invalid = siret.slice(0, 13) + String((Number(siret[13]) + 1) % 10);
        await createCustomerAreaPage.open();
        const answer = await createCustomerAreaPage.createCustomerArea({
          ...accounts.newPerson(),
          company: 'Société Exemple',
          siret: invalid,
        });

        await expect(answer).toBeReadableAnswer();
        await expect(createCustomerAreaPage.invalidSiret).toBeVisible();
      },
    );

    test(
      'Créer un second espace client pour un SIRET qui en a déjà un est refusé',
      {
        tag: ['@error-case'],
        ...covers('forgottenCreateArea', rule('signup-siret-taken', 'refused')),
      },
      async ({ createCustomerAreaPage, accounts, customer }) => {
        await createCustomerAreaPage.open();
        const answer = await createCustomerAreaPage.createCustomerArea({
          ...accounts.newPerson(),
          company: customer.company,
          siret: customer.siret,
        });

        await expect(answer).toBeReadableAnswer();
        await expect(
          createCustomerAreaPage.siretTaken,
          'the page says the SIRET already has one',
        ).toBeVisible();
      },
    );
  },
);
