import type { Behaviour, Mails, OrderChecks } from './behaviour.ts';
import { BEHAVIOUR } from './behaviour.ts';
import type { AccountBehaviour } from './account-behaviour.ts';
import type { OrderPageRules, Rules, SiretCheck } from './domain.ts';
import {
  LA_POSTE_SIREN,
  luhnValid,
  normaliseSiret,
  PARTNERS,
  PAYMENT_MODES,
  RULES,
  searchKey,
  SIRET_INVALID_MESSAGE,
  SIRET_LENGTH_MESSAGE,
  UNKNOWN_PARTNER,
} from './domain.ts';
import type { Store } from './store.ts';
import { sessionOf } from './web.ts';

/**
 * Named, plausible regressions the mock can be started with (`MOCK_DEFECTS=a,b`), so the suite can
 * prove it catches them (`npm run defects`). Only honoured in test mode (`MOCK_TEST_TOKEN` set).
 * A defect is not a branch in the portal's code: it replaces one of the portal's rules (`Rules`,
 * domain.ts) or a part of its behaviour (`Behaviour`, behaviour.ts), and server.ts hands the result
 * to `buildApp`, as it does the faults. The order page's script follows what it is told in its
 * `data-rules`, so a page defect replaces what the page is told (`orderPage`), the server's own
 * checks unchanged. To add one: a line in DEFECTS, its override in OVERRIDES, then
 * `npm run defects -- --only <name>` until the suite catches it.
 */
