import { rule, confirmedOrderNumber, covers, expect, isRefusalPage, test } from '../fixtures/index.ts';

/**
 * The page greys « Commander » and hides what a customer may not choose; these tests post
 * the order straight to the server, as a forged request or a regressed page would, and
 * check that the server refuses it on its own and stores nothing.
 */
test.describe('Le serveur refuse une commande que la page aurait empêchée', { tag: ['@regression'] }, () => {
  test(
    'Contrôle : une commande complète envoyée directement au serveur est acceptée',
    { ...covers('step12', rule('server-price', 'accepted')) },
    async ({ directOrders, me, storedOrders }) => {
      const session = await directOrders.as(me);
      const answer = await session.post({ product: 'Pack ID RGS**', duration: 3 });

      const number = confirmedOrderNumber(answer);
      await expect(storedOrders).toHaveStoredOrder({ number, product: 'Pack ID RGS**', duration: 3 });
    },
  );

  test(
    'Une commande pour une autre personne depuis un compte simple est refusée et rien n’est enregistré',
    {
      tag: ['@error-case'],
      ...covers('holderNeedsRights', rule('server-other-holder', 'refused')),
    },
    async ({ directOrders, me, colleague, storedOrders }) => {
      const session = await directOrders.as(me);
      const answer = await session.post({ product: 'Pack ID RGS**', duration: 3, holderId: colleague.id });

      expect(answer).toBeRefused(403);
      expect(await isRefusalPage(answer), 'a readable refusal page').toBe(true);
      await expect(storedOrders).toHaveNoStoredOrder();
    },
  );

  test(
    'Une commande sans les CGU acceptées est refusée et rien n’est enregistré',
    { tag: ['@error-case'], ...covers('greyedMissingField', 'step11', rule('server-cgu')) },
    async ({ directOrders, me, storedOrders }) => {
      const session = await directOrders.as(me);
      const answer = await session.post({ product: 'Pack ID RGS**', duration: 3, acceptTerms: false });

      expect(answer).toBeRefused(400);
      expect(await isRefusalPage(answer), 'a readable refusal page').toBe(true);
      await expect(storedOrders).toHaveNoStoredOrder();
    },
  );

  test(
    'Une commande « Autre » sans numéro de bon de commande est refusée et rien n’est enregistré',
    {
      tag: ['@error-case'],
      ...covers('greyedMissingField', 'step10', rule('server-purchase-order')),
    },
    async ({ directOrders, me, storedOrders }) => {
      const session = await directOrders.as(me);
      const answer = await session.post({
        product: 'Pack ID RGS**',
        duration: 3,
        payment: 'Autre',
        purchaseOrder: '',
      });

      expect(answer).toBeRefused(400);
      await expect(storedOrders).toHaveNoStoredOrder();
    },
  );

  test(
    'Une commande dont le prix n’est pas celui du tarif est refusée et rien n’est enregistré',
    { tag: ['@error-case'], ...covers('step7', rule('server-price', 'refused')) },
    async ({ directOrders, me, storedOrders }) => {
      const session = await directOrders.as(me);
      const answer = await session.post({ product: 'Pack ID RGS**', duration: 3, price: '1.0' });

      expect(answer).toBeRefused(400);
      await expect(storedOrders).toHaveNoStoredOrder();
    },
  );
});

test.describe(
  'Le serveur refuse une commande que la page aurait empêchée — administration',
  { tag: ['@regression', '@error-case'] },
  () => {
    test.use({ customerKind: 'administration' });

    test(
      'Une administration qui force un paiement par carte est refusée et rien n’est enregistré',
      { ...covers('step10', rule('server-administration-payment')) },
      async ({ directOrders, me, storedOrders }) => {
        const session = await directOrders.as(me);
        const answer = await session.post({
          product: 'Pack ID RGS**',
          duration: 3,
          payment: 'Carte Bancaire',
        });

        expect(answer).toBeRefused(403);
        expect(await isRefusalPage(answer), 'a readable refusal page').toBe(true);
        await expect(storedOrders).toHaveNoStoredOrder();
      },
    );
  },
);

test.describe(
  'Le serveur refuse une commande que la page aurait empêchée — mandataire',
  { tag: ['@regression'] },
  () => {
    test.use({ customerKind: 'mandataire' });

    test(
      'Contrôle : un mandataire qui désigne un autre utilisateur de son compte est accepté',
      { ...covers('holderNeedsRights', rule('server-other-holder', 'accepted')) },
      async ({ directOrders, me, colleague, storedOrders }) => {
        const session = await directOrders.as(me);
        const answer = await session.post({ product: 'Pack ID RGS**', duration: 3, holderId: colleague.id });

        const number = confirmedOrderNumber(answer);
        await expect(storedOrders).toHaveStoredOrder({ number, holder: colleague });
      },
    );

    test(
      'Un mandataire ne peut pas désigner comme porteur l’utilisateur d’un autre compte',
      { tag: ['@error-case'], ...covers('holderNeedsRights', rule('server-holder-of-account')) },
      async ({ directOrders, me, accounts, storedOrders }) => {
        const stranger = (await accounts.create('plain', { colleagues: 0 })).users[0]!;
        const session = await directOrders.as(me);
        const answer = await session.post({ product: 'Pack ID RGS**', duration: 3, holderId: stranger.id });

        expect(answer).toBeRefused(403);
        await expect(storedOrders).toHaveNoStoredOrder();
      },
    );
  },
);
