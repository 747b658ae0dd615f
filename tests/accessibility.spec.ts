import { covers, expect, newPurchaseOrderNumber, test } from '../fixtures/index.ts';
import { suiteTimeouts } from '../support/target/timeouts.ts';

/**
 * Every screen of the procedure through axe-core (WCAG 2.x A and AA): no serious or critical
 * violation. Each check attaches axe's full results to the report and to Allure. The screens
 * before login need no seeded account, so they are checked on a deployed portal too.
 */

const NONE = 'serious or critical accessibility violations';

test.describe('Accessibilité des écrans de la procédure', { tag: ['@regression'] }, () => {
  // axe analyses the whole page: 1.5 to 5.5 s per screen measured here on 2 loaded cores. That
  // is work, not waiting, so these tests get 15 s more for it than the suite's test timeout
  // (45 s on a fast portal), which follows the portal's answer time for the pages themselves.
  test.describe.configure({ timeout: suiteTimeouts().test + 15_000 });

  test.describe('avant la connexion', () => {
    test(
      'Accueil : aucun défaut d’accessibilité bloquant',
      { ...covers('step1') },
      async ({ homePage, a11y }) => {
        await homePage.open();
        await expect(homePage.customerAreaLink).toBeVisible();
        expect(await a11y.check('Accueil'), NONE).toEqual([]);
      },
    );

    test(
      'Connexion à votre espace client, puis la même page avec « Identifiant ou mot de passe incorrect » : aucun défaut bloquant',
      { ...covers('step2', 'step3') },
      async ({ loginPage, a11y, accounts }) => {
        await loginPage.open();
        await expect(loginPage.existingCustomerHeading).toBeVisible();
        expect(await a11y.check('Connexion à votre espace client'), NONE).toEqual([]);

        const stranger = accounts.newPerson();
        await loginPage.logIn({ login: stranger.login, password: 'pas-le-bon-mot-de-passe' });
        await expect(loginPage.error).toBeVisible();
        expect(await a11y.check('Connexion, identifiant ou mot de passe incorrect'), NONE).toEqual([]);
      },
    );

    test(
      'Identifiant oublié, Mot de passe oublié, Créer votre espace client : aucun défaut bloquant',
      { ...covers('forgottenOldCustomer', 'forgottenCreateArea') },
      async ({ forgottenIdentifierPage, forgottenPasswordPage, createCustomerAreaPage, a11y }) => {
        await forgottenIdentifierPage.open();
        await expect(forgottenIdentifierPage.heading).toBeVisible();
        expect(await a11y.check('Identifiant oublié'), NONE).toEqual([]);

        await forgottenPasswordPage.open();
        await expect(forgottenPasswordPage.heading).toBeVisible();
        expect(await a11y.check('Mot de passe oublié'), NONE).toEqual([]);

        await createCustomerAreaPage.open();
        await expect(createCustomerAreaPage.heading).toBeVisible();
        expect(await a11y.check('Créer votre espace client'), NONE).toEqual([]);
      },
    );
  });

  test.describe('connecté', () => {
    test(
      'Espace client, « Passez-vous par un partenaire ? » et le catalogue : aucun défaut bloquant',
      { ...covers('step4', 'step5', 'step6') },
      async ({ logInAs, me, customerArea, partnerStep, catalogue, a11y }) => {
        await logInAs(me);
        await customerArea.open();
        await expect(customerArea.users.region).toBeVisible();
        expect(await a11y.check('Espace client'), NONE).toEqual([]);

        await customerArea.startNewOrder();
        await expect(partnerStep.heading).toBeVisible();
        expect(await a11y.check('Passez-vous par un partenaire ?'), NONE).toEqual([]);

        await partnerStep.continueWithoutPartnerCode();
        await expect(catalogue.heading).toBeVisible();
        expect(await a11y.check('Nouvelle commande, le catalogue'), NONE).toEqual([]);
      },
    );

    test(
      'Le formulaire de commande vide, puis la commande passée et sa confirmation : aucun défaut bloquant',
      { ...covers('step7', 'step8', 'step12') },
      async ({ orderForm, confirmation, a11y }) => {
        await expect(orderForm.orderButton).toBeDisabled();
        expect(await a11y.check('Formulaire de commande, vide'), NONE).toEqual([]);

        await orderForm.fillForm({
          product: 'Pack ID RGS**',
          duration: 3,
          os: 'Windows',
          payment: 'Carte Bancaire',
          acceptTerms: true,
        });
        await orderForm.submitOrder();
        await expect(confirmation.heading).toBeVisible();
        expect(await a11y.check('Confirmation de la commande'), NONE).toEqual([]);
      },
    );

    test.describe('compte mandataire', () => {
      test.use({ customerKind: 'mandataire' });

      test(
        'Le formulaire rempli pour « Une autre personne de », payé par « Autre » avec un bon de commande : aucun défaut bloquant',
        { ...covers('step9', 'step10', 'step11', 'holderMandataire') },
        async ({ orderForm, a11y }) => {
          await orderForm.fillForm({
            product: 'Pack ID RGS***',
            duration: 2,
            os: 'Autre',
            payment: 'Autre',
            purchaseOrderNumber: newPurchaseOrderNumber(),
            acceptTerms: true,
          });
          await orderForm.orderForFirstListed();
          await expect(orderForm.purchaseOrderNumber).toBeVisible();
          await expect(orderForm.orderButton).toBeEnabled();
          expect(await a11y.check('Formulaire de commande, rempli pour une autre personne'), NONE).toEqual(
            [],
          );
        },
      );
    });

    test(
      'Manager, onglet « Compte client » avec des résultats de recherche : aucun défaut bloquant',
      { ...covers('forgottenManagerSearch') },
      async ({ manager, company, a11y }) => {
        await manager.searchCompany(company);
        await expect(manager.account(company)).toBeVisible();
        expect(await a11y.check('Manager, Compte client', manager.page), NONE).toEqual([]);
      },
    );
  });
});
