import { rule, covers, expect, test } from '../fixtures/index.ts';

/**
 * The order form's fixed notes, as the guide writes them: matched whole, with their case, accents
 * and apostrophes (pages/guide-text.ts), so a reworded or outdated note fails.
 */
test.describe('Les notes du formulaire de commande, mot pour mot', { tag: ['@regression'] }, () => {
  test(
    '« Partenaire Certigna ? », la note sur SHA-256 et « Les champs marqués d’un astérisque sont obligatoires »',
    { ...covers('step5', 'step8', 'step12', rule('order-form-notes')) },
    async ({ orderForm }) => {
      await expect(orderForm.heading).toBeVisible();
      await expect(orderForm.partnerQuestion).toBeVisible();
      await expect(orderForm.noPartner, 'the answer for a customer without a partner code').toBeVisible();
      await expect(orderForm.sha256Note).toBeVisible();
      await expect(orderForm.requiredFieldsNote).toBeVisible();
    },
  );

  test(
    'Les notes restent, mot pour mot, une fois le formulaire rempli puis effacé',
    { ...covers('step8', 'step12', rule('order-form-notes')) },
    async ({ orderForm }) => {
      await orderForm.fillForm({ product: 'Pack ID RGS***', duration: 1, os: 'Mac OS', payment: 'Chèque' });
      await expect(orderForm.sha256Note).toBeVisible();
      await orderForm.clearForm();

      await expect(orderForm.partnerQuestion).toBeVisible();
      await expect(orderForm.noPartner).toBeVisible();
      await expect(orderForm.sha256Note).toBeVisible();
      await expect(orderForm.requiredFieldsNote).toBeVisible();
    },
  );
});
