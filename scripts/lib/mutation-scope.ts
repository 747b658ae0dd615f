/**
 * What `npm run mutation` mutates (the mock's domain rules and the order and person checks, not its
 * views or its HTTP plumbing), and for each file the rules of the inventory (guide/rules.ts) it
 * serves: a mutant of that file is first run against the tests that declare those rules
 * (`covers(...)`), the whole browser project only when they all pass (docs/mutation.md).
 *
 * The lists are written by hand from what each file's code decides; a rule missing here costs time
 * (its mutants go on to the whole project), not a wrong score.
 */
import type { RuleId } from '../../guide/rules.ts';

export const MUTATION_SCOPE = {
  // Products, durations, partners, systems and their labels, the « 250.0 € HT » format.
  'mock-site/domain/catalogue.ts': [
    'partner-code',
    'partner-code-typing',
    'partner-code-empty',
    'catalogue-whole',
    'catalogue-opens-form',
    'price-table',
    'price-face-to-face',
    'price-prompt',
    'cgu-authority',
    'confirmation-summary',
    'order-mail-summary',
    'pdf-fields',
    'server-price',
  ],
  // The price table, the authorities, the catalogue and partner step, payment modes, who may
  // order for another person, the SIRET check, as the server and the order page read them.
  'mock-site/domain/portal-rules.ts': [
    'price-table',
    'price-face-to-face',
    'cgu-authority',
    'catalogue-whole',
    'partner-code',
    'partner-code-typing',
    'payment-modes',
    'holder-another-person',
    'holder-needs-rights',
    'signup-siret-luhn',
    'signup-siret-la-poste',
    'signup-siret-format',
    'signup-administration',
    'server-price',
    'server-other-holder',
    'server-administration-payment',
    'confirmation-summary',
  ],
  // The server's own checks of a posted order.
  'mock-site/domain/order-checks.ts': [
    'server-other-holder',
    'server-holder-of-account',
    'server-cgu',
    'server-price',
    'server-purchase-order',
    'server-administration-payment',
    'partner-code',
    'holder-default',
    'confirmation-summary',
    'created-user-may-order',
  ],
  // What the order page is told: required fields, prompts, the face-to-face line, what clears.
  'mock-site/domain/order-page.ts': [
    'price-prompt',
    'payment-prompt',
    'price-table',
    'price-face-to-face',
    'cgu-authority',
    'payment-modes',
    'purchase-order-number',
    'commander-greyed',
    'clear-form',
    'holder-default',
    'holder-another-person',
    'server-cgu',
  ],
  'mock-site/domain/payment.ts': [
    'payment-modes',
    'payment-prompt',
    'purchase-order-number',
    'server-purchase-order',
    'server-administration-payment',
    'documents-purchase-order',
    'order-mail-summary',
    'pdf-fields',
  ],
  'mock-site/domain/documents.ts': [
    'supporting-documents',
    'documents-face-to-face',
    'documents-purchase-order',
    'postal-address',
    'pdf-documents',
  ],
  'mock-site/domain/siret.ts': [
    'signup-siret-luhn',
    'signup-siret-la-poste',
    'signup-siret-format',
    'signup-siret-taken',
    'forgotten-identifier-known-siret',
    'forgotten-identifier-unknown-siret',
  ],
  // Holders in capitals, the manager's case- and accent-blind search.
  'mock-site/domain/text.ts': [
    'confirmation-summary',
    'order-mail-summary',
    'pdf-fields',
    'holders-offered',
    'manager-search',
  ],
  // Login, passwords, signup, forgotten identifier, users, holders offered, the manager's columns.
  'mock-site/domain/account-behaviour.ts': [
    'login-password',
    'login-unknown-identifier',
    'login-identifier-any-case',
    'login-pending-user',
    'password-min-length',
    'password-confirmation',
    'password-reset',
    'signup-administration',
    'signup-activation',
    'signup-siret-taken',
    'forgotten-identifier-known-siret',
    'forgotten-identifier-unknown-siret',
    'forgotten-identifier-email',
    'create-user-admin-only',
    'created-user-pending',
    'holders-offered',
    'manager-search',
    'manager-admin-identifier',
    'manager-no-result',
  ],
  // The first problem with a posted person (signup, « Créer un utilisateur ») or new password.
  'mock-site/http/form-checks.ts': [
    'signup-activation',
    'signup-siret-taken',
    'created-user-pending',
    'created-user-may-order',
    'password-min-length',
    'password-confirmation',
    'password-reset',
  ],
} as const satisfies Record<string, readonly RuleId[]>;

export type MutatedFile = keyof typeof MUTATION_SCOPE;

export const MUTATED_FILES = Object.keys(MUTATION_SCOPE) as MutatedFile[];
