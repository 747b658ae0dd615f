/**
 * Named, plausible regressions the mock can be started with (`MOCK_DEFECTS=a,b`), so the suite can
 * prove it catches them (`npm run defects`). Only honoured in test mode (`MOCK_TEST_TOKEN` set).
 * Each defect is one small `if (isOn('name'))` branch next to the rule it breaks: in the server's
 * code for a server rule, in the order page's script (which reads `pageDefects()` from the form's
 * `data-defects`) for a page behaviour. To add one: a line here, its branch, then
 * `npm run defects -- --only <name>` until the suite catches it.
 */
export const DEFECTS = {
  // Login and customer area
  'login-accepts-wrong-password': 'the login form lets a known identifier in with any password',
  'customer-area-without-session':
    'customer pages skip the login redirect without a session (the page then fails to render)',
  // Forgotten identifier, new users
  'forgotten-identifier-reveals-unknown-siret':
    'an unknown SIRET gets « Aucun espace client pour ce SIRET. » instead of the guide’s neutral message',
  'identifier-mail-not-sent': '« Identifiant oublié » confirms but never sends the identifier e-mail',
  'activation-link-broken':
    'opening the activation link uses its token up, so activating then says the link is no longer valid',
  'signup-accepts-invalid-siret': 'creating a customer area no longer checks the SIRET (Luhn)',
  // Partner step and catalogue
  'partner-code-ignored': 'a known partner code leads to the whole catalogue, not the partner’s products',
  'unknown-partner-code-accepted': 'an unknown partner code is accepted and leads to the whole catalogue',
  'catalogue-missing-rgs3': 'the catalogue no longer lists « Pack ID RGS*** »',
  // Order form: the page's script
  'commander-never-greyed': '« Commander » is enabled whatever is missing',
  'commander-greyed-after-purchase-order':
    '« Commander » stays greyed forever once the purchase-order field has been typed in',
  'face-to-face-fee-missing': 'the « Tarif » box drops the « Frais de face-à-face » line for RGS**/RGS***',
  'clear-form-keeps-cgu': '« Effacer le formulaire » leaves the CGU box ticked',
  // Order form: rules and page
  'wrong-price-rgs3-2-years': 'the price table charges 290.0 € HT instead of 270.0 for RGS***, 2 ans',
  'cgu-wrong-authority': 'the CGU box names the authority CERTIGNA ID RGS** for a Pack ID RGS*** order',
  'administration-offered-card': 'an administration is offered every payment mode, not only « Autre »',
  'another-person-offered-to-plain-account':
    'a plain account (neither Délégué nor Mandataire) is offered « Une autre personne de »',
  // Order: the server's own checks
  'server-accepts-other-holder-from-plain-account':
    'the server stores an order for another holder sent by a plain account',
  'server-accepts-order-without-cgu': 'the server stores an order whose CGU were not accepted',
  'server-accepts-any-price': 'the server stores an order whatever price it was sent',
  // After the order: mail and PDF
  'order-mail-without-pdf': 'the order e-mail has no PDF order form attached',
  'pdf-wrong-holder': 'the PDF order form names the person who ordered, not the certificate holder',
  'supporting-documents-missing': 'the order e-mail no longer lists the supporting documents to send',
  // Manager
  'manager-search-case-sensitive': 'the manager’s company search only finds the name typed with its capitals',
  'mandataire-switch-not-saved': '« Activer la fonction mandataire » is not saved on the account',
} as const satisfies Record<string, string>;

export type DefectName = keyof typeof DEFECTS;

/** The defects this process was started with; an unknown name stops the mock with its name. */
export function activeDefects(env: NodeJS.ProcessEnv = process.env): Set<DefectName> {
  if (!env.MOCK_TEST_TOKEN) return new Set();
  const names = (env.MOCK_DEFECTS ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in DEFECTS));
  if (unknown.length) {
    throw new Error(
      `MOCK_DEFECTS: unknown defect(s) ${unknown.join(', ')}; known: ${Object.keys(DEFECTS).join(', ')}`,
    );
  }
  return new Set(names as DefectName[]);
}

const active = activeDefects();

export function isOn(name: DefectName): boolean {
  return active.has(name);
}

/** Active defects as the order page's `data-defects` attribute (undefined when none, so no attribute). */
export function pageDefects(): string | undefined {
  return active.size ? [...active].join(' ') : undefined;
}