export const DEFECTS = {
  // Login and customer area
  'login-accepts-wrong-password': 'the login form lets a known identifier in with any password',
  'customer-area-without-session':
    'customer pages skip the login redirect without a session (the page then fails to render)',
  'login-reveals-unknown-identifier':
    'an unknown identifier gets « Identifiant inconnu. », which tells it from a wrong password',
  'login-case-sensitive': 'the login form only knows an identifier typed with its own capitals',
  'password-caps-lock-accepted':
    'the login form also takes the password typed with Caps Lock on (the case of every letter inverted)',
  'pending-user-can-log-in': 'a user who has not activated their account gets past the login form',
  'logout-keeps-session': '« Se déconnecter » only shows the login page: the session and its cookie stay',
  'logout-keeps-server-session':
    '« Se déconnecter » drops the cookie but the session stays valid on the server',
  'logout-redirects-home': '« Se déconnecter » lands on the home page instead of the login page',
  'password-min-length-off-by-one': 'a new password needs 9 characters, not 8 (8 are refused)',
  'password-length-not-checked': 'a new password of any length is accepted',
  'password-confirmation-ignored': 'a new password is saved even when its confirmation differs',
  'reset-link-reusable': 'a password reset link still works after it was used',
  'reset-mail-not-sent': '« Mot de passe oublié » confirms but never sends the reset e-mail',
  // Forgotten identifier, new users
  'forgotten-identifier-reveals-unknown-siret':
    'an unknown SIRET gets « Aucun espace client pour ce SIRET. » instead of the guide’s neutral message',
  'identifier-mail-not-sent': '« Identifiant oublié » confirms but never sends the identifier e-mail',
  'activation-link-broken':
    'opening the activation link uses its token up, so activating then says the link is no longer valid',
  'signup-accepts-invalid-siret': 'creating a customer area no longer checks the SIRET (Luhn)',
  'siret-la-poste-refused':
    'a La Poste SIRET (SIREN 356000000, digit sum a multiple of 5) is refused by the Luhn check',
  'siret-la-poste-any-accepted': 'any 14-digit SIRET of La Poste’s SIREN is accepted, whatever its digit sum',
  'siret-spaces-refused': 'a SIRET typed with spaces (« 732 829 320 00074 ») is refused as not 14 digits',
  'siret-too-long-cut': 'a SIRET of more than 14 digits is cut to its first 14 instead of being refused',
  'signup-second-area-for-siret':
    'creating a customer area for a SIRET that already has one creates a second one',
  'signup-administration-as-company':
    'an administration (SIREN starting with 1 or 2) that creates its customer area is made a company',
  'activation-mail-shows-email':
    'the activation e-mail gives the e-mail address where it should give the identifier',
  'identifier-mail-gives-email':
    'the « Identifiant oublié » e-mail gives the e-mail address instead of the identifier',
  'forgotten-identifier-ignores-email':
    '« Identifiant oublié » with a SIRET and an unknown e-mail sends the identifier to the administrator',
  'forgotten-identifier-email-case-sensitive':
    '« Identifiant oublié » refuses the account’s e-mail address typed in another case',
  'identifier-mail-to-pending-admin':
    '« Identifiant oublié » with a SIRET only writes to the first administrator, even one not yet activated',
  'created-user-listed-active': 'a user an administrator creates is listed « Actif » before activating',
  'activated-user-not-active':
    'activating an account saves the password but leaves the user unable to log in',
  'created-user-is-admin': 'a user an administrator creates is an administrator too (may create users)',
  'create-user-form-shown-to-everyone':
    '« Créer un utilisateur » is shown to users who are not administrators',
  'pending-users-offered-as-holders': 'users not yet activated are offered as « Autre porteur »',
  'self-offered-as-other-holder': 'the person ordering is offered as « Autre porteur » too',
  // Partner step and catalogue
  'partner-code-ignored': 'a known partner code leads to the whole catalogue, not the partner’s products',
  'unknown-partner-code-accepted': 'an unknown partner code is accepted and leads to the whole catalogue',
  'catalogue-missing-rgs3': 'the catalogue no longer lists « Pack ID RGS*** »',
  'catalogue-missing-chiffrement': 'the catalogue no longer lists « Chiffrement »',
  'partner-code-case-sensitive': 'a partner code typed in lower case (« dematis ») is refused as unknown',
  'partner-code-prefix-accepted':
    'a code that only begins with a partner’s code (« DEMATIS2 ») is taken for that partner’s',
  'empty-partner-code-called-unknown':
    'an empty partner code gets « Ce code partenaire est inconnu. » instead of being asked for',
  // Order form: the page's script
  'commander-never-greyed': '« Commander » is enabled whatever is missing',
  'commander-greyed-after-purchase-order':
    '« Commander » stays greyed with « Autre » whatever purchase-order number is typed',
  'face-to-face-fee-missing': 'the « Tarif » box drops the « Frais de face-à-face » line for RGS**/RGS***',
  'clear-form-keeps-cgu': '« Effacer le formulaire » leaves the CGU box ticked',
  'clear-form-keeps-purchase-order':
    '« Effacer le formulaire » leaves the purchase-order number typed (it shows again with « Autre »)',
  'clear-form-keeps-os': '« Effacer le formulaire » leaves the operating system chosen',
  'commander-ignores-terms': '« Commander » is enabled before the CGU box is ticked',
  'commander-ignores-os': '« Commander » is enabled with no operating system chosen',
  'blank-purchase-order-enables-commander':
    '« Commander » is enabled with « Autre » and no purchase-order number',
  'face-to-face-fee-on-rgs1': 'the « Tarif » box adds the « Frais de face-à-face » line to « Pack ID RGS* »',
  'price-prompt-missing':
    'the « Tarif » box is empty before a type and a duration are chosen: no « Choisissez un type de certificat et une durée »',
  'payment-prompt-missing':
    'the payment modes come without « Veuillez sélectionner un moyen de paiement afin de finaliser votre commande »',
  'orderer-not-checked-by-default':
    '« Certificat délivré pour ? » opens with no holder checked, not the person connected',
  'page-price-chiffrement-3-years':
    'the « Tarif » box shows 160.0 € HT for Chiffrement, 3 ans (the page’s table, not the server’s 150.0)',
  // Order form: rules and page
  'wrong-price-rgs3-2-years': 'the price table charges 290.0 € HT instead of 270.0 for RGS***, 2 ans',
  'cgu-wrong-authority': 'the CGU box names the authority CERTIGNA ID RGS** for a Pack ID RGS*** order',
  'wrong-price-chiffrement-2-years':
    'the price table charges 115.0 € HT instead of 105.0 for Chiffrement, 2 ans',
  'wrong-price-rgs1-1-year': 'the price table charges 99.0 € HT instead of 90.0 for Pack ID RGS*, 1 an',
  'cgu-wrong-authority-chiffrement': 'the CGU box names CERTIGNA ID RGS* for a Chiffrement order',
  'delegue-not-offered-another-person':
    'a Délégué account may no longer order for another person (only Mandataire accounts may)',
  'administration-offered-card': 'an administration is offered every payment mode, not only « Autre »',
  'another-person-offered-to-plain-account':
    'a plain account (neither Délégué nor Mandataire) is offered « Une autre personne de »',
  // Order: the server's own checks
  'server-accepts-other-holder-from-plain-account':
    'the server stores an order for another holder sent by a plain account',
  'server-accepts-order-without-cgu': 'the server stores an order whose CGU were not accepted',
  'server-accepts-any-price': 'the server stores an order whatever price it was sent',
  'server-accepts-blank-purchase-order': 'the server stores an « Autre » order with no purchase-order number',
  'server-accepts-card-from-administration': 'the server stores an administration’s order paid by card',
  'server-accepts-holder-of-another-account':
    'the server stores a mandataire’s order whose holder is a user of another account',
  // After the order: mail and PDF
  'order-mail-without-pdf': 'the order e-mail has no PDF order form attached',
  'pdf-wrong-holder': 'the PDF order form names the person who ordered, not the certificate holder',
  'supporting-documents-missing': 'the order e-mail no longer lists the supporting documents to send',
  'order-mail-not-sent-to-holder':
    'an order for another person is mailed to the orderer only, not to the holder',
  'order-mail-copies-sales-team':
    'the order e-mail also goes to commandes@certigna.example, beside the customer',
  'order-mail-wrong-os': 'the order e-mail’s summary says « Windows » whatever system was chosen',
  'postal-address-missing-from-mail': 'the order e-mail no longer gives the postal address for the originals',
  'purchase-order-not-listed':
    'with « Autre », the documents to send no longer ask for the customer’s own purchase order',
  'face-to-face-form-not-listed':
    'for RGS**/RGS***, the documents to send no longer list the face-à-face form',
  'pdf-purchase-order-empty': 'the PDF order form leaves the purchase-order number empty',
  'pdf-wrong-duration': 'the PDF order form says « 1 an » whatever duration was ordered',
  'pdf-documents-page-empty': 'the PDF’s last page lists no supporting documents',
  // The confirmation page
  'confirmation-shows-orderer-as-holder':
    'the confirmation’s summary names the person who ordered as the holder',
  'confirmation-total-with-fee':
    'the confirmation’s total adds the 50 € face-à-face fee to the price of an RGS**/RGS*** order',
  // Manager
  'manager-search-case-sensitive': 'the manager’s company search only finds the name typed with its capitals',
  'mandataire-switch-not-saved': '« Activer la fonction mandataire » is not saved on the account',
  'manager-search-prefix-only': 'the manager’s company search only finds names that start with what is typed',
  'manager-search-accent-sensitive': 'the manager’s company search needs the accents typed as in the name',
  'manager-shows-admin-email': 'the manager’s « Identifiant administrateur » column shows the e-mail address',
  'manager-no-result-silent':
    'a manager search that finds no account shows nothing, not « Aucun compte client… »',
} as const satisfies Record<string, string>;

