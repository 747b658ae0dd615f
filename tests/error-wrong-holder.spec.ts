import {
  covers,
  rule,
  displayName,
  expect,
  holderName,
  mailLines,
  writes,
  newPassword,
  test,
} from '../fixtures/index.ts';

test.describe(
  "Cas d'erreur : la commande n'est pas pour le bon porteur",
  { tag: ['@regression', '@error-case'] },
  () => {
    test(
      'Par défaut, le certificat est délivré pour la personne connectée et la commande est à son nom',
      { ...covers('holderDefault', 'step9', rule('holder-default')) },
      async ({ orderForm, me, storedOrders }) => {
        await expect(orderForm.holderQuestion).toBeVisible();
        await expect(orderForm.holderExplanation).toBeVisible();
        await expect(
          orderForm.holderRadio(me),
          'the person connected is the holder by default',
        ).toBeChecked();

        const number = await orderForm.placeOrder({
          product: 'Pack ID RGS**',
          duration: 3,
          os: 'Windows',
          payment: 'Virement',
        });

        await expect(storedOrders).toHaveStoredOrder({ number, holder: me });
      },
    );

    test(
      'Par défaut, le formulaire coche la personne connectée comme porteur, et la commande peut partir ainsi',
      { tag: ['@read-only'], ...covers('holderDefault', 'step9') },
      async ({ orderForm, me }) => {
        await expect(orderForm.holderQuestion).toBeVisible();
        await expect(orderForm.holderExplanation).toBeVisible();
        await expect(orderForm.holderRadio(me)).toBeChecked();
        await orderForm.fillForm({
          product: 'Pack ID RGS**',
          duration: 3,
          os: 'Windows',
          payment: 'Virement',
          acceptTerms: true,
        });
        // Read-only, on any portal: nothing else to choose, the order may leave for the person logged in.
        await expect(orderForm.holderRadio(me)).toBeChecked();
        await expect(orderForm.orderButton).toBeEnabled();
      },
    );

    test(
      'Un compte simple ne peut pas commander pour une autre personne : le formulaire le dit',
      {
        tag: ['@read-only'],
        ...covers(
          'holderNeedsRights',
          'step9',
          rule('holder-needs-rights'),
          rule('holder-another-person', 'hidden'),
        ),
      },
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
      {
        annotation: [
          ...covers(
            'holderCreatedByAdmin',
            'step9',
            rule('created-user-pending'),
            rule('created-user-may-order'),
          ).annotation,
          writes('it creates a user'),
        ],
      },
      async ({
        mails,
        me,
        accounts,
        accountFlow,
        customerArea,
        mailbox,
        activationPage,
        loginPage,
        orderFlow,
        storedOrders,
      }) => {
        const holder = accounts.newPerson();
        const password = newPassword();
        await accountFlow.createUser(me, holder);
        await expect(customerArea.users.created).toBeVisible();
        await expect(customerArea.users.pending(holder)).toBeVisible();
        await customerArea.logOut();

        const mail = await accountFlow.activationMail(holder);
        expect(mail.to, 'the activation e-mail goes to the future holder alone').toEqual([holder.email]);
        expect(mailLines(mail), 'the activation e-mail gives the identifier, word for word').toContain(
          mails.identifierLines.activationMail(holder.login),
        );
        await accountFlow.activate(mail, password);
        await expect(activationPage.activated).toBeVisible();
        await activationPage.goToLogin();
        await loginPage.logIn({ login: holder.login, password });
        await expect(customerArea.connectedAs(holderName(holder))).toBeVisible();

        const form = await orderFlow.reachOrderForm('Pack ID RGS**');
        await expect(form.holderRadio(holder)).toBeChecked();
        const number = await form.placeOrder({
          product: 'Pack ID RGS**',
          duration: 3,
          os: 'Windows',
          payment: 'Virement',
        });

        await expect(storedOrders).toHaveStoredOrder({ number, holder });
        await mailbox.waitFor({ to: holder.email, subject: mails.subjects.anyOrder(number) });
      },
    );

    test(
      'Remède 1 : l’administrateur du compte trouve dans l’espace client le formulaire qui crée le futur porteur',
      { tag: ['@read-only'], ...covers('holderCreatedByAdmin', rule('create-user-admin-only', 'shown')) },
      async ({ logInAs, accountAdmin, customerArea }) => {
        await logInAs(accountAdmin);
        await customerArea.open();
        await expect(customerArea.users.region).toBeVisible();
        const form = customerArea.users.createForm;
        for (const field of [form.firstName, form.lastName, form.email, form.identifier])
          await expect(field).toBeEditable();
        // Read-only: the form is there and usable; creating someone is the test above (mock only).
        await expect(form.submit).toBeEnabled();
      },
    );

    test(
      'Remède 1 : un utilisateur qui n’est pas administrateur du compte ne peut pas créer d’utilisateur',
      {
        ...covers('holderCreatedByAdmin', rule('create-user-admin-only', 'hidden')),
      },
      async ({ logInAs, colleague, customerArea }) => {
        await logInAs(colleague);
        await customerArea.open();
        await expect(customerArea.users.region).toBeVisible();
        await expect(customerArea.users.createForm.submit).toHaveCount(0);
      },
    );

    test(
      'Remède 2 : Certigna active la fonction mandataire dans le manager, le client commande « pour une autre personne »',
      {
        annotation: [
          ...covers('holderMandataire', 'step9', rule('mandataire-switch')).annotation,
          writes('staff switch the mandataire function on for the account'),
        ],
      },
      async ({ mails, orderForm, manager, customer, colleague, storedOrders, mailbox }) => {
        await expect(orderForm.anotherPerson).toHaveCount(0);

        await manager.searchCompany(customer.company);
        await expect(await manager.mandataireShown(customer.company, false)).toBeVisible();
        await manager.enableMandataire(customer.company);
        await expect(manager.mandataireEnabled(customer.company)).toBeVisible();
        await expect(await manager.mandataireShown(customer.company, true)).toBeVisible();

        await orderForm.open();
        await expect(orderForm.otherHolder.getByRole('option', { name: displayName(colleague) })).toHaveCount(
          1,
        );
        const number = await orderForm.placeOrder({
          product: 'Pack ID RGS***',
          duration: 2,
          os: 'Mac OS',
          holder: colleague,
          payment: 'Virement',
        });

        await expect(storedOrders).toHaveStoredOrder({ number, holder: colleague });
        await mailbox.waitFor({ to: colleague.email, subject: mails.subjects.anyOrder(number) });
      },
    );
  },
);

