import {
  covers,
  rule,
  expect,
  holderName,
  newPassword,
  test,
  writes,
  configuredTarget,
} from '../fixtures/index.ts';

// These tests type the account's password into the login form. Traces snapshot field values, so on
// a deployed portal, where that password is real, they run untraced (screenshots show only dots).
test.use(configuredTarget.isMock ? {} : { trace: 'off' });

test.describe('Connexion à votre espace client (étapes 1 à 3)', { tag: ['@regression'] }, () => {
  test(
    'Le client ouvre « Espace client » depuis l’accueil et se connecte avec son identifiant et son mot de passe',
    {
      tag: ['@smoke', '@read-only'],
      ...covers('step1', 'step2', 'step3', rule('login-password', 'accepted')),
    },
    async ({ homePage, loginPage, customerArea, me }) => {
      await homePage.open();
      await homePage.goToCustomerArea();
      await expect(loginPage.heading).toBeVisible();
      await expect(loginPage.existingCustomerHeading).toBeVisible();
      await expect(loginPage.forgottenIdentifierLink).toBeVisible();
      await expect(loginPage.forgottenPasswordLink).toBeVisible();

      await loginPage.enterCredentials(me);
      const answer = await loginPage.signIn();

      await expect(answer).toBeReadableAnswer();
      await expect(customerArea.heading).toBeVisible();
      await expect(customerArea.connectedAs(holderName(me))).toBeVisible();
      await expect(customerArea.newOrderLink).toBeVisible();
    },
  );

  test(
    'Un mot de passe erroné affiche « Identifiant ou mot de passe incorrect » et garde l’identifiant saisi',
    { tag: ['@error-case'], ...covers('step2', 'step3', rule('login-password', 'refused')) },
    async ({ loginPage, customerArea, me }) => {
      await loginPage.open();
      const answer = await loginPage.logIn({ login: me.login, password: newPassword() });

      await expect(answer).toBeReadableAnswer();
      await expect(loginPage.alert).toHaveText('Identifiant ou mot de passe incorrect');
      await expect(loginPage.identifier).toHaveValue(me.login);
      await expect(loginPage.password).toBeEmpty();
      await expect(customerArea.heading).toBeHidden();
    },
  );

  test(
    'Un identifiant inconnu affiche « Identifiant ou mot de passe incorrect »',
    { tag: ['@error-case', '@read-only'], ...covers('step2', 'step3', rule('login-unknown-identifier')) },
    async ({ loginPage, customerArea, accounts }) => {
      const stranger = accounts.newPerson();
      await loginPage.open();
      const answer = await loginPage.logIn({ login: stranger.login, password: newPassword() });

      await expect(answer).toBeReadableAnswer();
      await expect(
        loginPage.alert,
        'word for word the wrong password’s message: the page must not tell which part was wrong',
      ).toHaveText('Identifiant ou mot de passe incorrect');
      await expect(customerArea.heading).toBeHidden();
    },
  );

  test(
    'Sans session, l’espace client renvoie à la page de connexion',
    { tag: ['@error-case'], ...covers('step1', rule('customer-area-needs-session')) },
    async ({ customerArea, loginPage }) => {
      await customerArea.open();
      await expect(loginPage.heading).toBeVisible();
      await expect(customerArea.newOrderLink).toBeHidden();
    },
  );

  test(
    '« Mot de passe oublié ? » : le client reçoit un lien, choisit un nouveau mot de passe et se connecte',
    {
      annotation: [
        ...covers('step2', rule('password-reset', 'sent')).annotation,
        writes('it changes the account’s password'),
      ],
    },
    async ({ mails, loginPage, forgottenPasswordPage, newPasswordPage, customerArea, mailbox, me }) => {
      await loginPage.open();
      await loginPage.goToForgottenPassword();
      await forgottenPasswordPage.requestReset(me.login);
      await expect(forgottenPasswordPage.sent).toBeVisible();

      const mail = await mailbox.waitFor({ to: me.email, subject: mails.subjects.password });
      expect(mail.to, 'the reset e-mail goes to the user alone').toEqual([me.email]);
      const password = newPassword();
      await newPasswordPage.openFromMail(mail);
      await newPasswordPage.choosePassword(password);
      await expect(newPasswordPage.saved).toBeVisible();

      await newPasswordPage.goToLogin();
      await loginPage.logIn({ login: me.login, password });
      await expect(customerArea.heading).toBeVisible();
    },
  );

  test(
    '« Mot de passe oublié ? » répond de même pour un identifiant inconnu, sans dire s’il existe',
    { tag: ['@error-case', '@read-only'], ...covers('step2') },
    async ({ forgottenPasswordPage, accounts }) => {
      await forgottenPasswordPage.open();
      await forgottenPasswordPage.requestReset(accounts.newPerson().login);
      await expect(forgottenPasswordPage.sent).toBeVisible();
    },
  );
});
