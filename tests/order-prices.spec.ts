import {
  DURATIONS,
  GUIDE_PRICE,
  PRODUCTS,
  confirmedOrderNumber,
  covers,
  durationLabel,
  expect,
  priceLabel,
  rule,
  test,
  variant,
  type ProductName,
} from '../fixtures/index.ts';

// The one price the guide prints (« Pack ID RGS** », 3 ans) is GUIDE_PRICE; every other is the
// build's table, recorded in its profile (`profile.prices`): the baseline a deployed portal is held to.
const FACE_TO_FACE = 'Frais de face-à-face : +/- 50 € HT';

test.describe('Le « Tarif » de chaque type et de chaque durée (étape 7)', { tag: ['@regression'] }, () => {
  test(
    'Le guide : « Pack ID RGS** », 3 ans, coûte 250.0 € HT plus les frais de face-à-face',
    { ...covers('step7', rule('price-table'), rule('price-face-to-face', 'shown')) },
    async ({ orderForm }) => {
      await orderForm.chooseProduct('Pack ID RGS**');
      await orderForm.chooseDuration(3);
      await expect(orderForm.price.duration).toHaveText(`Durée (3 ans) : ${GUIDE_PRICE}`);
      await expect(orderForm.price.total).toHaveText(`Total : ${GUIDE_PRICE}`);
      await expect(orderForm.price.faceToFace).toHaveText(FACE_TO_FACE);
    },
  );

  for (const product of Object.keys(PRODUCTS) as ProductName[]) {
    const { faceToFace } = PRODUCTS[product];

    test(
      `« ${product} » : chaque durée affiche son prix du tarif publié, ${faceToFace ? 'avec' : 'sans'} les frais de face-à-face`,
      {
        // One product with the face-to-face fee and one without on every build; the others on the default.
        tag: [...variant(product === 'Pack ID RGS*' || product === 'Pack ID RGS**')],
        ...covers('step7', rule('price-table'), rule('price-face-to-face', faceToFace ? 'shown' : 'hidden')),
      },
      async ({ orderForm, profile }) => {
        await orderForm.chooseProduct(product);
        for (const years of DURATIONS) {
          await orderForm.chooseDuration(years);
          const price = priceLabel(profile, product, years);
          await expect(orderForm.price.duration, `${product}, ${durationLabel(years)}`).toHaveText(
            `Durée (${durationLabel(years)}) : ${price}`,
          );
          await expect(orderForm.price.total, `${product}, ${durationLabel(years)}`).toHaveText(
            `Total : ${price}`,
          );
          await expect(
            orderForm.price.faceToFace,
            `the face-à-face fee is ${faceToFace ? 'shown' : 'not shown'} for ${product}`,
          ).toHaveText(faceToFace ? [FACE_TO_FACE] : []);
        }
      },
    );
  }

  test(
    'Le prix affiché est celui que le serveur enregistre, pour chaque type et chaque durée',
    // Twelve orders: `directOrders` skips where orders must not be placed (production, or staging
    // without ALLOW_ORDER_SUBMISSION); the prices expected are the build's profile's.
    { ...covers('step7', rule('price-table'), rule('server-price', 'accepted')) },
    async ({ directOrders, me, storedOrders, profile }) => {
      const session = await directOrders.as(me);
      for (const product of Object.keys(PRODUCTS) as ProductName[]) {
        for (const years of DURATIONS) {
          // The form posts the price its page set; the portal takes it and shows its confirmation.
          const number = confirmedOrderNumber(await session.post({ product, duration: years }));
          await expect(
            storedOrders,
            `the server takes ${product}, ${durationLabel(years)} at ${priceLabel(profile, product, years)}`,
          ).toHaveStoredOrder({ number, product, duration: years });
        }
      }
    },
  );
});
