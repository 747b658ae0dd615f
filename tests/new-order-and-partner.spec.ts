import { rule, CATALOGUE, PRODUCTS, covers, expect, test, type ProductName } from '../fixtures/index.ts';

test.describe('Nouvelle commande et code partenaire (étapes 4 et 5)', { tag: ['@regression'] }, () => {
  test.beforeEach(async ({ logInAs, me }) => {
    await logInAs(me);
  });

  test(
    '« Nouvelle commande » demande « Passez-vous par un partenaire ? » avec ses deux choix',
    { ...covers('step4', 'step5') },
    async ({ customerArea, partnerStep }) => {
      await customerArea.open();
      await customerArea.startNewOrder();

      await expect(partnerStep.heading).toBeVisible();
      await expect(partnerStep.withCode).toContainText(
        'Ce code est transmis par certains de nos partenaires et permet de vous guider dans vos commandes.',
      );
      await expect(partnerStep.partnerCode).toBeEditable();
      await expect(partnerStep.withoutCode).toContainText(
        "En poursuivant sans code partenaire, vous accédez à l'ensemble des produits Certigna.",
      );
      await expect(partnerStep.continueWithoutCodeButton).toBeVisible();
    },
  );

  test(
    '« Continuer sans code partenaire » donne accès à l’ensemble des produits Certigna',
    { ...covers('step5', 'step6', rule('catalogue-whole')) },
    async ({ partnerStep, catalogue }) => {
      await partnerStep.open();
      await partnerStep.continueWithoutPartnerCode();

      await expect(catalogue.heading).toBeVisible();
      for (const [title, products] of Object.entries(CATALOGUE)) {
        await expect(catalogue.section(title)).toBeVisible();
        await expect(catalogue.productsUnder(title)).toHaveText([...products]);
      }
    },
  );

  test(
    'Un code partenaire connu restreint le catalogue aux produits du partenaire',
    { ...covers('step5', rule('partner-code', 'accepted')) },
    async ({ partnerStep, catalogue, orderFormPage: form, partner }) => {
      // The partner's products the order form offers (the certificates for natural persons).
      const onTheForm = partner.products.filter((p): p is ProductName => p in PRODUCTS);
      const sectionsLeftOut = Object.entries(CATALOGUE).filter(
        ([, products]) => !products.some((p) => partner.products.includes(p)),
      );
      await partnerStep.open();
      await partnerStep.enterPartnerCode(partner.code);

      await expect(catalogue.partner(partner.name)).toBeVisible();
      await expect(catalogue.allProducts).toHaveText([...partner.products]);
      for (const [title] of sectionsLeftOut) await expect(catalogue.section(title)).toBeHidden();

      await catalogue.chooseProduct(onTheForm[0]!);
      await expect(form.viaPartner(partner.name)).toBeVisible();
      await expect(form.certificateType.getByRole('radio')).toHaveCount(onTheForm.length);
      await expect(form.type(onTheForm[0]!)).toBeChecked();
    },
  );

  test(
    'Un code partenaire inconnu est refusé, avec un message, et le code saisi reste',
    {
      tag: ['@error-case'],
      // The refusal's wording is the build's (its profile's `texts.partner.unknownCode`).
      ...covers('step5', rule('partner-code', 'refused')),
    },
    async ({ partnerStep, catalogue }) => {
      await partnerStep.open();
      const answer = await partnerStep.enterPartnerCode('INCONNU42');

      await expect(answer).toBeReadableAnswer();
      await expect(partnerStep.unknownCode).toBeVisible();
      await expect(partnerStep.partnerCode).toHaveValue('INCONNU42');
      await expect(catalogue.heading).toBeHidden();
    },
  );

  test(
    'Valider un code partenaire vide est refusé, avec un message',
    {
      tag: ['@error-case'],
      // The message's wording is the build's (its profile's `texts.partner.emptyCode`).
      ...covers('step5', rule('partner-code', 'refused'), rule('partner-code-empty')),
    },
    async ({ partnerStep }) => {
      await partnerStep.open();
      const answer = await partnerStep.enterPartnerCode('');

      await expect(answer).toBeReadableAnswer();
      await expect(partnerStep.emptyCode, 'the partner step asks for a code, not « inconnu »').toBeVisible();
    },
  );
});
