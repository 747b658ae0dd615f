import { rule, covers, expect, newPurchaseOrderNumber, test, type OrderChoices } from '../fixtures/index.ts';

/** Every required field filled, as the guide's example order. */
const COMPLETE: OrderChoices = {
  product: 'Pack ID RGS**',
  duration: 3,
  os: 'Windows',
  payment: 'Carte Bancaire',
  acceptTerms: true,
};

const MISSING: { missing: string; without: Partial<OrderChoices>; completing: Partial<OrderChoices> }[] = [
  {
    missing: 'aucun type de certificat n’est choisi',
    without: { product: undefined },
    completing: { product: 'Pack ID RGS**' },
  },
  {
    missing: 'aucune durée de validité n’est choisie',
    without: { duration: undefined },
    completing: { duration: 3 },
  },
  {
    missing: "aucun système d'exploitation n’est choisi",
    without: { os: undefined },
    completing: { os: 'Windows' },
  },
  {
    missing: 'aucun moyen de paiement n’est choisi',
    without: { payment: undefined },
    completing: { payment: 'Virement' },
  },
  {
    missing: 'les conditions générales d’utilisation ne sont pas acceptées',
    without: { acceptTerms: false },
    completing: { acceptTerms: true },
  },
];

test.describe(
  'Cas d’erreur : le bouton « Commander » reste grisé',
  { tag: ['@regression', '@error-case'] },
  () => {
    for (const { missing, without, completing } of MISSING) {
      test(
        `« Commander » reste grisé tant que ${missing}`,
        {
          ...covers(
            'greyedMissingField',
            rule('commander-greyed', 'refused'),
            rule('commander-greyed', 'accepted'),
          ),
        },
        async ({ orderForm }) => {
          await orderForm.fillForm({ ...COMPLETE, ...without });
          await expect(orderForm.orderButton).toBeDisabled();

          await orderForm.fillForm(completing);
          await expect(orderForm.orderButton).toBeEnabled();
        },
      );
    }

    test(
      '« Commander » reste grisé avec « Autre » tant que le numéro de bon de commande est vide',
      {
        ...covers(
          'greyedMissingField',
          'step10',
          rule('purchase-order-number', 'refused'),
          rule('purchase-order-number', 'accepted'),
        ),
      },
      async ({ orderForm }) => {
        await orderForm.fillForm({ ...COMPLETE, payment: 'Autre' });
        await expect(orderForm.orderButton).toBeDisabled();

        await orderForm.payWith('Autre', '   ');
        await expect(orderForm.orderButton).toBeDisabled();

        await orderForm.payWith('Autre', newPurchaseOrderNumber());
        await expect(orderForm.orderButton).toBeEnabled();
      },
    );

    test(
      '« Commander » devient actif seulement quand tous les champs sont renseignés',
      {
        ...covers('greyedMissingField', rule('commander-greyed', 'accepted')),
      },
      async ({ orderForm }) => {
        await expect(orderForm.orderButton).toBeDisabled();
        await orderForm.chooseProduct('Pack ID RGS**');
        await orderForm.chooseDuration(3);
        await orderForm.chooseOperatingSystem('Windows');
        await orderForm.payWith('Carte Bancaire');
        await expect(orderForm.orderButton).toBeDisabled();
        await orderForm.acceptTerms();
        await expect(orderForm.orderButton).toBeEnabled();
      },
    );

    test(
      '« Effacer le formulaire » vide tous les choix et grise à nouveau « Commander »',
      { ...covers('greyedMissingField', rule('clear-form')) },
      async ({ orderForm, me }) => {
        await orderForm.fillForm({
          ...COMPLETE,
          payment: 'Autre',
          purchaseOrderNumber: newPurchaseOrderNumber(),
        });
        await expect(orderForm.orderButton).toBeEnabled();

        await orderForm.clearForm();

        await expect(orderForm.orderButton).toBeDisabled();
        await expect(orderForm.certificateType.getByRole('radio', { checked: true })).toHaveCount(0);
        await expect(orderForm.validity.getByRole('radio', { checked: true })).toHaveCount(0);
        await expect(orderForm.operatingSystem.getByRole('radio', { checked: true })).toHaveCount(0);
        await expect(orderForm.payment.getByRole('radio', { checked: true })).toHaveCount(0);
        await expect(orderForm.purchaseOrderNumber).toBeHidden();
        await expect(orderForm.acceptTermsCheckbox).not.toBeChecked();
        await expect(orderForm.holderRadio(me)).toBeChecked();
        await expect(orderForm.price.prompt).toBeVisible();
      },
    );
  },
);

test.describe(
  'Cas d’erreur : le bouton « Commander » reste grisé — porteur à choisir',
  { tag: ['@regression', '@error-case'] },
  () => {
    test.use({ customerKind: 'mandataire' });

    test(
      '« Commander » reste grisé avec « Une autre personne de » tant qu’aucune personne n’est choisie',
      { tag: ['@read-only'], ...covers('greyedMissingField', 'step9', rule('commander-greyed', 'refused')) },
      async ({ orderForm }) => {
        await orderForm.fillForm(COMPLETE);
        await expect(orderForm.orderButton).toBeEnabled();

        await orderForm.chooseAnotherPerson();
        await expect(orderForm.orderButton).toBeDisabled();

        await orderForm.orderForFirstListed();
        await expect(orderForm.orderButton).toBeEnabled();
      },
    );
  },
);
