import { PARTNERS, UNKNOWN_PARTNER } from '../../domain/catalogue.ts';
import { PAYMENT_MODES } from '../../domain/payment.ts';
import type { Defect } from './overrides.ts';
import { orderPage } from './overrides.ts';

/**
 * The partner step, the catalogue, the order form and what its page is told, prices and
 * authorities (guide/rules/orders.ts). Each entry: what the defect breaks (`summary`) and what
 * it replaces (`override`).
 */
export const ORDER_DEFECTS = {
  'commander-ignores-type': {
    summary: '« Commander » is enabled with the CGU ticked but no type of certificate chosen',
    // The price follows the type: without a type there is none, so the defect waits for neither.
    override: orderPage((told) => ({
      required: told.required.filter((name) => name !== 'produit' && name !== 'prix'),
    })),
  },
  'partner-code-ignored': {
    summary: 'a known partner code leads to the whole catalogue, not the partner’s products',
    override: {
      rules: (r) => ({
        checkPartnerCode: (code) => {
          const checked = r.checkPartnerCode(code);
          return checked.ok ? { ok: true, partner: undefined } : checked;
        },
      }),
    },
  },
  'unknown-partner-code-accepted': {
    summary: 'an unknown partner code is accepted and leads to the whole catalogue',
    override: {
      rules: (r) => ({
        checkPartnerCode: (code) => {
          const checked = r.checkPartnerCode(code);
          return checked.ok ? checked : { ok: true, partner: undefined };
        },
      }),
    },
  },
  'catalogue-missing-rgs3': {
    summary: 'the catalogue no longer lists « Pack ID RGS*** »',
    override: {
      rules: (r) => ({ catalogue: (partner) => r.catalogue(partner).filter((p) => p.slug !== 'rgs3') }),
    },
  },
  'catalogue-missing-chiffrement': {
    summary: 'the catalogue no longer lists « Chiffrement »',
    override: {
      rules: (r) => ({
        catalogue: (partner) => r.catalogue(partner).filter((p) => p.slug !== 'chiffrement'),
      }),
    },
  },
  'partner-code-case-sensitive': {
    summary: 'a partner code typed in lower case (« dematis ») is refused as unknown',
    override: {
      rules: (r) => ({
        checkPartnerCode: (code) =>
          code.trim() === code.trim().toUpperCase()
            ? r.checkPartnerCode(code)
            : { ok: false, message: UNKNOWN_PARTNER },
      }),
    },
  },
  'partner-code-prefix-accepted': {
    summary: 'a code that only begins with a partner’s code (« DEMATIS2 ») is taken for that partner’s',
    override: {
      rules: (r) => ({
        checkPartnerCode: (code) => {
          const checked = r.checkPartnerCode(code);
          const near = PARTNERS.find((p) => code.trim().toUpperCase().startsWith(p.code));
          return checked.ok || !near ? checked : { ok: true, partner: near };
        },
      }),
    },
  },
  'commander-never-greyed': {
    summary: '« Commander » is enabled whatever is missing',
    override: orderPage(() => ({ required: [] })),
  },
  'commander-greyed-after-purchase-order': {
    summary: '« Commander » stays greyed with « Autre » whatever purchase-order number is typed',
    // A pattern nothing matches.
    override: orderPage(() => ({ purchaseOrderPattern: '(?!)' })),
  },
  'face-to-face-fee-missing': {
    summary: 'the « Tarif » box drops the « Frais de face-à-face » line for RGS**/RGS***',
    override: orderPage((told) => ({
      products: told.products.map((p) => ({ ...p, faceToFace: false })),
    })),
  },
  'clear-form-keeps-cgu': {
    summary: '« Effacer le formulaire » leaves the CGU box ticked',
    override: orderPage((told) => ({ clears: told.clears.filter((name) => name !== 'cgu') })),
  },
  'clear-form-keeps-purchase-order': {
    summary:
      '« Effacer le formulaire » leaves the purchase-order number typed (it shows again with « Autre »)',
    override: orderPage((told) => ({
      clears: told.clears.filter((name) => name !== 'bon_commande'),
    })),
  },
  'clear-form-keeps-os': {
    summary: '« Effacer le formulaire » leaves the operating system chosen',
    override: orderPage((told) => ({ clears: told.clears.filter((name) => name !== 'os') })),
  },
  'commander-ignores-terms': {
    summary: '« Commander » is enabled before the CGU box is ticked',
    override: orderPage((told) => ({
      required: told.required.filter((name) => name !== 'cgu'),
    })),
  },
  'commander-ignores-os': {
    summary: '« Commander » is enabled with no operating system chosen',
    override: orderPage((told) => ({ required: told.required.filter((name) => name !== 'os') })),
  },
  'blank-purchase-order-enables-commander': {
    summary: '« Commander » is enabled with « Autre » and no purchase-order number',
    // An empty pattern matches any number, a blank one too.
    override: orderPage(() => ({ purchaseOrderPattern: '' })),
  },
  'face-to-face-fee-on-rgs1': {
    summary: 'the « Tarif » box adds the « Frais de face-à-face » line to « Pack ID RGS* »',
    override: orderPage((told) => ({
      products: told.products.map((p) => (p.slug === 'rgs1' ? { ...p, faceToFace: true } : p)),
    })),
  },
  'page-price-chiffrement-3-years': {
    summary:
      'the « Tarif » box shows 160.0 € HT for Chiffrement, 3 ans (the page’s table, not the server’s 150.0)',
    override: orderPage((told) => ({
      products: told.products.map((p) =>
        p.slug === 'chiffrement' ? { ...p, prices: { ...p.prices, 3: 160 } } : p,
      ),
    })),
  },
  'wrong-price-rgs3-2-years': {
    summary: 'the price table charges 290.0 € HT instead of 270.0 for RGS***, 2 ans',
    override: {
      rules: (r) => ({ prices: { ...r.prices, rgs3: { ...r.prices.rgs3, 2: 290 } } }),
    },
  },
  'cgu-wrong-authority': {
    summary: 'the CGU box names the authority CERTIGNA ID RGS** for a Pack ID RGS*** order',
    override: {
      rules: (r) => ({ authorities: { ...r.authorities, rgs3: r.authorities.rgs2 } }),
    },
  },
  'wrong-price-chiffrement-2-years': {
    summary: 'the price table charges 115.0 € HT instead of 105.0 for Chiffrement, 2 ans',
    override: {
      rules: (r) => ({ prices: { ...r.prices, chiffrement: { ...r.prices.chiffrement, 2: 115 } } }),
    },
  },
  'wrong-price-rgs1-1-year': {
    summary: 'the price table charges 99.0 € HT instead of 90.0 for Pack ID RGS*, 1 an',
    override: {
      rules: (r) => ({ prices: { ...r.prices, rgs1: { ...r.prices.rgs1, 1: 99 } } }),
    },
  },
  'cgu-wrong-authority-chiffrement': {
    summary: 'the CGU box names CERTIGNA ID RGS* for a Chiffrement order',
    override: {
      rules: (r) => ({ authorities: { ...r.authorities, chiffrement: r.authorities.rgs1 } }),
    },
  },
  'delegue-not-offered-another-person': {
    summary: 'a Délégué account may no longer order for another person (only Mandataire accounts may)',
    override: {
      rules: () => ({ mayOrderForAnother: (account) => account.mandataire }),
    },
  },
  'administration-offered-card': {
    summary: 'an administration is offered every payment mode, not only « Autre »',
    override: orderPage(() => ({ paymentModes: PAYMENT_MODES.map((m) => m.value) })),
  },
  'another-person-offered-to-plain-account': {
    summary: 'a plain account (neither Délégué nor Mandataire) is offered « Une autre personne de »',
    override: orderPage(() => ({ mayOrderForAnother: true })),
  },
} satisfies Record<string, Defect>;
