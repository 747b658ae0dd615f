import { covers, displayName, expect, holderName, linkIn, newPassword, test } from '../fixtures/index.ts';

test.describe("Cas d'erreur : la commande n'est pas pour le bon porteur", () => {
  test(
    'Par défaut, le certificat est délivré pour la personne connectée et la commande est à son nom',
    { tag: ['@regression', '@error-case'], ...covers('holderDefault', 'step9') },
    async ({ orderForm, confirmation, me, testApi, customer }) => {
      await expect(orderForm.holderQuestion).toBeVisible();
      await expect(orderForm.holderSection).toContainText(
        'Le terme "Porteur de certificat" désigne la personne physique',
      );
      await expect(orderForm.holderRadio(me)).toBeChecked();

      await orderForm.fillForm({
        product: 'Pack ID RGS**',
        duration: 3,
        os: 'Windows',
        payment: 'Virement',
        acceptTerms: true,
      });
      await orderForm.submitOrder();
      const number = await confirmation.orderNumber();

      const [order] = await testApi.orders(customer.id);
      expect(order?.number).toBe(number);
      expect(order?.holder.toLocaleUpperCase('fr-FR')).toBe(holderName(me));
    },
  );

  test(
    'Un compte simple ne peut pas commander pour une autre personne : le formulaire le dit',
    { tag: ['@regression', '@error-case'], ...covers('holderNeedsRights', 'step9') },
    async ({ orderForm, me }) => {
      await expect(orderForm.holder.getByRole('radio')).toHaveCount(1);
      await expect(orderForm.holderRadio(me)).toBeChecked();
      await expect(orderForm.anotherPerson).toHaveCount(0);
      await expect(orderForm.otherHolder).toHaveCount(0);
      await expect(orderForm.mandataireNote).toBeVisible();
    },
  );

  test(
    'Remède 1 : un administrateur du compte crée le futur porteur, qui active son compte par e-mail et commande son certificat',
    { tag: ['@regression', '@error-case'], ...covers('holderCreatedByAdmin', 'step9') },
    async ({
      logInAs,
      me,
      accounts,
      customerArea,
      mailbox,
      activationPage,
      loginPage,
      orderFlow,
      testApi,
      customer,
      target,
    }) => {
      const holder = accounts.newPerson();
      const password = newPassword();
      await logInAs(me);
      await customerArea.open();
      await customerArea.users.createUser(holder);
      await expect(customerArea.users.confirmation).toHaveText(
        "L'utilisateur a été créé. Un e-mail d'activation lui a été envoyé.",
      );
      await expect(customerArea.users.row(holder)).toContainText("En attente d'activation");
      await customerArea.logOut();

      const mail = await mailbox.waitFor({ to: holder.email, subject: 'Activez votre compte Certigna' });
      await activationPage.openFromMail(linkIn(mail, '/activation', target.baseURL));
      await activationPage.activate(password);
      await expect(activationPage.confirmation).toHaveText('Votre compte est activé.');
      await activationPage.goToLogin();
      await loginPage.logIn({ login: holder.login, password });
      await expect(customerArea.connectedAs).toContainText(`Connecté en tant que ${holderName(holder)}`);

      const form = await orderFlow.reachOrderForm('Pack ID RGS**');
      await expect(form.holderRadio(holder)).toBeChecked();
      await orderFlow.fillOrderForm({
        product: 'Pack ID RGS**',
        duration: 3,
        os: 'Windows',
        payment: 'Virement',
      });
      await form.submitOrder();
      const number = await orderFlow.confirmation.orderNumber();

      const [order] = await testApi.orders(customer.id);
      expect(order?.number).toBe(number);
      expect(order?.holder.toLocaleUpperCase('fr-FR')).toBe(holderName(holder));
      await mailbox.waitFor({ to: holder.email, subject: new RegExp(`^Votre commande ${number} `) });
    },
  );

  test(
    'Remède 1 : un utilisateur qui n’est pas administrateur du compte ne peut pas créer d’utilisateur',
    { tag: ['@regression', '@error-case'], ...covers('holderCreatedByAdmin') },
    async ({ logInAs, colleague, customerArea }) => {
      await logInAs(colleague);
      await customerArea.open();
      await expect(customerArea.users.region).toBeVisible();
      await expect(customerArea.users.createForm.submit).toHaveCount(0);
    },
  );

  test(
    'Remède 2 : Certigna active la fonction mandataire dans le manager, le client commande « pour une autre personne »',
    { tag: ['@regression', '@error-case'], ...covers('holderMandataire', 'step9') },
    async ({ orderForm, manager, customer, colleague, confirmation, testApi, mailbox }) => {
      await expect(orderForm.anotherPerson).toHaveCount(0);

      await manager.searchCompany(customer.company);
      await expect(manager.account(customer.company)).toContainText('Non');
      await manager.enableMandataire(customer.company);
      await expect(manager.confirmation).toHaveText(
        `La fonction mandataire est activée pour ${customer.company}.`,
      );
      await expect(manager.account(customer.company)).toContainText('Oui');

      await orderForm.open();
      await expect(orderForm.otherHolder.getByRole('option', { name: displayName(colleague) })).toHaveCount(
        1,
      );
      await orderForm.fillForm({
        product: 'Pack ID RGS***',
        duration: 2,
        os: 'Mac OS',
        holder: colleague,
        payment: 'Virement',
        acceptTerms: true,
      });
      await orderForm.submitOrder();
      const number = await confirmation.orderNumber();

      const [order] = await testApi.orders(customer.id);
      expect(order?.number).toBe(number);
      expect(order?.holder.toLocaleUpperCase('fr-FR')).toBe(holderName(colleague));
      await mailbox.waitFor({ to: colleague.email, subject: new RegExp(`^Votre commande ${number} `) });
    },
  );
});

