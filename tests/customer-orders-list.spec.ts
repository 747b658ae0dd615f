import { GUIDE_PRICE, rule, covers, expect, priceLabel, test } from '../fixtures/index.ts';

/**
 * « Espace client » lists the customer's orders (« Vos commandes »): every order placed, each
 * found by the number its confirmation gave, not only the latest.
 */
test.describe('« Vos commandes » dans l’espace client', { tag: ['@regression'] }, () => {
  test(
    '« Vos commandes » liste chacune des commandes passées, avec son numéro',
    { ...covers('step12', rule('customer-orders-listed')) },
    async ({ orderForm, customerArea, profile }) => {
      const first = await orderForm.placeOrder({
        product: 'Pack ID RGS**',
        duration: 3,
        os: 'Windows',
        payment: 'Virement',
      });
      await orderForm.open();
      const second = await orderForm.placeOrder({
        product: 'Chiffrement',
        duration: 1,
        os: 'Mac OS',
        payment: 'Chèque',
      });
      expect(second, 'two orders, two numbers').not.toBe(first);

      await customerArea.open();
      await expect(customerArea.order(first)).toHaveCount(1);
      await expect(customerArea.order(first)).toContainText('Pack ID RGS**');
      await expect(customerArea.order(first)).toContainText(GUIDE_PRICE);
      await expect(customerArea.order(second)).toHaveCount(1);
      await expect(customerArea.order(second)).toContainText('Chiffrement');
      await expect(customerArea.order(second)).toContainText(priceLabel(profile, 'Chiffrement', 1));
      expect(await customerArea.listedOrders(), 'these two orders and no other').toHaveLength(2);
    },
  );
});
