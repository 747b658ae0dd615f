import {
  rule,
  confirmedOrderNumber,
  covers,
  expect,
  newPurchaseOrderNumber,
  test,
} from '../fixtures/index.ts';

/**
 * The page greys « Commander » and hides what a customer may not choose; these tests fill the
 * portal's own order form, tamper one thing and submit it past the page's checks, as a forged
 * request or a regressed page would, and check that the server refuses it on its own (the
 * confirmation not shown, nothing stored). Each refusal is paired with its control: the same
 * forged order, valid in that one respect, is accepted, so a portal refusing everything fails.
 */
test.describe('Le serveur refuse une commande que la page aurait empêchée', { tag: ['@regression'] }, () => {
  test(
    'Contrôle : une commande complète envoyée directement au serveur est acceptée',
    { ...covers('step12', rule('server-price', 'accepted')) },
    async ({ directOrders, me, storedOrders }) => {
      const session = await directOrders.as(me);
      const outcome = await session.post({ product: 'Pack ID RGS**', duration: 3 });

      const number = confirmedOrderNumber(outcome);
      await expect(storedOrders).toHaveStoredOrder({ number, product: 'Pack ID RGS**', duration: 3 });
    },
  );

  test(
    'Une commande pour une autre personne depuis un compte simple est refusée et rien n’est enregistré',
    {
      tag: ['@error-case'],
      ...covers('holderNeedsRights', rule('server-other-holder', 'refused')),
    },
    async ({ directOrders, me, colleague, accounts, storedOrders }) => {
      // A plain account's form offers no « Une autre personne de »: a mandataire's form shows how
      // the choice is posted (the mandataire's control test below is its pair).
      const [mandataire] = (await accounts.create('mandataire', { colleagues: 1 })).users;
      const session = await directOrders.as(me, { reference: mandataire! });
      const outcome = await session.post({ product: 'Pack ID RGS**', duration: 3, holderId: colleague.id });

      expect(outcome).toBeRefusedByThePortal();
      await expect(storedOrders).toHaveNoStoredOrder();

      // Control: the same order for the person ordering is taken.
      const number = confirmedOrderNumber(await session.post({ product: 'Pack ID RGS**', duration: 3 }));
      await expect(storedOrders).toHaveStoredOrder({ number, holder: me });
    },
  );

  test(
    'Une commande sans les CGU acceptées est refusée et rien n’est enregistré',
    { tag: ['@error-case'], ...covers('greyedMissingField', 'step11', rule('server-cgu')) },
    async ({ directOrders, me, storedOrders }) => {
      const session = await directOrders.as(me);
      const outcome = await session.post({ product: 'Pack ID RGS**', duration: 3, acceptTerms: false });

      expect(outcome).toBeRefusedByThePortal();
      await expect(storedOrders).toHaveNoStoredOrder();

      // Control: the same order with the CGU box ticked is taken.
      const number = confirmedOrderNumber(
        await session.post({ product: 'Pack ID RGS**', duration: 3, acceptTerms: true }),
      );
      await expect(storedOrders).toHaveStoredOrder({ number, product: 'Pack ID RGS**', duration: 3 });
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
      const order = { product: 'Pack ID RGS**', duration: 3, payment: 'Autre' } as const;
      const outcome = await session.post({ ...order, purchaseOrder: '' });

      expect(outcome).toBeRefusedByThePortal();
      await expect(storedOrders).toHaveNoStoredOrder();

      // Control: the same order with its purchase-order number is taken.
      const purchaseOrder = newPurchaseOrderNumber();
      const number = confirmedOrderNumber(await session.post({ ...order, purchaseOrder }));
      await expect(storedOrders).toHaveStoredOrder({ number, payment: 'Autre', purchaseOrder });
    },
  );

  test(
    'Une commande dont le prix n’est pas celui du tarif est refusée et rien n’est enregistré',
    { tag: ['@error-case'], ...covers('step7', rule('server-price', 'refused')) },
    async ({ directOrders, me, storedOrders }) => {
      const session = await directOrders.as(me);
      const outcome = await session.post({ product: 'Pack ID RGS**', duration: 3, price: '1.0' });

      expect(outcome).toBeRefusedByThePortal();
      await expect(storedOrders).toHaveNoStoredOrder();

      // Control: the same order at the guide's price (« 250.0 € HT ») is taken.
      const number = confirmedOrderNumber(
        await session.post({ product: 'Pack ID RGS**', duration: 3, price: '250.0' }),
      );
      await expect(storedOrders).toHaveStoredOrder({ number, product: 'Pack ID RGS**', duration: 3 });
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
      async ({ directOrders, me, accounts, storedOrders }) => {
        // An administration's form offers no « Carte Bancaire »: a company's form shows how it is posted.
        const [company] = (await accounts.create('plain', { colleagues: 0 })).users;
        const session = await directOrders.as(me, { reference: company! });
        const order = { product: 'Pack ID RGS**', duration: 3 } as const;
        const outcome = await session.post({ ...order, payment: 'Carte Bancaire' });

        expect(outcome).toBeRefusedByThePortal();
        await expect(storedOrders).toHaveNoStoredOrder();

        // Control: the same order paid the way the form offers (« Autre », a purchase order) is taken.
        const purchaseOrder = newPurchaseOrderNumber();
        const number = confirmedOrderNumber(
          await session.post({ ...order, payment: 'Autre', purchaseOrder }),
        );
        await expect(storedOrders).toHaveStoredOrder({ number, payment: 'Autre', purchaseOrder });
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
        // The id the portal gives the colleague, as the mandataire's « Autre porteur » lists it.
        const colleagueId = await directOrders.holderId(colleague, me);
        const session = await directOrders.as(me);
        const outcome = await session.post({ product: 'Pack ID RGS**', duration: 3, holderId: colleagueId });

        const number = confirmedOrderNumber(outcome);
        await expect(storedOrders).toHaveStoredOrder({ number, holder: colleague });
      },
    );

    test(
      'Un mandataire ne peut pas désigner comme porteur l’utilisateur d’un autre compte',
      { tag: ['@error-case'], ...covers('holderNeedsRights', rule('server-holder-of-account')) },
      async ({ directOrders, me, colleague, accounts, storedOrders, ordersOf }) => {
        // Another account's user, by the id that account's own mandataire sees in « Autre porteur ».
        const other = await accounts.create('mandataire', { colleagues: 1 });
        const [theirMandataire, stranger] = other.users;
        const strangerId = await directOrders.holderId(stranger!, theirMandataire!);
        const order = { product: 'Pack ID RGS**', duration: 3 } as const;

        const session = await directOrders.as(me);
        expect(await session.post({ ...order, holderId: strangerId })).toBeRefusedByThePortal();
        await expect(storedOrders).toHaveNoStoredOrder();
        await expect(ordersOf(other), 'nothing stored for the other account either').toHaveNoStoredOrder();

        // Controls: the id is a real holder, taken from their own account's mandataire; and this
        // mandataire's order for a user of their own account is taken.
        const theirs = await directOrders.as(theirMandataire!);
        const theirNumber = confirmedOrderNumber(await theirs.post({ ...order, holderId: strangerId }));
        await expect(ordersOf(other)).toHaveStoredOrder({ number: theirNumber, holder: stranger! });
        const colleagueId = await directOrders.holderId(colleague, me);
        const number = confirmedOrderNumber(await session.post({ ...order, holderId: colleagueId }));
        await expect(storedOrders).toHaveStoredOrder({ number, holder: colleague });
      },
    );
  },
);
