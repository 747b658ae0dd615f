import {
  rule,
  PRODUCTS,
  covers,
  expect,
  holderName,
  GUIDE_PRICE,
  test,
  variant,
  type ProductName,
} from '../fixtures/index.ts';

test.describe(
  "Conditions générales d'utilisation et « Commander » (étapes 11 et 12)",
  { tag: ['@regression'] },
  () => {
    for (const [i, product] of (Object.keys(PRODUCTS) as ProductName[]).entries()) {
      test(
        `La case des CGU nomme l’autorité « ${PRODUCTS[product].authority} » pour « ${product} »`,
        { tag: [...variant(i === 0)], ...covers('step11', rule('cgu-authority')) },
        async ({ orderForm }) => {
          await orderForm.chooseProduct(product);
          await expect(orderForm.termsFor(PRODUCTS[product].authority)).not.toBeChecked();

          await orderForm.acceptTerms();
          await expect(orderForm.termsFor(PRODUCTS[product].authority)).toBeChecked();
        },
      );
    }

    test(
      '« Commander » enregistre la commande, affiche son numéro et la liste dans l’espace client',
      { ...covers('step12', rule('commander-greyed', 'accepted')) },
      async ({ orderForm, confirmation, customerArea, me, storedOrders }) => {
        await orderForm.fillForm({
          product: 'Pack ID RGS**',
          duration: 3,
          os: 'Windows',
          payment: 'Chèque',
          acceptTerms: true,
        });
        await expect(orderForm.requiredFieldsNote).toBeVisible();
        const answer = await orderForm.submitOrder();

        await expect(answer).toBeReadableAnswer();
        const number = await confirmation.orderNumber();
        await expect(confirmation.mailNotice).toBeVisible();
        await expect(storedOrders).toHaveStoredOrder({
          number,
          holder: me,
          product: 'Pack ID RGS**',
          duration: 3,
          os: 'Windows',
          payment: 'Chèque',
        });

        await confirmation.backToCustomerArea();
        await expect(customerArea.order(number)).toContainText('Pack ID RGS**');
        await expect(customerArea.order(number)).toContainText(holderName(me), { ignoreCase: true });
        await expect(customerArea.order(number)).toContainText(GUIDE_PRICE);
      },
    );

    test(
      'Un autre client ne peut pas ouvrir la confirmation d’une commande qui n’est pas la sienne',
      { tag: ['@error-case'], ...covers('step12') },
      async ({ orderForm, confirmation, accounts, logInAs, page }) => {
        const number = await orderForm.placeOrder({
          product: 'Pack ID RGS**',
          duration: 1,
          os: 'Autre',
          payment: 'Virement',
        });
        const confirmationURL = page.url();

        const other = await accounts.create('plain', { colleagues: 0 });
        await logInAs(other.users[0]!);
        const answer = await page.goto(confirmationURL);
        await expect(answer!).toBeReadableAnswer();
        await expect(confirmation.heading).toBeHidden();
        await expect(confirmation.orderNumberLine(number), 'the order’s number is not shown').toBeHidden();
      },
    );
  },
);
