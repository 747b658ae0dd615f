import { rule, covers, expect, test, type OrderChoices } from '../fixtures/index.ts';

/** The guide's example order, every required choice made. */
const COMPLETE: OrderChoices = {
  product: 'Pack ID RGS**',
  duration: 3,
  os: 'Windows',
  payment: 'Virement',
  acceptTerms: true,
};

/** Each required choice of the form, left out of an otherwise complete order. */
const LEFT_OUT: { choice: string; without: Partial<OrderChoices> }[] = [
  { choice: 'type de certificat', without: { product: undefined } },
  { choice: 'durée de validité', without: { duration: undefined } },
  { choice: "système d'exploitation", without: { os: undefined } },
  { choice: 'moyen de paiement', without: { payment: undefined } },
];

/**
 * The page greys « Commander » while a choice is missing (error-greyed-order-button.spec.ts); here
 * the form is sent as it is filled, past the page's checks, as a forged request or a regressed page
 * would send it, and the server must refuse it on its own. The complete order sent the same way is
 * stored: what is refused is the missing choice, not the way it was sent.
 */
test.describe('Le serveur refuse une commande incomplète', { tag: ['@regression'] }, () => {
  test(
    'Contrôle : la commande complète, envoyée sans les contrôles de la page, est enregistrée',
    { ...covers('step12', rule('server-incomplete-order', 'accepted')) },
    async ({ orderForm, confirmation, storedOrders }) => {
      await orderForm.fillForm(COMPLETE);
      await orderForm.sendAsFilled();

      const number = await confirmation.orderNumber();
      await expect(storedOrders).toHaveStoredOrder({
        number,
        product: 'Pack ID RGS**',
        duration: 3,
        os: 'Windows',
        payment: 'Virement',
      });
    },
  );

  for (const { choice, without } of LEFT_OUT) {
    test(
      `Sans ${choice}, la commande envoyée au serveur est refusée et rien n’est enregistré`,
      {
        tag: ['@error-case'],
        ...covers('greyedMissingField', rule('server-incomplete-order', 'refused')),
      },
      async ({ orderForm, confirmation, storedOrders }) => {
        await orderForm.fillForm({ ...COMPLETE, ...without });
        await expect(orderForm.orderButton, 'the page holds the order back itself').toBeDisabled();

        const answer = await orderForm.sendAsFilled();

        expect(answer.status(), 'a refusal, not a server error').toBeLessThan(500);
        await expect(
          orderForm.refusal.or(orderForm.heading),
          'a refusal page, or the form again',
        ).toBeVisible();
        await expect(confirmation.heading).toBeHidden();
        await expect(storedOrders).toHaveNoStoredOrder();
      },
    );
  }
});
