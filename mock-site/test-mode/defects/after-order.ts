import type { Defect } from './overrides.ts';
import { mails, orderChecks, storeMethods } from './overrides.ts';

/**
 * The server's own checks of a posted order, the confirmation, the order's e-mail and its PDF
 * (guide/rules/after-order.ts). Each entry: what the defect breaks (`summary`) and what it
 * replaces (`override`).
 */
export const AFTER_ORDER_DEFECTS = {
  'server-accepts-other-holder-from-plain-account': {
    summary: 'the server stores an order for another holder sent by a plain account',
    override: orderChecks({ otherHolderAllowed: () => true }),
  },
  'server-takes-missing-os-as-windows': {
    summary: 'the server stores an order sent with no operating system, as if « Windows » was chosen',
    override: orderChecks({
      choices: (posted) => (posted.os?.trim() ? posted : { ...posted, os: 'windows' }),
    }),
  },
  'customer-orders-only-latest': {
    summary: '« Vos commandes » lists only the customer’s latest order, not every one',
    override: storeMethods((inner) => ({ ordersOf: (accountId) => inner.ordersOf(accountId).slice(-1) })),
  },
  'server-accepts-order-without-cgu': {
    summary: 'the server stores an order whose CGU were not accepted',
    override: orderChecks({ cguAccepted: () => true }),
  },
  'server-accepts-any-price': {
    summary: 'the server stores an order whatever price it was sent',
    override: orderChecks({ priceAccepted: () => true }),
  },
  'server-accepts-blank-purchase-order': {
    summary: 'the server stores an « Autre » order with no purchase-order number',
    override: orderChecks({ purchaseOrderAccepted: () => true }),
  },
  'server-accepts-card-from-administration': {
    summary: 'the server stores an administration’s order paid by card',
    override: orderChecks({ paymentAllowed: () => true }),
  },
  'server-accepts-holder-of-another-account': {
    summary: 'the server stores a mandataire’s order whose holder is a user of another account',
    override: orderChecks({ holderOfAccount: () => true }),
  },
  'order-mail-without-pdf': {
    summary: 'the order e-mail has no PDF order form attached',
    override: mails((m) => ({
      order: async (o) => {
        const mail = await m.order(o);
        return mail && { ...mail, attachments: [] };
      },
    })),
  },
  'pdf-wrong-holder': {
    summary: 'the PDF order form names the person who ordered, not the certificate holder',
    override: mails((m) => ({ orderForm: (o) => m.orderForm({ ...o, holder: o.orderedBy }) })),
  },
  'supporting-documents-missing': {
    summary: 'the order e-mail no longer lists the supporting documents to send',
    override: mails((m) => ({ order: (o) => m.order({ ...o, documents: [] }) })),
  },
  'order-mail-not-sent-to-holder': {
    summary: 'an order for another person is mailed to the orderer only, not to the holder',
    override: mails((m) => ({
      order: async (o) => {
        const mail = await m.order(o);
        return mail && { ...mail, to: [o.orderedBy.email] };
      },
    })),
  },
  'order-mail-copies-sales-team': {
    summary: 'the order e-mail also goes to commandes@certigna.example, beside the customer',
    override: mails((m) => ({
      order: async (o) => {
        const mail = await m.order(o);
        return mail && { ...mail, to: [...mail.to, 'commandes@certigna.example'] };
      },
    })),
  },
  'order-mail-wrong-os': {
    summary: 'the order e-mail’s summary says « Windows » whatever system was chosen',
    override: mails((m) => ({
      order: (o) => m.order({ ...o, order: { ...o.order, os: 'windows' } }),
    })),
  },
  'postal-address-missing-from-mail': {
    summary: 'the order e-mail no longer gives the postal address for the originals',
    override: mails((m) => ({ order: (o) => m.order({ ...o, address: [] }) })),
  },
  'purchase-order-not-listed': {
    summary: 'with « Autre », the documents to send no longer ask for the customer’s own purchase order',
    override: mails((m) => {
      const withoutPurchaseOrder = (docs: string[]) =>
        docs.filter((d) => !d.startsWith('Votre bon de commande'));
      return {
        order: (o) => m.order({ ...o, documents: withoutPurchaseOrder(o.documents) }),
        orderForm: (o) => m.orderForm({ ...o, documents: withoutPurchaseOrder(o.documents) }),
      };
    }),
  },
  'face-to-face-form-not-listed': {
    summary: 'for RGS**/RGS***, the documents to send no longer list the face-à-face form',
    override: mails((m) => {
      const withoutForm = (docs: string[]) => docs.filter((d) => !d.includes('face-à-face'));
      return {
        order: (o) => m.order({ ...o, documents: withoutForm(o.documents) }),
        orderForm: (o) => m.orderForm({ ...o, documents: withoutForm(o.documents) }),
      };
    }),
  },
  'pdf-purchase-order-empty': {
    summary: 'the PDF order form leaves the purchase-order number empty',
    override: mails((m) => ({
      orderForm: (o) => m.orderForm({ ...o, order: { ...o.order, purchaseOrder: null } }),
    })),
  },
  'pdf-wrong-duration': {
    summary: 'the PDF order form says « 1 an » whatever duration was ordered',
    override: mails((m) => ({
      orderForm: (o) => m.orderForm({ ...o, order: { ...o.order, duration: 1 } }),
    })),
  },
  'pdf-documents-page-empty': {
    summary: 'the PDF’s last page lists no supporting documents',
    override: mails((m) => ({ orderForm: (o) => m.orderForm({ ...o, documents: [] }) })),
  },
  'confirmation-shows-orderer-as-holder': {
    summary: 'the confirmation’s summary names the person who ordered as the holder',
    override: storeMethods((s) => ({
      order: (number) => {
        const order = s.order(number);
        return order && { ...order, holderId: order.orderedBy };
      },
    })),
  },
  'confirmation-total-with-fee': {
    summary: 'the confirmation’s total adds the 50 € face-à-face fee to the price of an RGS**/RGS*** order',
    override: storeMethods((s) => ({
      order: (number) => {
        const order = s.order(number);
        const fee = order && ['rgs2', 'rgs3'].includes(order.productSlug) ? 50 : 0;
        return order && { ...order, totalHT: order.totalHT + fee };
      },
    })),
  },
} satisfies Record<string, Defect>;
