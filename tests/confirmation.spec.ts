import {
  PRODUCTS,
  covers,
  durationLabel,
  expect,
  holderName,
  priceLabel,
  rule,
  test,
  type Order,
  type PortalProfile,
} from '../fixtures/index.ts';

/** The confirmation's summary as a customer reads it: product, duration, holder, total HT. */
function expectedSummary(order: Order, holder: string, profile: PortalProfile): Record<string, string> {
  return {
    Produit: PRODUCTS[order.product].type,
    Durée: durationLabel(order.duration),
    Porteur: holder,
    Total: priceLabel(profile, order.product, order.duration),
  };
}

test.describe(
  'La confirmation de commande et son récapitulatif (après l’étape 12)',
  { tag: ['@regression'] },
  () => {
    test(
      'La confirmation récapitule le produit, la durée, le porteur et le total HT, sans frais ajoutés',
      { ...covers('step12', 'mail', rule('confirmation-summary')) },
      async ({ orderForm, confirmation, me, profile }) => {
        const order: Order = { product: 'Pack ID RGS***', duration: 2, os: 'Windows', payment: 'Chèque' };
        const number = await orderForm.placeOrder(order);

        await expect(confirmation.orderNumberLine(number)).toBeVisible();
        await expect(confirmation.mailNotice).toBeVisible();
        expect(await confirmation.summary(), 'the confirmation’s summary').toEqual(
          expectedSummary(order, holderName(me), profile),
        );
      },
    );
  },
);

test.describe('La confirmation d’une commande pour une autre personne', { tag: ['@regression'] }, () => {
  test.use({ customerKind: 'mandataire' });

  test(
    'La confirmation d’une commande pour une autre personne nomme ce porteur, pas le client',
    { ...covers('step12', 'holderMandataire', rule('confirmation-summary')) },
    async ({ orderForm, confirmation, colleague, profile }) => {
      const order: Order = {
        product: 'Chiffrement',
        duration: 3,
        os: 'Autre',
        payment: 'Virement',
        holder: colleague,
      };
      await orderForm.placeOrder(order);

      expect(await confirmation.summary(), 'the confirmation’s summary').toEqual(
        expectedSummary(order, holderName(colleague), profile),
      );
    },
  );
});
