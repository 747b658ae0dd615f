import {
  rule,
  PAYMENT_MODES,
  covers,
  expect,
  newPurchaseOrderNumber,
  test,
  variant,
} from '../fixtures/index.ts';

test.describe('Moyen de paiement (étape 10)', { tag: ['@regression'] }, () => {
  test(
    'Tant qu’aucun moyen de paiement n’est choisi, le formulaire invite à en choisir un',
    {
      ...covers(
        'step10',
        rule('payment-modes', 'shown'),
        rule('payment-prompt', 'shown'),
        rule('payment-prompt', 'hidden'),
      ),
    },
    async ({ orderForm }) => {
      await expect(orderForm.paymentPrompt, 'the guide’s prompt asks for a payment mode').toBeVisible();
      for (const mode of PAYMENT_MODES) await expect(orderForm.paymentMode(mode)).not.toBeChecked();

      await orderForm.payWith('Chèque');
      await expect(orderForm.paymentPrompt, 'a payment mode chosen, the prompt goes').toBeHidden();
    },
  );

  test(
    '« Autre » fait apparaître le champ « Numéro de bon de commande »',
    { ...covers('step10') },
    async ({ orderForm }) => {
      await orderForm.payWith('Virement');
      await expect(orderForm.purchaseOrderNumber).toBeHidden();

      await orderForm.payWith('Autre');
      await expect(orderForm.purchaseOrderNumber).toBeVisible();
      await expect(orderForm.purchaseOrderNumber).toBeEmpty();
    },
  );

  for (const [i, mode] of (['Carte Bancaire', 'Virement', 'Chèque'] as const).entries()) {
    test(
      `Une commande payée par « ${mode} » est enregistrée avec ce moyen de paiement`,
      { tag: [...variant(i === 0)], ...covers('step10', 'step12') },
      async ({ orderForm, storedOrders }) => {
        const number = await orderForm.placeOrder({
          product: 'Pack ID RGS**',
          duration: 1,
          os: 'Windows',
          payment: mode,
        });

        await expect(storedOrders).toHaveStoredOrder({ number, payment: mode, purchaseOrder: '' });
      },
    );
  }

  test(
    'Une commande payée par « Autre » est enregistrée avec son numéro de bon de commande',
    { ...covers('step10', 'step12') },
    async ({ orderForm, storedOrders }) => {
      const purchaseOrder = newPurchaseOrderNumber();
      const number = await orderForm.placeOrder({
        product: 'Pack ID RGS***',
        duration: 2,
        os: 'Windows',
        payment: 'Autre',
        purchaseOrderNumber: purchaseOrder,
      });

      await expect(storedOrders).toHaveStoredOrder({ number, payment: 'Autre', purchaseOrder });
    },
  );
});

test.describe(
  'Client administration : seul « Autre » est disponible (étape 10)',
  { tag: ['@regression', '@error-case'] },
  () => {
    test.use({ customerKind: 'administration' });

    test(
      'Une administration ne se voit proposer que « Autre »',
      { ...covers('step10', rule('payment-modes', 'hidden')) },
      async ({ orderForm }) => {
        await expect(orderForm.payment.getByRole('radio')).toHaveCount(1);
        await expect(orderForm.paymentMode('Autre')).toBeVisible();
        for (const mode of ['Carte Bancaire', 'Virement', 'Chèque'] as const) {
          await expect(orderForm.paymentMode(mode)).toHaveCount(0);
        }
      },
    );

    test(
      'Une administration doit saisir son numéro de bon de commande pour pouvoir commander',
      {
        ...covers(
          'step10',
          'greyedMissingField',
          rule('purchase-order-number', 'refused'),
          rule('purchase-order-number', 'accepted'),
        ),
      },
      async ({ orderForm, confirmation, storedOrders }) => {
        const purchaseOrder = newPurchaseOrderNumber();
        await orderForm.fillForm({
          product: 'Pack ID RGS**',
          duration: 3,
          os: 'Windows',
          payment: 'Autre',
          acceptTerms: true,
        });
        await expect(orderForm.orderButton).toBeDisabled();

        await orderForm.payWith('Autre', purchaseOrder);
        await expect(orderForm.orderButton).toBeEnabled();
        await orderForm.submitOrder();
        const number = await confirmation.orderNumber();

        await expect(storedOrders).toHaveStoredOrder({ number, payment: 'Autre', purchaseOrder });
      },
    );
  },
);
