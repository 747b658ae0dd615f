import {
  rule,
  DURATIONS,
  GUIDE_PRICE,
  covers,
  durationLabel,
  expect,
  priceLabel,
  test,
  variant,
  type PortalProfile,
  type ProductName,
} from '../fixtures/index.ts';

const PRODUCTS_OF_THE_GUIDE: ProductName[] = ['Pack ID RGS**', 'Pack ID RGS***'];

test.describe('Durée de validité et tarif (étape 7)', { tag: ['@regression'] }, () => {
  for (const product of PRODUCTS_OF_THE_GUIDE) {
    for (const years of DURATIONS) {
      // The guide fixes one price; the rest of the table is the build's, recorded in its profile.
      const byGuide = product === 'Pack ID RGS**' && years === 3;
      const priceIn = (profile: PortalProfile) =>
        byGuide ? GUIDE_PRICE : priceLabel(profile, product, years);

      test(
        `« ${product} », ${durationLabel(years)} : le tarif affiché est ${byGuide ? GUIDE_PRICE : 'celui du tarif du build'}, plus les frais de face-à-face`,
        {
          // The guide's product, every duration, on every build; the other product's on the default.
          tag: [...variant(product === 'Pack ID RGS**')],
          ...covers('step7', rule('price-table'), rule('price-face-to-face', 'shown')),
        },
        async ({ orderForm, profile }) => {
          const price = priceIn(profile);
          await orderForm.chooseProduct(product);
          await orderForm.chooseDuration(years);

          await expect(orderForm.duration(years)).toBeChecked();
          await expect(orderForm.price.duration).toHaveText(`Durée (${durationLabel(years)}) : ${price}`);
          await expect(orderForm.price.total).toHaveText(`Total : ${price}`);
          await expect(orderForm.price.faceToFace).toHaveText('Frais de face-à-face : +/- 50 € HT');
        },
      );
    }
  }

  test(
    'Avant le choix d’un type et d’une durée, le tarif invite à les choisir',
    { ...covers('step7', rule('price-prompt')) },
    async ({ orderForm }) => {
      await expect(orderForm.price.prompt, 'the « Tarif » box asks for a type and a duration').toBeVisible();
      await orderForm.chooseProduct('Pack ID RGS**');
      await expect(orderForm.price.prompt).toBeVisible();
      await expect(orderForm.price.total).toBeHidden();
    },
  );

  test(
    'Changer de type après la durée met le tarif à jour',
    { ...covers('step6', 'step7', rule('price-table')) },
    async ({ orderForm, profile }) => {
      await orderForm.chooseProduct('Pack ID RGS**');
      await orderForm.chooseDuration(3);
      await expect(orderForm.price.total).toHaveText(`Total : ${GUIDE_PRICE}`);

      await orderForm.chooseProduct('Pack ID RGS***');
      await expect(orderForm.price.total).toHaveText(`Total : ${priceLabel(profile, 'Pack ID RGS***', 3)}`);
    },
  );

  test(
    'Le « Pack ID RGS* », vérifié en ligne, n’a pas de frais de face-à-face',
    { ...covers('step7', rule('price-face-to-face', 'hidden')) },
    async ({ orderForm, profile }) => {
      await orderForm.chooseProduct('Pack ID RGS*');
      await orderForm.chooseDuration(1);
      await expect(orderForm.price.total).toHaveText(`Total : ${priceLabel(profile, 'Pack ID RGS*', 1)}`);
      await expect(orderForm.price.faceToFace).toBeHidden();
    },
  );
});
