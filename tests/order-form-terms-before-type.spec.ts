import { rule, PRODUCTS, covers, expect, test } from '../fixtures/index.ts';

const AUTHORITY = PRODUCTS['Pack ID RGS**'].authority;

/**
 * The CGU the customer accepts at step 11 are those of the authority of the type chosen at step 6
 * (« … de l'autorité CERTIGNA ID RGS** »): before a type is chosen there are none to accept, and
 * the box is greyed.
 */
test.describe(
  "La case des conditions générales d'utilisation attend le type de certificat (étapes 6 et 11)",
  { tag: ['@regression'] },
  () => {
    test(
      'Avant le choix d’un type, la case des CGU est grisée et ne se coche pas',
      { tag: ['@error-case'], ...covers('step11', rule('cgu-needs-type', 'refused')) },
      async ({ orderForm }) => {
        await orderForm.fillForm({ duration: 3, os: 'Windows', payment: 'Virement' });

        await expect(orderForm.acceptTermsCheckbox).toBeDisabled();
        await expect(orderForm.acceptTermsCheckbox).not.toBeChecked();
        await expect(orderForm.orderButton).toBeDisabled();
      },
    );

    test(
      'Le type choisi, la case nomme son autorité et se coche',
      { ...covers('step6', 'step11', rule('cgu-needs-type', 'accepted')) },
      async ({ orderForm }) => {
        await expect(orderForm.acceptTermsCheckbox).toBeDisabled();
        await orderForm.chooseProduct('Pack ID RGS**');
        await expect(orderForm.termsFor(AUTHORITY)).toBeEnabled();

        await orderForm.acceptTerms();
        await expect(orderForm.termsFor(AUTHORITY)).toBeChecked();
      },
    );

    test(
      '« Effacer le formulaire » retire le type : la case des CGU, décochée, est grisée à nouveau',
      { tag: ['@error-case'], ...covers('step11', rule('cgu-needs-type', 'refused')) },
      async ({ orderForm }) => {
        await orderForm.fillForm({ product: 'Pack ID RGS**', acceptTerms: true });
        await expect(orderForm.termsFor(AUTHORITY)).toBeChecked();

        await orderForm.clearForm();
        await expect(orderForm.acceptTermsCheckbox).not.toBeChecked();
        await expect(orderForm.acceptTermsCheckbox).toBeDisabled();
      },
    );
  },
);