export type DefectName = keyof typeof DEFECTS;

/** The portal's replaceable parts, as `buildApp` takes them. */
export type Parts = { rules: Rules; behaviour: Behaviour };

/** What a defect replaces, given the parts as earlier defects left them (so defects combine). */
type Override = {
  rules?: (current: Rules) => Partial<Rules>;
  behaviour?: (current: Behaviour) => Partial<Behaviour>;
};

/** The order page is told something else; the server's own checks still hold. */
function orderPage(change: (told: OrderPageRules) => Partial<OrderPageRules>): Override {
  return {
    behaviour: (b) => ({
      orderPage: (...args) => {
        const told = b.orderPage(...args);
        return { ...told, ...change(told) };
      },
    }),
  };
}

/** The server stops making one of its own checks of a posted order. */
function orderChecks(change: Partial<OrderChecks>): Override {
  return { behaviour: (b) => ({ orderChecks: { ...b.orderChecks, ...change } }) };
}

/** « aBc » → « AbC », as typed with Caps Lock on. */
function invertCase(text: string): string {
  return [...text].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('');
}

/** One member of the account behaviour (account-behaviour.ts) acts otherwise. */
function accounts(change: (current: AccountBehaviour) => Partial<AccountBehaviour>): Override {
  return { behaviour: (b) => ({ accounts: { ...b.accounts, ...change(b.accounts) } }) };
}

