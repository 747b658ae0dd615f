import {
  covers,
  displayName,
  expect,
  holderName,
  mailLines,
  newPassword,
  rule,
  test,
  variant,
} from '../fixtures/index.ts';

test.describe(
  'Les utilisateurs du compte, et qui peut être porteur',
  { tag: ['@regression', '@error-case'] },
  () => {
    test(
      'Un utilisateur créé par l’administrateur est « En attente d’activation », puis « Actif » : il se connecte, ne crée pas d’utilisateur et commande pour lui-même',
      {
        ...covers(
          'holderCreatedByAdmin',
          'holderDefault',
          rule('created-user-pending'),
          rule('created-user-may-order'),
          rule('create-user-admin-only', 'hidden'),
        ),
      },
      async ({
        mails,
        accounts,
        accountFlow,
        logInAs,
        customerArea,
        activationPage,
        loginPage,
        orderFormPage,
      }) => {
        const account = await accounts.create('plain', { layout: ['admin'] });
        const admin = account.users[0]!;
        const holder = accounts.newPerson();
        await accountFlow.createUser(admin, holder);
        await expect(customerArea.users.created).toBeVisible();
        await expect(customerArea.users.pending(holder), 'a created user awaits activation').toBeVisible();
        await customerArea.logOut();

        const mail = await accountFlow.activationMail(holder);
        expect(mail.to, 'the activation e-mail goes to the future holder alone').toEqual([holder.email]);
        expect(mailLines(mail), 'the activation e-mail gives the identifier, word for word').toContain(
          mails.identifierLines.activationMail(holder.login),
        );
        const password = newPassword();
        await accountFlow.activate(mail, password);
        await expect(activationPage.activated).toBeVisible();

        await loginPage.open();
        await loginPage.logIn({ login: holder.login, password });
        await expect(
          customerArea.connectedAs(holderName(holder)),
          'the activated user logs in',
        ).toBeVisible();
        await expect(
          customerArea.users.createForm.submit,
          'a created user is not an administrator of the account',
        ).toHaveCount(0);
        await orderFormPage.open();
        await expect(orderFormPage.holderRadio(holder), 'the order is for the user by default').toBeChecked();
        await expect(orderFormPage.anotherPerson).toHaveCount(0);

        await logInAs(admin);
        await customerArea.open();
        await expect(
          customerArea.users.active(holder),
          'once activated, the user is listed as active',
        ).toBeVisible();
      },
    );

    test(
      'Un compte à deux administrateurs : le second voit aussi « Créer un utilisateur », un simple utilisateur non',
      {
        ...covers(
          'holderCreatedByAdmin',
          rule('create-user-admin-only', 'shown'),
          rule('create-user-admin-only', 'hidden'),
        ),
      },
      async ({ accounts, logInAs, customerArea }) => {
        const account = await accounts.create('plain', { layout: ['admin', 'admin', 'user'] });
        const [, secondAdmin, user] = account.users;
        await logInAs(secondAdmin!);
        await customerArea.open();
        await expect(
          customerArea.users.createForm.submit,
          'every administrator may create users',
        ).toBeVisible();

        await logInAs(user!);
        await customerArea.open();
        await expect(customerArea.users.region).toBeVisible();
        await expect(customerArea.users.createForm.submit, 'a plain user may not create users').toHaveCount(
          0,
        );
      },
    );

    for (const kind of ['mandataire', 'delegue'] as const) {
      test(
        `Le ${kind === 'mandataire' ? 'mandataire' : 'Délégué'} se voit proposer comme « Autre porteur » exactement les autres utilisateurs activés de son compte`,
        {
          tag: [...variant(kind === 'mandataire')],
          ...covers(
            'holderMandataire',
            'step9',
            rule('holders-offered', 'shown'),
            rule('holders-offered', 'hidden'),
          ),
        },
        async ({ accounts, logInAs, orderFormPage }) => {
          // Users in every state: the one ordering, administrators and users, activated or not.
          const account = await accounts.create(kind, {
            layout: ['admin', 'pending admin', 'user', 'pending user', 'admin'],
          });
          const [me, pendingAdmin, user, pendingUser, otherAdmin] = account.users;
          await logInAs(me!);
          await orderFormPage.open();
          await orderFormPage.chooseAnotherPerson();

          await expect(
            orderFormPage.listedHolders,
            'offered: the other activated users, and nobody else (not the person ordering, not pending users)',
          ).toHaveText([displayName(user!), displayName(otherAdmin!)]);
          for (const hidden of [me!, pendingAdmin!, pendingUser!])
            await expect(orderFormPage.listedHolders.filter({ hasText: displayName(hidden) })).toHaveCount(0);
        },
      );
    }
  },
);
