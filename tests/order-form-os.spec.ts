import { OPERATING_SYSTEMS, covers, expect, test } from '../fixtures/index.ts';

test.describe("Système d'exploitation (étape 8)", { tag: ['@regression'] }, () => {
  test(
    'Le formulaire propose Windows, Mac OS et Autre, avec la note sur SHA-256',
    { ...covers('step8') },
    async ({ orderForm }) => {
      for (const os of OPERATING_SYSTEMS) await expect(orderForm.os(os)).toBeVisible();
      await expect(orderForm.operatingSystem).toContainText(
        'Le certificat sera utilisé sur un ordinateur exécutant :',
      );
      await expect(orderForm.sha256Note).toBeVisible();
    },
  );

  for (const os of OPERATING_SYSTEMS) {
    test(
      `La commande enregistre le système d'exploitation « ${os} »`,
      { ...covers('step8', 'step12') },
      async ({ orderForm, storedOrders }) => {
        await orderForm.chooseOperatingSystem(os);
        await expect(orderForm.os(os)).toBeChecked();
        const number = await orderForm.placeOrder({
          product: 'Pack ID RGS**',
          duration: 2,
          os,
          payment: 'Virement',
        });

        await expect(storedOrders).toHaveStoredOrder({ number, os });
      },
    );
  }
});
