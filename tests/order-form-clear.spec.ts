import { covers, expect, newPurchaseOrderNumber, rule, test } from '../fixtures/index.ts';

test.describe(
  '« Effacer le formulaire » sur un formulaire entièrement rempli',
  { tag: ['@regression', '@error-case'] },
  () => {
    // A mandataire account: the one whose form has every field, « Une autre personne de » included.
    test.use({ customerKind: 'mandataire' });

    test(
      '« Effacer le formulaire » vide chaque champ rempli, numéro de bon de commande compris, et grise « Commander »',
      { ...covers('greyedMissingField', rule('clear-form')) },
      async ({ orderForm, me, colleague }) => {
        await expect(orderForm.buttonNamed('Effacer le formulaire')).toBeVisible();
        await expect(orderForm.buttonNamed('Commander')).toBeVisible();
        await orderForm.fillForm({
          product: 'Pack ID RGS***',
          duration: 2,
          os: 'Mac OS',
          holder: colleague,
          payment: 'Autre',
          purchaseOrderNumber: newPurchaseOrderNumber(),
          acceptTerms: true,
        });
        await expect(orderForm.orderButton).toBeEnabled();

        await orderForm.clearForm();

        await expect(orderForm.orderButton, '« Commander » is greyed again').toBeDisabled();
        await expect(orderForm.certificateType.getByRole('radio', { checked: true })).toHaveCount(0);
        await expect(orderForm.validity.getByRole('radio', { checked: true })).toHaveCount(0);
        await expect(
          orderForm.operatingSystem.getByRole('radio', { checked: true }),
          'no operating system left chosen',
        ).toHaveCount(0);
        await expect(orderForm.payment.getByRole('radio', { checked: true })).toHaveCount(0);
        await expect(orderForm.acceptTermsCheckbox, 'the CGU box is unticked').not.toBeChecked();
        await expect(orderForm.holderRadio(me), 'the holder is the person ordering again').toBeChecked();
        await expect(orderForm.otherHolder, 'no other person left chosen').toHaveValue('');
        await expect(orderForm.price.prompt).toBeVisible();

        // The purchase-order field is hidden once cleared: choosing « Autre » again shows what it holds.
        await orderForm.payWith('Autre');
        await expect(orderForm.purchaseOrderNumber, 'the purchase-order number was emptied').toBeEmpty();
      },
    );
  },
);
