import { rule, PRODUCTS, covers, expect, test, variant, type ProductName } from '../fixtures/index.ts';

const PERSONAL_PRODUCTS: ProductName[] = ['Pack ID RGS**', 'Pack ID RGS***'];

test.describe('Choix du produit dans le catalogue (étape 6)', { tag: ['@regression'] }, () => {
  for (const [i, product] of PERSONAL_PRODUCTS.entries()) {
    test(
      `Sélectionner « ${product} » ouvre le formulaire avec « ${PRODUCTS[product].type} » coché`,
      { tag: [...variant(i === 0)], ...covers('step6', rule('catalogue-opens-form')) },
      async ({ logInAs, me, catalogue, orderFormPage: form }) => {
        await logInAs(me);
        await catalogue.open();
        await catalogue.chooseProduct(product);

        await expect(form.heading).toBeVisible();
        await expect(form.type(product)).toBeChecked();
        await expect(form.certificateType.getByRole('radio', { checked: true })).toHaveCount(1);
        await expect(form.noPartner).toBeVisible();
        await expect(form.termsFor(PRODUCTS[product].authority)).toBeVisible();
        await expect(form.price.prompt).toBeVisible();
      },
    );
  }
});
