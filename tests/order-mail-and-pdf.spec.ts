import {
  PRODUCTS,
  covers,
  durationLabel,
  expect,
  holderName,
  newPurchaseOrderNumber,
  orderSummaryLines,
  postalAddressIn,
  priceLabel,
  rule,
  test,
  type Mail,
  type Order,
  type PortalProfile,
} from '../fixtures/index.ts';

/**
 * The justificatifs as the portal publishes them (DESIGN.md « Supporting documents »), in the
 * order the e-mail lists them; the test's own copy, so that a change of the list shows.
 */
const ID_DOCUMENTS = [
  "Copie de la pièce d'identité du représentant légal, signée avec la mention « copie conforme »",
  "Copie de la pièce d'identité du porteur, signée avec la mention « copie conforme »",
];
const KBIS = 'Extrait Kbis ou extrait SIRENE de moins de 3 mois';
const NOMINATION = "Acte de nomination du représentant de l'administration";
const COMMON_DOCUMENTS = [
  'Justificatif du pouvoir de signature du représentant légal',
  "Délégation signée par le représentant légal, si le porteur n'est pas le représentant légal",
  'Bon de commande Certigna signé, en 2 exemplaires',
];
const FACE_TO_FACE_FORM = 'Formulaire de face-à-face signé';
const OWN_PURCHASE_ORDER = "Votre bon de commande (numéro d'engagement, code service, montant HT)";

/** Where the originals go by post. */
const POSTAL_ADDRESS = [
  'Certigna – Service Enregistrement',
  '20 allée de la Râperie',
  "59650 Villeneuve-d'Ascq",
];

function expectedDocuments(o: { administration: boolean; order: Order }): string[] {
  return [
    ...ID_DOCUMENTS,
    o.administration ? NOMINATION : KBIS,
    ...COMMON_DOCUMENTS,
    ...(PRODUCTS[o.order.product].faceToFace ? [FACE_TO_FACE_FORM] : []),
    ...(o.order.payment === 'Autre' ? [OWN_PURCHASE_ORDER] : []),
  ];
}

function expectedSummary(order: Order, holder: string, profile: PortalProfile): string[] {
  return [
    `Produit : ${PRODUCTS[order.product].type}`,
    `Durée : ${durationLabel(order.duration)}`,
    `Système d'exploitation : ${order.os}`,
    `Porteur : ${holder}`,
    `Moyen de paiement : ${order.payment}`,
    ...(order.purchaseOrderNumber ? [`N° de bon de commande : ${order.purchaseOrderNumber}`] : []),
    `Total : ${priceLabel(profile, order.product, order.duration)}`,
  ];
}

const recipients = (mail: Mail) => mail.to.map((a) => a.toLowerCase()).sort();

