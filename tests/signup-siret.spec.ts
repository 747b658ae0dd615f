import {
  Mails,
  covers,
  expect,
  holderName,
  laPosteSiret,
  mailLines,
  writes,
  newPassword,
  newSiret,
  rule,
  test,
} from '../fixtures/index.ts';
import type { AccountFlow, ActivationPage, Person } from '../fixtures/index.ts';

/** « 732 829 320 00074 » with no-break spaces, as copied from a PDF or a web page. */
function groupedWithNoBreakSpaces(siret: string): string {
  return [siret.slice(0, 3), siret.slice(3, 6), siret.slice(6, 9), siret.slice(9)].join('\u00a0');
}

/** The new administrator's activation e-mail: to them alone, with their identifier; then activated. */
async function activateFromMail(accountFlow: AccountFlow, activationPage: ActivationPage, person: Person) {
  const mail = await accountFlow.activationMail(person);
  expect(mail.to, 'the activation e-mail goes to the new administrator alone').toEqual([person.email]);
  expect(mailLines(mail), 'the activation e-mail gives the identifier, word for word').toContain(
    new Mails(activationPage.profile).identifierLines.activationMail(person.login),
  );
  await activationPage.openFromMail(mail);
  await expect(activationPage.identifierShown(person.login)).toBeVisible();
  const password = newPassword();
  await activationPage.activate(password);
  await expect(activationPage.activated).toBeVisible();
  return password;
}

test.describe(
  '« Créer votre espace client » : le numéro SIRET',
  { tag: ['@regression'], annotation: writes('it creates customer areas') },
  () => {
    test(
      'Un SIRET de La Poste dont la somme des chiffres est un multiple de 5 est accepté',
      { ...covers('forgottenCreateArea', rule('signup-siret-la-poste', 'accepted')) },
      async ({ createCustomerAreaPage, accounts }) => {
        await createCustomerAreaPage.open();
        const answer = await createCustomerAreaPage.createCustomerArea({
          ...accounts.newPerson(),
          company: 'La Poste – Bureau de Lille Fives',
          siret: laPosteSiret(true),
        });

        await expect(answer).toBeReadableAnswer();
        await expect(createCustomerAreaPage.created).toBeVisible();
      },
    );

    test(
      'Un SIRET de La Poste dont la somme des chiffres n’est pas un multiple de 5 est refusé',
      {
        tag: ['@error-case'],
        ...covers('forgottenCreateArea', rule('signup-siret-la-poste', 'refused')),
      },
      async ({ createCustomerAreaPage, accounts }) => {
        await createCustomerAreaPage.open();
        const answer = await createCustomerAreaPage.createCustomerArea({
          ...accounts.newPerson(),
          company: 'La Poste – Bureau de Roubaix',
          siret: laPosteSiret(false),
        });

        await expect(answer).toBeReadableAnswer();
        await expect(createCustomerAreaPage.alert).toHaveText(createCustomerAreaPage.messages.invalidSiret);
        await expect(createCustomerAreaPage.created).toBeHidden();
      },
    );

    test(
      'Un SIRET saisi par groupes, séparés d’espaces insécables, est accepté et le manager l’affiche en 14 chiffres',
      {
        ...covers('forgottenCreateArea', 'forgottenManagerSearch', rule('signup-siret-format', 'accepted')),
      },
      async ({ createCustomerAreaPage, accounts, manager }) => {
        const siret = newSiret();
        const company = `Études Vérot ${siret.slice(-6)}`;
        await createCustomerAreaPage.open();
        await createCustomerAreaPage.createCustomerArea({
          ...accounts.newPerson(),
          company,
          siret: groupedWithNoBreakSpaces(siret),
        });
        await expect(createCustomerAreaPage.created, 'a SIRET with spaces is accepted').toBeVisible();

        await manager.searchCompany(company);
        await expect(await manager.siretCell(company)).toHaveText(siret);
      },
    );

    test(
      'Un SIRET de 15 chiffres, ou avec une lettre, est refusé : « Le SIRET doit comporter 14 chiffres. »',
      {
        tag: ['@error-case'],
        ...covers('forgottenCreateArea', rule('signup-siret-format', 'refused')),
      },
      async ({ createCustomerAreaPage, accounts }) => {
        const siret = newSiret();
        for (const typed of [`${siret}3`, `${siret.slice(0, 4)}A${siret.slice(5)}`]) {
          await createCustomerAreaPage.open();
          const answer = await createCustomerAreaPage.createCustomerArea({
            ...accounts.newPerson(),
            company: 'Société Exemple',
            siret: typed,
          });

          await expect(answer).toBeReadableAnswer();
          await expect(createCustomerAreaPage.alert).toHaveText(createCustomerAreaPage.messages.siretLength);
        }
      },
    );
  },
);

test.describe(
  '« Créer votre espace client » : société ou administration',
  { tag: ['@regression'], annotation: writes('it creates customer areas') },
  () => {
    for (const { kind, title, side } of [
      {
        kind: 'public',
        title:
          'Une administration (SIREN commençant par 1 ou 2) crée son espace client : elle ne paie que par « Autre »',
        side: 'hidden',
      },
      {
        kind: 'company',
        title: 'Une société crée son espace client : les quatre moyens de paiement lui sont proposés',
        side: 'shown',
      },
    ] as const) {
      test(
        title,
        {
          ...covers(
            'forgottenCreateArea',
            'step10',
            rule('signup-administration', side),
            rule('signup-siret-luhn', 'accepted'),
            rule('signup-activation'),
          ),
        },
        async ({
          createCustomerAreaPage,
          activationPage,
          loginPage,
          customerArea,
          orderFormPage,
          accounts,
          accountFlow,
        }) => {
          const person = accounts.newPerson();
          await createCustomerAreaPage.open();
          await createCustomerAreaPage.createCustomerArea({
            ...person,
            company: kind === 'public' ? 'Mairie de Saint-Étienne-du-Rouvray' : 'Boulangerie Hébert',
            siret: newSiret(kind),
          });
          await expect(createCustomerAreaPage.created).toBeVisible();
          const password = await activateFromMail(accountFlow, activationPage, person);
          await loginPage.open();
          await loginPage.logIn({ login: person.login, password });
          await expect(customerArea.connectedAs(holderName(person))).toBeVisible();

          await orderFormPage.open();
          await expect(orderFormPage.paymentMode('Autre')).toBeVisible();
          for (const mode of ['Carte Bancaire', 'Virement', 'Chèque'] as const) {
            await expect(
              orderFormPage.paymentMode(mode),
              `« ${mode} » is ${side === 'hidden' ? 'not ' : ''}offered`,
            ).toHaveCount(side === 'hidden' ? 0 : 1);
          }
        },
      );
    }
  },
);