/** The portal's SIRET check with one more rule in front of it. */
function siret(change: (input: string, current: Rules['checkSiret']) => SiretCheck): Override {
  return { rules: (r) => ({ checkSiret: (input) => change(input, r.checkSiret) }) };
}

function mails(change: (current: Mails) => Partial<Mails>): Override {
  return { behaviour: (b) => ({ mails: { ...b.mails, ...change(b.mails) } }) };
}

/** Some of the store's methods act otherwise; the others, and the state, stay the store's own. */
function storeMethods(change: (inner: Store) => Partial<Store>): Override {
  return {
    behaviour: (b) => ({
      store: (store) => {
        const inner = b.store(store);
        const replaced: Partial<Store> = change(inner);
        return new Proxy(inner, {
          get(target, key) {
            if (Object.hasOwn(replaced, key)) return replaced[key as keyof Store];
            const value: unknown = Reflect.get(target, key);
            // Bound, so that the store's own methods keep working on its own state.
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    }),
  };
}

/** Each defect's override: what it replaces, and with what. */
export const OVERRIDES = {
  'login-accepts-wrong-password': { behaviour: () => ({ verifyPassword: async () => true }) },
  'customer-area-without-session': {
    behaviour: (b) => ({
      requireCustomer: (store) => {
        const guard = b.requireCustomer(store);
        // Without a session the page itself is reached, and cannot render.
        return async (c, next) => (sessionOf(c, store, 'customer') ? guard(c, next) : next());
      },
    }),
  },
  'login-reveals-unknown-identifier': accounts((a) => ({
    loginRefusal: (reason) => (reason === 'unknown' ? 'Identifiant inconnu.' : a.loginRefusal(reason)),
  })),
  'login-case-sensitive': storeMethods((s) => ({
    userByLogin: (login) => {
      const user = s.userByLogin(login);
      return user?.login === login.trim() ? user : undefined;
    },
  })),
  'password-caps-lock-accepted': {
    behaviour: (b) => ({
      verifyPassword: async (password, hash) =>
        (await b.verifyPassword(password, hash)) || b.verifyPassword(invertCase(password), hash),
    }),
  },
  'pending-user-can-log-in': accounts(() => ({ mayLogIn: () => true })),
  'logout-keeps-session': accounts(() => ({
    logOut: (_store, _kind, loginPath) => (c) => Promise.resolve(c.redirect(loginPath, 303)),
  })),
  'logout-keeps-server-session': accounts((a) => ({
    // The store it is handed forgets nothing: only the cookie goes.
    logOut: (store, kind, loginPath) =>
      a.logOut(
        Object.assign(Object.create(store) as Store, { deleteSession: () => undefined }),
        kind,
        loginPath,
      ),
  })),
  'logout-redirects-home': accounts((a) => ({ logOut: (store, kind) => a.logOut(store, kind, '/') })),
  'password-min-length-off-by-one': accounts((a) => ({ minPasswordLength: a.minPasswordLength + 1 })),
  'password-length-not-checked': accounts(() => ({ minPasswordLength: 1 })),
  'password-confirmation-ignored': accounts(() => ({ passwordsMatch: () => true })),
  'reset-link-reusable': storeMethods((s) => ({
    tokenUser: (token, purpose, consume) => s.tokenUser(token, purpose, consume && purpose !== 'reset'),
  })),
  'reset-mail-not-sent': mails(() => ({ reset: async () => null })),
  'forgotten-identifier-reveals-unknown-siret': {
    behaviour: () => ({ unknownSiretAnswer: 'Aucun espace client pour ce SIRET.' }),
  },
  'identifier-mail-not-sent': mails(() => ({ identifier: async () => null })),
  'activation-link-broken': storeMethods((s) => ({
    tokenUser: (token, purpose, consume) => s.tokenUser(token, purpose, consume || purpose === 'activation'),
  })),
  'signup-accepts-invalid-siret': {
    rules: () => ({ checkSiret: (input) => ({ ok: true, siret: normaliseSiret(input) }) }),
  },
  'siret-la-poste-refused': siret((input, check) => {
    const checked = check(input);
    return checked.ok && !luhnValid(checked.siret) ? { ok: false, message: SIRET_INVALID_MESSAGE } : checked;
  }),
  'siret-la-poste-any-accepted': siret((input, check) => {
    const digits = normaliseSiret(input);
    return /^\d{14}$/.test(digits) && digits.startsWith(LA_POSTE_SIREN)
      ? { ok: true, siret: digits }
      : check(input);
  }),
  'siret-spaces-refused': siret((input, check) =>
    /\s/.test(input) ? { ok: false, message: SIRET_LENGTH_MESSAGE } : check(input),
  ),
  'siret-too-long-cut': siret((input, check) => check(normaliseSiret(input).slice(0, 14))),
  'signup-second-area-for-siret': accounts(() => ({ siretTaken: () => false })),
  'signup-administration-as-company': accounts(() => ({ customerTypeOf: () => 'company' })),
  'activation-mail-shows-email': mails((m) => ({
    activation: (p, link, _login, skin) => m.activation(p, link, p.email, skin),
  })),
  'identifier-mail-gives-email': mails((m) => ({
    identifier: (p, _login, skin) => m.identifier(p, p.email, skin),
  })),
  'forgotten-identifier-ignores-email': accounts((a) => ({
    identifierRecipient: (users, email) => a.identifierRecipient(users, email) ?? a.identifierDefault(users),
  })),
  'forgotten-identifier-email-case-sensitive': accounts(() => ({
    identifierRecipient: (users, email) => users.find((u) => u.email === email),
  })),
  'identifier-mail-to-pending-admin': accounts(() => ({
    identifierDefault: (users) => users.find((u) => u.admin) ?? users[0],
  })),
  'created-user-listed-active': storeMethods((s) => ({
    createUser: (data) => s.createUser({ ...data, active: true }),
  })),
  'activated-user-not-active': storeMethods((s) => ({
    updateUser: (id, patch) => s.updateUser(id, { ...patch, active: s.user(id)?.active ?? false }),
  })),
  'created-user-is-admin': storeMethods((s) => ({
    createUser: (data) => s.createUser({ ...data, admin: true }),
  })),
  'create-user-form-shown-to-everyone': accounts(() => ({ showsCreateUserForm: () => true })),
  'pending-users-offered-as-holders': accounts(() => ({
    offeredHolders: (users, me) => users.filter((u) => u.id !== me.id),
  })),
  'self-offered-as-other-holder': accounts(() => ({
    offeredHolders: (users) => users.filter((u) => u.active),
  })),
  'partner-code-ignored': {
    rules: (r) => ({
      checkPartnerCode: (code) => {
        const checked = r.checkPartnerCode(code);
        return checked.ok ? { ok: true, partner: undefined } : checked;
      },
    }),
  },
  'unknown-partner-code-accepted': {
    rules: (r) => ({
      checkPartnerCode: (code) => {
        const checked = r.checkPartnerCode(code);
        return checked.ok ? checked : { ok: true, partner: undefined };
      },
    }),
  },
  'catalogue-missing-rgs3': {
    rules: (r) => ({ catalogue: (partner) => r.catalogue(partner).filter((p) => p.slug !== 'rgs3') }),
  },
  'catalogue-missing-chiffrement': {
    rules: (r) => ({ catalogue: (partner) => r.catalogue(partner).filter((p) => p.slug !== 'chiffrement') }),
  },
  'partner-code-case-sensitive': {
    rules: (r) => ({
      checkPartnerCode: (code) =>
        code.trim() === code.trim().toUpperCase()
          ? r.checkPartnerCode(code)
          : { ok: false, message: UNKNOWN_PARTNER },
    }),
  },
  'partner-code-prefix-accepted': {
    rules: (r) => ({
      checkPartnerCode: (code) => {
        const checked = r.checkPartnerCode(code);
        const near = PARTNERS.find((p) => code.trim().toUpperCase().startsWith(p.code));
        return checked.ok || !near ? checked : { ok: true, partner: near };
      },
    }),
  },
  'empty-partner-code-called-unknown': { behaviour: () => ({ emptyPartnerCodeAnswer: UNKNOWN_PARTNER }) },
  'commander-never-greyed': orderPage(() => ({ required: [] })),
  // A pattern nothing matches.
  'commander-greyed-after-purchase-order': orderPage(() => ({ purchaseOrderPattern: '(?!)' })),
  'face-to-face-fee-missing': orderPage((told) => ({
    products: told.products.map((p) => ({ ...p, faceToFace: false })),
  })),
  'clear-form-keeps-cgu': orderPage((told) => ({ clears: told.clears.filter((name) => name !== 'cgu') })),
  'clear-form-keeps-purchase-order': orderPage((told) => ({
    clears: told.clears.filter((name) => name !== 'bon_commande'),
  })),
  'clear-form-keeps-os': orderPage((told) => ({ clears: told.clears.filter((name) => name !== 'os') })),
  'commander-ignores-terms': orderPage((told) => ({
    required: told.required.filter((name) => name !== 'cgu'),
  })),
  'commander-ignores-os': orderPage((told) => ({ required: told.required.filter((name) => name !== 'os') })),
  // An empty pattern matches any number, a blank one too.
  'blank-purchase-order-enables-commander': orderPage(() => ({ purchaseOrderPattern: '' })),
  'face-to-face-fee-on-rgs1': orderPage((told) => ({
    products: told.products.map((p) => (p.slug === 'rgs1' ? { ...p, faceToFace: true } : p)),
  })),
  'price-prompt-missing': orderPage(() => ({ placeholder: '' })),
  'payment-prompt-missing': orderPage(() => ({ paymentPrompt: '' })),
  'orderer-not-checked-by-default': orderPage(() => ({ ordererCheckedByDefault: false })),
  'page-price-chiffrement-3-years': orderPage((told) => ({
    products: told.products.map((p) =>
      p.slug === 'chiffrement' ? { ...p, prices: { ...p.prices, 3: 160 } } : p,
    ),
  })),
  'wrong-price-rgs3-2-years': {
    rules: (r) => ({ prices: { ...r.prices, rgs3: { ...r.prices.rgs3, 2: 290 } } }),
  },
  'cgu-wrong-authority': {
    rules: (r) => ({ authorities: { ...r.authorities, rgs3: r.authorities.rgs2 } }),
  },
  'wrong-price-chiffrement-2-years': {
    rules: (r) => ({ prices: { ...r.prices, chiffrement: { ...r.prices.chiffrement, 2: 115 } } }),
  },
  'wrong-price-rgs1-1-year': {
    rules: (r) => ({ prices: { ...r.prices, rgs1: { ...r.prices.rgs1, 1: 99 } } }),
  },
  'cgu-wrong-authority-chiffrement': {
    rules: (r) => ({ authorities: { ...r.authorities, chiffrement: r.authorities.rgs1 } }),
  },
  'delegue-not-offered-another-person': {
    rules: () => ({ mayOrderForAnother: (account) => account.mandataire }),
  },
  'administration-offered-card': orderPage(() => ({ paymentModes: PAYMENT_MODES.map((m) => m.value) })),
  'another-person-offered-to-plain-account': orderPage(() => ({ mayOrderForAnother: true })),
  'server-accepts-other-holder-from-plain-account': orderChecks({ otherHolderAllowed: () => true }),
  'server-accepts-order-without-cgu': orderChecks({ cguAccepted: () => true }),
  'server-accepts-any-price': orderChecks({ priceAccepted: () => true }),
  'server-accepts-blank-purchase-order': orderChecks({ purchaseOrderAccepted: () => true }),
  'server-accepts-card-from-administration': orderChecks({ paymentAllowed: () => true }),
  'server-accepts-holder-of-another-account': orderChecks({ holderOfAccount: () => true }),
  'order-mail-without-pdf': mails((m) => ({
    order: async (o) => {
      const mail = await m.order(o);
      return mail && { ...mail, attachments: [] };
    },
  })),
  'pdf-wrong-holder': mails((m) => ({ orderForm: (o) => m.orderForm({ ...o, holder: o.orderedBy }) })),
  'supporting-documents-missing': mails((m) => ({ order: (o) => m.order({ ...o, documents: [] }) })),
  'order-mail-not-sent-to-holder': mails((m) => ({
    order: async (o) => {
      const mail = await m.order(o);
      return mail && { ...mail, to: [o.orderedBy.email] };
    },
  })),
  'order-mail-copies-sales-team': mails((m) => ({
    order: async (o) => {
      const mail = await m.order(o);
      return mail && { ...mail, to: [...mail.to, 'commandes@certigna.example'] };
    },
  })),
  'order-mail-wrong-os': mails((m) => ({
    order: (o) => m.order({ ...o, order: { ...o.order, os: 'windows' } }),
  })),
  'postal-address-missing-from-mail': mails((m) => ({ order: (o) => m.order({ ...o, address: [] }) })),
  'purchase-order-not-listed': mails((m) => {
    const withoutPurchaseOrder = (docs: string[]) =>
      docs.filter((d) => !d.startsWith('Votre bon de commande'));
    return {
      order: (o) => m.order({ ...o, documents: withoutPurchaseOrder(o.documents) }),
      orderForm: (o) => m.orderForm({ ...o, documents: withoutPurchaseOrder(o.documents) }),
    };
  }),
  'face-to-face-form-not-listed': mails((m) => {
    const withoutForm = (docs: string[]) => docs.filter((d) => !d.includes('face-à-face'));
    return {
      order: (o) => m.order({ ...o, documents: withoutForm(o.documents) }),
      orderForm: (o) => m.orderForm({ ...o, documents: withoutForm(o.documents) }),
    };
  }),
  'pdf-purchase-order-empty': mails((m) => ({
    orderForm: (o) => m.orderForm({ ...o, order: { ...o.order, purchaseOrder: null } }),
  })),
  'pdf-wrong-duration': mails((m) => ({
    orderForm: (o) => m.orderForm({ ...o, order: { ...o.order, duration: 1 } }),
  })),
  'pdf-documents-page-empty': mails((m) => ({ orderForm: (o) => m.orderForm({ ...o, documents: [] }) })),
  'confirmation-shows-orderer-as-holder': storeMethods((s) => ({
    order: (number) => {
      const order = s.order(number);
      return order && { ...order, holderId: order.orderedBy };
    },
  })),
  'confirmation-total-with-fee': storeMethods((s) => ({
    order: (number) => {
      const order = s.order(number);
      const fee = order && ['rgs2', 'rgs3'].includes(order.productSlug) ? 50 : 0;
      return order && { ...order, totalHT: order.totalHT + fee };
    },
  })),
  'manager-search-case-sensitive': storeMethods((s) => ({
    searchAccounts: (query) => s.searchAccounts(query).filter((a) => a.company.includes(query.trim())),
  })),
  'mandataire-switch-not-saved': storeMethods((s) => ({ setMandataire: (id) => s.account(id) })),
  'manager-search-prefix-only': storeMethods((s) => ({
    searchAccounts: (query) =>
      s.searchAccounts(query).filter((a) => searchKey(a.company).startsWith(searchKey(query))),
  })),
  'manager-search-accent-sensitive': storeMethods((s) => ({
    searchAccounts: (query) =>
      s.searchAccounts(query).filter((a) => a.company.toLowerCase().includes(query.trim().toLowerCase())),
  })),
  'manager-shows-admin-email': accounts(() => ({
    adminShown: (users) => (users.find((u) => u.admin) ?? users[0])?.email ?? '',
  })),
  'manager-no-result-silent': accounts(() => ({ managerNoResult: () => '' })),
} satisfies Record<DefectName, Override>;

/** The defects this process was started with; an unknown name stops the mock with its name. */
export function activeDefects(env: NodeJS.ProcessEnv): DefectName[] {
  if (!env.MOCK_TEST_TOKEN?.trim()) return [];
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
  return [...new Set(names as DefectName[])];
}

/** The real rules and behaviour with these defects' overrides applied, in order. */
export function withDefects(names: readonly DefectName[]): Parts {
  let parts: Parts = { rules: RULES, behaviour: BEHAVIOUR };
  for (const name of names) {
    const o: Override = OVERRIDES[name];
    parts = {
      rules: o.rules ? { ...parts.rules, ...o.rules(parts.rules) } : parts.rules,
      behaviour: o.behaviour ? { ...parts.behaviour, ...o.behaviour(parts.behaviour) } : parts.behaviour,
    };
  }
  return parts;
}