test.describe(
  'L’e-mail de commande et le formulaire PDF, valeur par valeur',
  { tag: ['@regression'] },
  () => {
    test(
      'Commande « Autre » : l’e-mail va au seul client, avec le récapitulatif, les justificatifs, l’adresse postale et le PDF complet',
      {
        ...covers(
          'mail',
          rule('order-mail-recipients', 'not sent'),
          rule('order-mail-summary'),
          rule('order-mail-pdf'),
          rule('supporting-documents'),
          rule('documents-face-to-face', 'shown'),
          rule('documents-purchase-order', 'shown'),
          rule('postal-address'),
          rule('pdf-fields'),
          rule('pdf-documents'),
        ),
      },
      async ({ mails, profile, orderForm, me, customer, mailbox, pdf }) => {
        const order: Order = {
          product: 'Pack ID RGS***',
          duration: 2,
          os: 'Mac OS',
          payment: 'Autre',
          purchaseOrderNumber: newPurchaseOrderNumber(),
        };
        const number = await orderForm.placeOrder(order);
        const mail = await mailbox.waitFor({
          to: me.email,
          subject: mails.subjects.order(number, order.product),
        });
        const documents = expectedDocuments({ administration: false, order });

        expect(recipients(mail), 'the order e-mail goes to the customer and nobody else').toEqual([
          me.email.toLowerCase(),
        ]);
        expect(orderSummaryLines(mail), 'the order e-mail’s summary').toEqual(
          expectedSummary(order, holderName(me), profile),
        );
        expect(mails.listedDocuments(mail), 'the justificatifs the e-mail lists').toEqual(documents);
        expect(postalAddressIn(mail), 'the postal address for the originals').toEqual(POSTAL_ADDRESS);
        expect(
          mail.attachments.map((a) => a.name),
          'the order e-mail carries the PDF order form',
        ).toEqual([mails.orderFormFile(number)]);

        const form = await pdf.open(await mailbox.attachment(mail, mails.orderFormFile(number)));
        const fields = mails.orderFormFields(form.fields);
        expect({ ...fields, siret: fields.siret?.replace(/\s/g, '') }, 'the PDF form’s fields').toEqual({
          number,
          company: customer.company,
          siret: customer.siret,
          holder: holderName(me),
          product: PRODUCTS[order.product].type,
          duration: durationLabel(order.duration),
          os: order.os,
          payment: order.payment,
          purchaseOrder: order.purchaseOrderNumber,
          price: priceLabel(profile, order.product, order.duration),
        });
        expect(Object.keys(form.fields), 'the PDF form has no other field').toHaveLength(
          Object.keys(fields).length,
        );

        const lastPage = form.pageText(-1);
        const flat = lastPage.replace(/\s+/g, ' ');
        for (const document of documents)
          expect(flat, 'the PDF’s last page lists the justificatifs').toContain(document);
        expect(lastPage.match(/•/g) ?? [], 'the PDF lists as many justificatifs as the e-mail').toHaveLength(
          documents.length,
        );
        expect(lastPage.split('\n'), 'the PDF gives the postal address').toEqual(
          expect.arrayContaining(POSTAL_ADDRESS),
        );
      },
    );

    test(
      '« Pack ID RGS* » par virement : ni formulaire de face-à-face ni bon de commande dans les justificatifs',
      {
        ...covers(
          'mail',
          rule('supporting-documents'),
          rule('documents-face-to-face', 'hidden'),
          rule('documents-purchase-order', 'hidden'),
        ),
      },
      async ({ mails, profile, orderForm, me, mailbox }) => {
        const order: Order = { product: 'Pack ID RGS*', duration: 1, os: 'Windows', payment: 'Virement' };
        const number = await orderForm.placeOrder(order);
        const mail = await mailbox.waitFor({
          to: me.email,
          subject: mails.subjects.order(number, order.product),
        });

        expect(mails.listedDocuments(mail), 'the justificatifs of an RGS* order paid by transfer').toEqual(
          expectedDocuments({ administration: false, order }),
        );
        expect(orderSummaryLines(mail), 'the order e-mail’s summary').toEqual(
          expectedSummary(order, holderName(me), profile),
        );
      },
    );
  },
);

test.describe('L’e-mail de commande pour une autre personne', { tag: ['@regression'] }, () => {
  test.use({ customerKind: 'mandataire' });

  test(
    'Pour une autre personne, l’e-mail va au client et au porteur, et à eux seuls',
    {
      ...covers('mail', 'holderMandataire', rule('order-mail-recipients', 'sent'), rule('pdf-fields')),
    },
    async ({ mails, profile, orderForm, me, colleague, mailbox, pdf }) => {
      const order: Order = {
        product: 'Pack ID RGS**',
        duration: 3,
        os: 'Windows',
        payment: 'Chèque',
        holder: colleague,
      };
      const number = await orderForm.placeOrder(order);
      const mail = await mailbox.waitFor({
        to: me.email,
        subject: mails.subjects.order(number, order.product),
      });

      expect(recipients(mail), 'the order e-mail goes to the customer and the holder').toEqual(
        [me.email.toLowerCase(), colleague.email.toLowerCase()].sort(),
      );
      expect(orderSummaryLines(mail), 'the summary names the holder').toEqual(
        expectedSummary(order, holderName(colleague), profile),
      );
      const form = await pdf.open(await mailbox.attachment(mail, mails.orderFormFile(number)));
      expect(mails.orderFormFields(form.fields).holder, 'the PDF names the holder').toBe(
        holderName(colleague),
      );
    },
  );
});

test.describe('L’e-mail de commande d’une administration', { tag: ['@regression'] }, () => {
  test.use({ customerKind: 'administration' });

  test(
    'Une administration renvoie l’acte de nomination de son représentant et son bon de commande',
    {
      ...covers('mail', rule('supporting-documents'), rule('documents-purchase-order', 'shown')),
    },
    async ({ mails, orderForm, me, mailbox }) => {
      const order: Order = {
        product: 'Pack ID RGS**',
        duration: 1,
        os: 'Autre',
        payment: 'Autre',
        purchaseOrderNumber: newPurchaseOrderNumber(),
      };
      const number = await orderForm.placeOrder(order);
      const mail = await mailbox.waitFor({
        to: me.email,
        subject: mails.subjects.order(number, order.product),
      });

      expect(mails.listedDocuments(mail), 'the justificatifs of an administration').toEqual(
        expectedDocuments({ administration: true, order }),
      );
    },
  );
});
