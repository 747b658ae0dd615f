import { covers, expect, mailLines, rule, test } from '../fixtures/index.ts';

test.describe('« Identifiant oublié ? » : à qui part l’identifiant', { tag: ['@regression'] }, () => {
  test(
    'Avec le SIRET seul, l’identifiant part à l’administrateur activé, pas à celui qui n’a pas encore activé son compte',
    { ...covers('step2', rule('forgotten-identifier-known-siret')) },
    async ({ mails, accounts, forgottenIdentifierPage, mailbox }) => {
      const account = await accounts.create('plain', { layout: ['pending admin', 'admin', 'user'] });
      const [pendingAdmin, admin] = account.users;
      await forgottenIdentifierPage.open();
      await forgottenIdentifierPage.requestIdentifier({ siret: account.siret });
      await expect(forgottenIdentifierPage.sent).toBeVisible();

      const mail = await mailbox.waitFor({ to: admin!.email, subject: mails.subjects.identifier });
      expect(mail.to, 'the identifier goes to the activated administrator alone').toEqual([admin!.email]);
      expect(mailLines(mail), 'the e-mail gives the administrator’s identifier').toContain(
        mails.identifierLines.identifierMail(admin!.login),
      );
      expect(
        await mailbox.list({ to: pendingAdmin!.email }),
        'nothing goes to the administrator who has not activated their account',
      ).toHaveLength(0);
    },
  );

  test(
    'L’adresse e-mail saisie en majuscules est reconnue : l’identifiant part à cette adresse',
    { ...covers('step2', rule('forgotten-identifier-email', 'accepted')) },
    async ({ mails, accounts, forgottenIdentifierPage, mailbox }) => {
      const account = await accounts.create('plain', { layout: ['admin', 'user'] });
      const user = account.users[1]!;
      await forgottenIdentifierPage.open();
      const answer = await forgottenIdentifierPage.requestIdentifier({
        siret: account.siret,
        email: user.email.toUpperCase(),
      });

      await expect(answer).toBeReadableAnswer();
      const mail = await mailbox.waitFor({ to: user.email, subject: mails.subjects.identifier });
      expect(mail.to).toEqual([user.email]);
      expect(mailLines(mail), 'the e-mail gives that user’s identifier').toContain(
        mails.identifierLines.identifierMail(user.login),
      );
    },
  );
});

test.describe(
  'Le manager, onglet « Compte client » : la recherche par nom de société',
  { tag: ['@regression', '@error-case'] },
  () => {
    test(
      'Le manager trouve le compte client par le nom entier, par une partie du milieu, sans les accents et en majuscules',
      {
        ...covers('forgottenManagerSearch', rule('manager-search'), rule('manager-admin-identifier')),
      },
      async ({ accounts, manager }) => {
        const account = await accounts.create('plain', { company: 'Société Générale d’Études Électriques' });
        const admin = account.users[0]!;
        for (const typed of [
          account.company,
          'générale d’études',
          'societe generale d’etudes electriques',
          'SOCIÉTÉ GÉNÉRALE D’ÉTUDES',
        ]) {
          await manager.searchCompany(typed);
          await expect(manager.account(account.company), `« ${typed} » finds ${account.company}`).toHaveCount(
            1,
          );
          await expect(await manager.siretCell(account.company)).toHaveText(account.siret);
          await expect(
            await manager.cell(account.company, 'admin'),
            '« Identifiant administrateur » gives the identifier, not the e-mail',
          ).toHaveText(admin.login);
        }
      },
    );
  },
);
