/** How an order is paid: the four modes, and the purchase order « Autre » asks for. */

export const PAYMENT_MODES = [
  { value: 'carte', label: 'Carte Bancaire' },
  { value: 'virement', label: 'Virement' },
  { value: 'cheque', label: 'Chèque' },
  { value: 'autre', label: 'Autre' },
] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number]['value'];

// Equivalent mutant (docs/mutation.md): only stored orders' modes reach this, and checkOrder
// stores only a mode it found in PAYMENT_MODES, so `find` always finds and `?.` never acts.
// Stryker disable next-line OptionalChaining: equivalent: every stored order's mode is one of PAYMENT_MODES
export const paymentLabel = (mode: PaymentMode) => PAYMENT_MODES.find((m) => m.value === mode)?.label ?? mode;
/** The payment mode that asks for a purchase-order number. */
export const PURCHASE_ORDER_MODE: PaymentMode = 'autre';
/** A purchase-order number is anything but blank. */
export const PURCHASE_ORDER_PATTERN = /\S/;
