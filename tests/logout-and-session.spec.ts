import { configuredTarget, covers, expect, holderName, rule, test } from '../fixtures/index.ts';

// These tests type the account's password into the login form: untraced on a deployed portal.
test.use(configuredTarget.isMock ? {} : { trace: 'off' });

const REFUSED = 'Identifiant ou mot de passe incorrect';

/** « aBc-1 » → « AbC-1 »: the password as typed with Caps Lock on. */
function withCapsLock(text: string): string {
  return [...text].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('');
}

test.describe('Connexion et déconnexion de l’espace client', { tag: ['@regression'] }, () => {
  test(
    'Après « Se déconnecter », la page de connexion s’affiche, et l’espace client y renvoie, par « retour » comme par son adresse',
    { ...covers('step1', 'step3', rule('logout-ends-session')) },
    async ({ loginPage, customerArea, me }) => {
      // A session of its own, from the form: logging out ends no session another test shares.
      await loginPage.open();
      await loginPage.logIn(me);
      await expect(customerArea.connectedAs(holderName(me))).toBeVisible();

      await customerArea.logOut();
      await expect(loginPage.heading, 'after « Se déconnecter », the login page is shown').toBeVisible();

      await customerArea.goBackInBrowser();
      await expect(loginPage.heading, '« back » after logging out leads to the login page').toBeVisible();
      await expect(customerArea.newOrderLink, 'the customer area is closed after logging out').toBeHidden();

      await customerArea.open();
      await expect(loginPage.heading, 'the customer area’s address leads to the login page').toBeVisible();
      await expect(customerArea.newOrderLink, 'the customer area is closed after logging out').toBeHidden();
    },
  );

  test(
    'La session d’avant « Se déconnecter » n’ouvre plus l’espace client, même si le navigateur la renvoie',
    { ...covers('step1', rule('logout-ends-session')) },
    async ({ loginPage, customerArea, context, me }) => {
      await loginPage.open();
      await loginPage.logIn(me);
      await expect(customerArea.heading).toBeVisible();
      // What a browser that missed the logout (another tab, a restored session) would send again.
      const before = await context.cookies();

      await customerArea.logOut();
      await expect(loginPage.heading).toBeVisible();
      await context.addCookies(before);
      await customerArea.open();

      await expect(loginPage.heading, 'the session ended at logout: its cookie opens nothing').toBeVisible();
      await expect(customerArea.newOrderLink).toBeHidden();
    },
  );

  test(
    'L’identifiant se saisit en majuscules ou en minuscules : le client se connecte',
    { ...covers('step2', 'step3', rule('login-identifier-any-case', 'accepted')) },
    async ({ loginPage, customerArea, me }) => {
      for (const typed of [me.login.toUpperCase(), me.login.toLowerCase()]) {
        await loginPage.open();
        await loginPage.logIn({ login: typed, password: me.password });
        await expect(
          customerArea.connectedAs(holderName(me)),
          `the identifier typed « ${typed} » logs ${me.login} in`,
        ).toBeVisible();
        await customerArea.logOut();
      }
    },
  );

  test(
    'Le mot de passe tapé avec la touche Verr. Maj. enfoncée est refusé : « Identifiant ou mot de passe incorrect »',
    {
      tag: ['@error-case'],
      ...covers(
        'step2',
        'step3',
        rule('login-identifier-any-case', 'refused'),
        rule('login-password', 'refused'),
      ),
    },
    async ({ loginPage, customerArea, me }) => {
      await loginPage.open();
      const answer = await loginPage.logIn({ login: me.login, password: withCapsLock(me.password) });

      await expect(answer).toBeReadableAnswer();
      await expect(loginPage.alert).toHaveText(REFUSED);
      await expect(customerArea.heading).toBeHidden();
    },
  );

  test(
    'Un utilisateur qui n’a pas encore activé son compte ne peut pas se connecter',
    { tag: ['@error-case'], ...covers('step2', 'step3', rule('login-pending-user')) },
    async ({ loginPage, customerArea, accounts }) => {
      const account = await accounts.create('plain', { layout: ['admin', 'pending user'] });
      const pending = account.users[1]!;
      await loginPage.open();
      const answer = await loginPage.logIn(pending);

      await expect(answer).toBeReadableAnswer();
      await expect(loginPage.alert).toHaveText(REFUSED);
      await expect(customerArea.heading).toBeHidden();
    },
  );
});
