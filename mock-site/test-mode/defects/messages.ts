import { UNKNOWN_PARTNER } from '../../domain/catalogue.ts';
import type { Defect } from './overrides.ts';
import { accounts, orderPage } from './overrides.ts';

/**
 * What single screens show by default and say to an empty or repeated input
 * (guide/rules/messages.ts). Each entry: what the defect breaks (`summary`) and what it
 * replaces (`override`).
 */
export const MESSAGE_DEFECTS = {
  'signup-second-area-for-siret': {
    summary: 'creating a customer area for a SIRET that already has one creates a second one',
    override: accounts(() => ({ siretTaken: () => false })),
  },
  'empty-partner-code-called-unknown': {
    summary: 'an empty partner code gets « Ce code partenaire est inconnu. » instead of being asked for',
    override: { behaviour: () => ({ emptyPartnerCodeAnswer: UNKNOWN_PARTNER }) },
  },
  'price-prompt-missing': {
    summary:
      'the « Tarif » box is empty before a type and a duration are chosen: no « Choisissez un type de certificat et une durée »',
    override: orderPage(() => ({ placeholder: '' })),
  },
  'payment-prompt-missing': {
    summary:
      'the payment modes come without « Veuillez sélectionner un moyen de paiement afin de finaliser votre commande »',
    override: orderPage(() => ({ paymentPrompt: '' })),
  },
  'sha256-note-outdated': {
    summary: 'the SHA-256 note under the operating systems says « Windows XP SP2 », not the guide’s SP3',
    override: orderPage((told) => ({
      notes: { ...told.notes, sha256: told.notes.sha256.replace('Windows XP SP3', 'Windows XP SP2') },
    })),
  },
  'orderer-not-checked-by-default': {
    summary: '« Certificat délivré pour ? » opens with no holder checked, not the person connected',
    override: orderPage(() => ({ ordererCheckedByDefault: false })),
  },
  'manager-no-result-silent': {
    summary: 'a manager search that finds no account shows nothing, not « Aucun compte client… »',
    override: accounts(() => ({ managerNoResult: () => '' })),
  },
} satisfies Record<string, Defect>;