test.describe("Cas d'erreur : la commande n'est pas pour le bon porteur — compte Délégué", () => {
  test.use({ customerKind: 'delegue' });

  test(
    'Un compte Délégué commande pour une autre personne de son compte',
    { tag: ['@regression', '@error-case'], ...covers('holderNeedsRights', 'step9') },
    async ({ orderForm, colleague, confirmation, testApi, customer }) => {
      await orderForm.fillForm({
        product: 'Pack ID RGS**',
        duration: 1,
        os: 'Windows',
        holder: colleague,
        payment: 'Carte Bancaire',
        acceptTerms: true,
      });
      await expect(orderForm.anotherPerson).toBeChecked();
      await orderForm.submitOrder();
      const number = await confirmation.orderNumber();

      const [order] = await testApi.orders(customer.id);
      expect(order?.number).toBe(number);
      expect(order?.holder.toLocaleUpperCase('fr-FR')).toBe(holderName(colleague));
    },
  );

  test(
    'Pour une autre personne, le porteur reçoit l’e-mail de commande et le formulaire PDF est à son nom',
    { tag: ['@regression', '@error-case'], ...covers('holderNeedsRights', 'mail') },
    async ({ orderForm, colleague, confirmation, mailbox, pdf, customer }) => {
      await orderForm.fillForm({
        product: 'Pack ID RGS***',
        duration: 3,
        os: 'Windows',
        holder: colleague,
        payment: 'Chèque',
        acceptTerms: true,
      });
      await orderForm.submitOrder();
      const number = await confirmation.orderNumber();

      const mail = await mailbox.waitFor({
        to: colleague.email,
        subject: new RegExp(`^Votre commande ${number} `),
      });
      const form = await pdf.open(await mailbox.attachment(mail, `bon-de-commande-${number}.pdf`));
      expect(form.fields).toMatchObject({
        numero_commande: number,
        porteur: holderName(colleague),
        societe: customer.company,
      });
    },
  );
});
