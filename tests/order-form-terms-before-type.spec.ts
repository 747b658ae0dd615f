import { rule, PRODUCTS, covers, expect, test } from '../fixtures/index.ts';

const AUTHORITY = PRODUCTS['Pack ID RGS**'].authority;

/**
 * The CGU the customer accepts at step 11 are those of the authority of the type chosen at step 6
 * (« … de l'autorité CERTIGNA ID RGS** »): ticking the box before a type is chosen accepts no
 * authority's conditions, so it must not let the order go.
 */
test.describe(
  "La case des conditions générales d'utilisation attend le type de certificat (étapes 6 et 11)",
  { tag: ['@regression'] },
  () => {
    test(
      'Les CGU cochées sans type de certificat choisi, « Commander » reste grisé',
      { tag: ['@error-case'], ...covers('step11', rule('cgu-needs-type', 'refused')) },
      async ({ orderForm }) => {
        await orderForm.clearForm();
        await orderForm.fillForm({ duration: 3, os: 'Windows', payment: 'Virement', acceptTerms: true });

        await expect(orderForm.acceptTermsCheckbox).toBeChecked();
        await expect(orderForm.orderButton).toBeDisabled();
      },
    );

    test(
      'Le type choisi après les CGU, la case nomme son autorité et « Commander » s’active',
      { ...covers('step6', 'step11', rule('cgu-needs-type', 'accepted')) },
      async ({ orderForm }) => {
        await orderForm.clearForm();
        await orderForm.fillForm({ duration: 3, os: 'Windows', payment: 'Virement', acceptTerms: true });
        await expect(orderForm.orderButton).toBeDisabled();

        await orderForm.chooseProduct('Pack ID RGS**');
        await expect(orderForm.termsFor(AUTHORITY)).toBeChecked();
        await expect(orderForm.orderButton).toBeEnabled();
      },
    );
  },
);
