import { Mails, covers, expect, holderName, writes, rule, test } from '../fixtures/index.ts';

// The portal's rule: at least 8 characters (the screens' hint « Au moins 8 caractères. »).
const MIN_LENGTH = 8;
const SEVEN = 'Ab3-xyz';
const EIGHT = 'Ab3-wxyz';

type Fixtures = Parameters<Parameters<typeof test>[2]>[0];

/** A user just created by their account's administrator, and the link of their activation e-mail. */
async function newUserAtActivation({
  accounts,
  accountFlow,
  customerArea,
}: Pick<Fixtures, 'accounts' | 'accountFlow' | 'customerArea'>) {
  const account = await accounts.create('plain', { layout: ['admin'] });
  const holder = accounts.newPerson();
  await accountFlow.createUser(account.users[0]!, holder);
  await customerArea.logOut();
  const mail = await accountFlow.activationMail(holder);
  return { holder, link: new Mails(customerArea.profile).activationLink(mail) };
}

test.describe(
  'Choisir un mot de passe : longueur et confirmation',
  { tag: ['@regression', '@error-case'] },
  () => {
    test(
      'Activation : un mot de passe de 7 caractères est refusé, un de 8 caractères est accepté et ouvre l’espace client',
      {
        ...covers(
          'holderCreatedByAdmin',
          rule('password-min-length', 'refused'),
          rule('password-min-length', 'accepted'),
        ),
      },
      async ({ accounts, accountFlow, customerArea, activationPage, loginPage }) => {
        const { holder, link } = await newUserAtActivation({ accounts, accountFlow, customerArea });
        await activationPage.openLink(link);

        const short = await activationPage.submitPasswords(SEVEN, SEVEN);
        await expect(short).toBeReadableAnswer();
        await expect(
          activationPage.passwordTooShort(MIN_LENGTH),
          'the refusal says a password needs at least 8 characters',
        ).toBeVisible();
        await expect(activationPage.activated).toBeHidden();

        await activationPage.submitPasswords(EIGHT, EIGHT);
        await expect(activationPage.activated, 'an 8-character password is accepted').toBeVisible();
        await activationPage.goToLogin();
        await loginPage.logIn({ login: holder.login, password: EIGHT });
        await expect(customerArea.connectedAs(holderName(holder))).toBeVisible();
      },
    );

    test(
      'Activation : une confirmation différente est refusée, « Les mots de passe ne correspondent pas. », et rien n’est enregistré',
      {
        ...covers(
          'holderCreatedByAdmin',
          rule('password-confirmation', 'refused'),
          rule('password-confirmation', 'accepted'),
        ),
      },
      async ({ accounts, accountFlow, customerArea, activationPage, loginPage }) => {
        const { holder, link } = await newUserAtActivation({ accounts, accountFlow, customerArea });
        await activationPage.openLink(link);

        const differ = await activationPage.submitPasswords('Premier-2026!', 'Premier-2027!');
        await expect(differ).toBeReadableAnswer();
        await expect(activationPage.passwordsDiffer, 'the refusal says the passwords differ').toBeVisible();
        await expect(activationPage.activated).toBeHidden();
        await loginPage.open();
        await loginPage.logIn({ login: holder.login, password: 'Premier-2026!' });
        await expect(loginPage.alert, 'the refused password was not saved').toHaveText(
          'Identifiant ou mot de passe incorrect',
        );

        await activationPage.openLink(link);
        await activationPage.submitPasswords('Second-2026!', 'Second-2026!');
        await expect(activationPage.activated).toBeVisible();
        await loginPage.open();
        await loginPage.logIn({ login: holder.login, password: 'Second-2026!' });
        await expect(customerArea.connectedAs(holderName(holder))).toBeVisible();
      },
    );

    test(
      '« Mot de passe oublié ? » : les mêmes règles, puis le nouveau mot de passe ouvre l’espace client, l’ancien non, et le lien ne sert qu’une fois',
      {
        annotation: [
          ...covers(
            'step2',
            rule('password-reset', 'sent'),
            rule('password-min-length', 'refused'),
            rule('password-confirmation', 'refused'),
            rule('reset-link-single-use'),
          ).annotation,
          writes('it changes the account’s password'),
        ],
      },
      async ({ mails, forgottenPasswordPage, newPasswordPage, loginPage, customerArea, mailbox, me }) => {
        await forgottenPasswordPage.open();
        await forgottenPasswordPage.requestReset(me.login);
        const mail = await mailbox.waitFor({ to: me.email, subject: mails.subjects.password });
        expect(mail.to, 'the reset e-mail goes to the user alone').toEqual([me.email]);
        const link = mails.newPasswordLink(mail);
        await newPasswordPage.openLink(link);

        await newPasswordPage.submitPasswords(SEVEN, SEVEN);
        await expect(
          newPasswordPage.passwordTooShort(MIN_LENGTH),
          'the refusal says a password needs at least 8 characters',
        ).toBeVisible();
        await newPasswordPage.submitPasswords('Nouveau-2026!', 'Nouveau-2027!');
        await expect(newPasswordPage.passwordsDiffer, 'the refusal says the passwords differ').toBeVisible();
        await newPasswordPage.submitPasswords('Nouveau-2026!', 'Nouveau-2026!');
        await expect(newPasswordPage.saved).toBeVisible();

        await newPasswordPage.openLink(link);
        await expect(newPasswordPage.invalidLink, 'a reset link works only once').toBeVisible();
        await expect(newPasswordPage.password).toHaveCount(0);

        await loginPage.open();
        await loginPage.logIn(me);
        await expect(loginPage.alert, 'the old password no longer logs in').toHaveText(
          'Identifiant ou mot de passe incorrect',
        );
        await loginPage.logIn({ login: me.login, password: 'Nouveau-2026!' });
        await expect(customerArea.connectedAs(holderName(me))).toBeVisible();
      },
    );

    test(
      '« Mot de passe oublié ? » avec l’adresse e-mail au lieu de l’identifiant : même réponse, et aucun e-mail ne part',
      { ...covers('step2', rule('password-reset', 'not sent')) },
      async ({ mails, forgottenPasswordPage, mailbox, me }) => {
        await forgottenPasswordPage.open();
        await forgottenPasswordPage.requestReset(me.email);
        await expect(forgottenPasswordPage.sent).toBeVisible();

        // A good request afterwards: once its mail is in, the first one would be too.
        await forgottenPasswordPage.requestReset(me.login);
        await mailbox.waitFor({ to: me.email, subject: mails.subjects.password });
        expect(
          await mailbox.list({ to: me.email, subject: mails.subjects.password }),
          'only the request by identifier sends a reset e-mail',
        ).toHaveLength(1);
      },
    );
  },
);