test.describe(
  "Cas d'erreur : la commande n'est pas pour le bon porteur — compte mandataire",
  { tag: ['@regression', '@error-case'] },
  () => {
    test.use({ customerKind: 'mandataire' });

    test(
      'Remède 2 en place : le manager montre la fonction mandataire activée sur le compte client',
      { tag: ['@read-only'], ...covers('holderMandataire', 'forgottenManagerSearch') },
      async ({ manager, company }) => {
        await manager.searchCompany(company);
        await expect(await manager.mandataireShown(company, true)).toBeVisible();
      },
    );

    test(
      'Remède 2 en place : le mandataire peut choisir « Une autre personne de » son compte, parmi ses utilisateurs',
      {
        tag: ['@read-only'],
        ...covers(
          'holderMandataire',
          'step9',
          rule('holders-offered', 'shown'),
          rule('holder-another-person', 'shown'),
        ),
      },
      async ({ orderForm, customer, me }) => {
        await expect(orderForm.mandataireNote).toHaveCount(0);
        await orderForm.chooseAnotherPerson();
        await expect(orderForm.otherHolder).toBeVisible();
        // Every other active user the suite knows of is offered (on the mock: the seeded colleague).
        for (const user of customer.users.filter((u) => u.id !== me.id && u.active))
          await expect(orderForm.otherHolder.getByRole('option', { name: displayName(user) })).toHaveCount(1);
        await orderForm.fillForm({
          product: 'Pack ID RGS**',
          duration: 1,
          os: 'Windows',
          payment: 'Virement',
          acceptTerms: true,
        });
        await orderForm.orderForFirstListed();
        // Read-only, on any portal: the complete form may be sent, and is not.
        await expect(orderForm.orderButton).toBeEnabled();
      },
    );
  },
);

test.describe(
  "Cas d'erreur : la commande n'est pas pour le bon porteur — compte Délégué",
  { tag: ['@regression', '@error-case'] },
  () => {
    test.use({ customerKind: 'delegue' });

    test(
      'Un compte Délégué commande pour une autre personne de son compte',
      {
        ...covers('holderNeedsRights', 'step9', rule('holder-another-person', 'shown')),
      },
      async ({ orderForm, colleague, storedOrders }) => {
        await expect(
          orderForm.anotherPerson,
          'a Délégué account is offered « Une autre personne de »',
        ).toBeVisible();
        const number = await orderForm.placeOrder({
          product: 'Pack ID RGS**',
          duration: 1,
          os: 'Windows',
          holder: colleague,
          payment: 'Carte Bancaire',
        });

        await expect(storedOrders).toHaveStoredOrder({ number, holder: colleague });
      },
    );

    test(
      'Pour une autre personne, le porteur reçoit l’e-mail de commande et le formulaire PDF est à son nom',
      {
        ...covers('holderNeedsRights', 'mail', rule('order-mail-recipients', 'sent'), rule('pdf-fields')),
      },
      async ({ mails, orderForm, colleague, mailbox, pdf, customer }) => {
        const number = await orderForm.placeOrder({
          product: 'Pack ID RGS***',
          duration: 3,
          os: 'Windows',
          holder: colleague,
          payment: 'Chèque',
        });

        const mail = await mailbox.waitFor({
          to: colleague.email,
          subject: mails.subjects.anyOrder(number),
        });
        const form = await pdf.open(await mailbox.attachment(mail, mails.orderFormFile(number)));
        expect(mails.orderFormFields(form.fields)).toMatchObject({
          number,
          holder: holderName(colleague),
          company: customer.company,
        });
      },
    );
  },
);
