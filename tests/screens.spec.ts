import { covers, test } from '../fixtures/index.ts';
import {
  expectScreen,
  screensFolder,
  shownOf,
  shownOrder,
  unrecordedScreens,
} from '../support/screen-snapshots.ts';

/**
 * Each screen of the guide as this build shows it: the ARIA snapshot of its main region (headings,
 * labels, notes, links and controls, in order, nothing added), against the snapshot recorded for
 * the build in `profiles/<build>/screens/`. A release that rewords, drops, adds or reorders a part
 * fails with the difference; `--update-snapshots` records the new screens (docs/builds.md,
 * « Screen snapshots »). What changes from run to run (the test's company, names, e-mails, logins;
 * numbers and dates) is kept as patterns.
 *
 * They only read, but for the confirmation, which needs an order: on a portal where orders must
 * not be placed, `placeOrder` stops at an enabled « Commander » and the test is skipped.
 */
test.describe(
  'Les écrans du guide, tels que la version enregistrée les montre',
  { tag: ['@regression', '@screen'] },
  () => {
    // A deployed portal with no screens recorded yet: skipped, saying how to record them, before
    // any step (the confirmation's would place an order). Never on the mock's builds with their
    // own profiles; a profile file given for one (PORTAL_PROFILE) has screens of its own.
    test.beforeEach(({ target, build }, testInfo) => {
      const reason = unrecordedScreens({
        onMock: target.isMock && target.portalProfile === build.profile,
        folder: screensFolder(),
        updateSnapshots: testInfo.config.updateSnapshots,
      });
      test.skip(reason !== undefined, reason);
    });

    test(
      'L’accueil www.certigna.fr et son lien « Espace client »',
      { ...covers('step1') },
      async ({ homePage, page }) => {
        await homePage.open();
        await expectScreen(page.getByRole('main'), 'home');
      },
    );

    test(
      '« Connexion à votre espace client » : « Déjà client ? », ses champs et ses liens',
      { ...covers('step2', 'step3') },
      async ({ homePage, page }) => {
        await homePage.open();
        await homePage.goToCustomerArea();
        await expectScreen(page.getByRole('main'), 'login');
      },
    );

    test(
      '« Identifiant oublié » : le SIRET et l’adresse e-mail',
      { ...covers('forgottenOldCustomer', 'forgottenWrongInput') },
      async ({ loginPage, page }) => {
        await loginPage.open();
        await loginPage.goToForgottenIdentifier();
        await expectScreen(page.getByRole('main'), 'forgotten-identifier');
      },
    );

    test('« Mot de passe oublié » : l’identifiant', { ...covers('step2') }, async ({ loginPage, page }) => {
      await loginPage.open();
      await loginPage.goToForgottenPassword();
      await expectScreen(page.getByRole('main'), 'forgotten-password');
    });

    test(
      '« Créer votre espace client » : la société, son SIRET et son administrateur',
      { ...covers('forgottenCreateArea') },
      async ({ loginPage, page }) => {
        await loginPage.open();
        await loginPage.goToCreateCustomerArea();
        await expectScreen(page.getByRole('main'), 'create-customer-area');
      },
    );

    test(
      '« Espace client » : « Nouvelle commande », la liste de vos utilisateurs et vos commandes',
      { ...covers('step4', 'holderCreatedByAdmin') },
      async ({ customerArea, logInAs, me, customer, page }) => {
        await logInAs(me);
        await customerArea.open();
        await expectScreen(page.getByRole('main'), 'customer-area', shownOf(customer));
      },
    );

    test(
      '« Passez-vous par un partenaire ? » : avec ou sans code partenaire',
      { ...covers('step5') },
      async ({ customerArea, logInAs, me, page }) => {
        await logInAs(me);
        await customerArea.open();
        await customerArea.startNewOrder();
        await expectScreen(page.getByRole('main'), 'partner-step');
      },
    );

    test(
      'Le catalogue « Nouvelle commande » : certificats pour serveurs et pour personnes physiques',
      { ...covers('step6') },
      async ({ customerArea, partnerStep, logInAs, me, page }) => {
        await logInAs(me);
        await customerArea.open();
        await customerArea.startNewOrder();
        await partnerStep.continueWithoutPartnerCode();
        await expectScreen(page.getByRole('main'), 'catalogue');
      },
    );

    test(
      'Le formulaire de commande, « Pack ID RGS** » choisi et le reste à remplir : ses quatre parties et « Commander » grisé',
      {
        ...covers(
          'step6',
          'step7',
          'step8',
          'step9',
          'step10',
          'step11',
          'holderDefault',
          'holderNeedsRights',
          'greyedMissingField',
        ),
      },
      async ({ customerArea, orderFlow, logInAs, me, customer, page }) => {
        await logInAs(me);
        await customerArea.open();
        await orderFlow.reachOrderForm('Pack ID RGS**');
        await expectScreen(page.getByRole('main'), 'order-form', shownOf(customer));
      },
    );

    test(
      'La confirmation de commande : le numéro, le récapitulatif et le formulaire PDF annoncé par e-mail',
      { ...covers('step12', 'mail') },
      async ({ orderForm, customer, page, profile }) => {
        const number = await orderForm.placeOrder({
          product: 'Pack ID RGS**',
          duration: 3,
          os: 'Windows',
          payment: 'Carte Bancaire',
        });
        await expectScreen(page.getByRole('main'), 'confirmation', [
          ...shownOf(customer),
          shownOrder(number, profile),
        ]);
      },
    );

    test(
      'Le manager, onglet « Compte client » : la recherche par nom de société et son résultat',
      { ...covers('forgottenManagerSearch') },
      async ({ manager, customer, company }) => {
        await manager.searchCompany(company);
        await expectScreen(manager.page.getByRole('main'), 'manager-customer-accounts', shownOf(customer));
      },
    );
  },
);
