/**
 * What a build of the portal decides and the guide does not: paths, texts the guide does not
 * quote, the order-number format, the mail subjects and the PDF's field names. Page objects read
 * it; specs and fixtures never repeat it. No form's field names or values: page objects read those
 * from the page itself (pages/direct-orders.ts).
 *
 * A profile is the default build's table plus what another build changes (`PORTAL_PROFILE`).
 * Pointing the suite at another build means a new entry in PROFILES (README "Pointing the suite
 * at another build of the portal").
 */

import './target/dotenv.ts';
import { ConfigError, orExit } from './target/config-error.ts';

type Text = string | RegExp;

export interface PortalProfile {
  /** Where each screen lives; a direct visit is a shortcut, tests also reach them by clicking. */
  paths: {
    home: string;
    login: string;
    customerArea: string;
    forgottenIdentifier: string;
    forgottenPassword: string;
    signup: string;
    partnerStep: string;
    catalogue: string;
    orderForm: string;
    manager: string;
    managerLogin: string;
    /** Links in the activation and password e-mails. */
    activationLink: string;
    newPasswordLink: string;
  };
  /** « CMD-2026-000123 » */
  orderNumber: RegExp;
  texts: {
    homeHeading: string;
    createCustomerAreaLink: string;
    /** « Connecté en tant que FREDERIC SENEZ » */
    connectedAs: (holderName: string) => string;
    logOut: string;
    usersHeading: string;
    ordersHeading: string;
    user: { firstName: string; lastName: string; email: string; identifier: string; submit: string };
    userCreated: string;
    userPending: string;
    forgottenIdentifier: { heading: string; siret: string; email: string; submit: string; sent: string };
    siretLength: string;
    forgottenPassword: { heading: string; identifier: string; submit: string; sent: string };
    newPassword: { password: string; confirm: string; submit: string; saved: string };
    signup: {
      heading: string;
      company: string;
      siret: string;
      firstName: string;
      lastName: string;
      email: string;
      identifier: string;
      submit: string;
      created: string;
      invalidSiret: string;
      siretTaken: string;
    };
    activation: { heading: string; password: string; confirm: string; submit: string; activated: string };
    logInLink: string;
    partner: {
      validateCode: string;
      unknownCode: string;
      emptyCode: string;
      /** The catalogue's notice of the partner chosen. */
      chosen: (partnerName: string) => string;
      /** The order form's « Partenaire Certigna ? » answer with a partner code. */
      viaPartner: (partnerName: string) => string;
    };
    pricePrompt: Text;
    otherHolder: string;
    /** The « Autre porteur » list's first entry, which names nobody. */
    choosePerson: string;
    mandataireNote: string;
    purchaseOrderNumber: string;
    clearForm: string;
    confirmationHeading: string;
    /** « Commande n° CMD-2026-000123 » */
    orderNumberLine: (number: string) => string;
    backToCustomerArea: string;
    /** The heading of the page refusing an order. */
    orderRefused: string;
    manager: {
      loginHeading: string;
      identifier: string;
      password: string;
      companyName: string;
      search: string;
      noResult: (company: string) => string;
      enableMandataire: string;
      mandataireEnabled: (company: string) => string;
      /** The « Mandataire » column's values. */
      mandataireOn: string;
      mandataireOff: string;
      columns: { company: string; siret: string; admin: string; mandataire: string };
    };
  };
  /** Account screens' messages the guide does not quote, and the account e-mails' key lines. */
  accountTexts: {
    passwordTooShort: (min: number) => string;
    passwordsDiffer: string;
    invalidLink: string;
    /** The password screens name the account: « Identifiant : Dupont_X ». */
    identifierShown: (login: string) => string;
    /** A user's status in the list of users once activated. */
    userActive: string;
    /** The line of the « Identifiant oublié » e-mail that gives the identifier. */
    identifierMailLine: (login: string) => string;
    /** The line of the activation e-mail that gives the identifier. */
    activationMailLine: (login: string) => string;
  };
  mail: {
    orderSubject: (number: string, productType: string) => string;
    activationSubject: string;
    identifierSubject: string;
    passwordSubject: string;
    documentsHeading: string;
    orderFormFile: (number: string) => string;
  };
  /** The order form PDF's field names, by what they hold. */
  pdfFields: {
    number: string;
    holder: string;
    product: string;
    duration: string;
    os: string;
    payment: string;
    purchaseOrder: string;
    price: string;
    company: string;
    siret: string;
  };
}

/** The bundled mock's default build (mock-site/README.md, « Screens »). */
const DEFAULT: PortalProfile = {
  paths: {
    home: '/',
    login: '/connexion',
    customerArea: '/espace-client',
    forgottenIdentifier: '/identifiant-oublie',
    forgottenPassword: '/mot-de-passe-oublie',
    signup: '/creer-espace-client',
    partnerStep: '/commande',
    catalogue: '/commande/catalogue',
    orderForm: '/commande/formulaire',
    manager: '/manager',
    managerLogin: '/manager/connexion',
    activationLink: '/activation',
    newPasswordLink: '/nouveau-mot-de-passe',
  },
  orderNumber: /CMD-\d{4}-\d{6}/,
  texts: {
    homeHeading: 'Certigna',
    createCustomerAreaLink: 'Créer votre espace client',
    connectedAs: (name) => `Connecté en tant que ${name}`,
    logOut: 'Se déconnecter',
    usersHeading: 'Liste de vos utilisateurs',
    ordersHeading: 'Vos commandes',
    user: {
      firstName: 'Prénom',
      lastName: 'Nom',
      email: 'Adresse e-mail',
      identifier: 'Identifiant',
      submit: "Créer l'utilisateur",
    },
    userCreated: "L'utilisateur a été créé. Un e-mail d'activation lui a été envoyé.",
    userPending: "En attente d'activation",
    forgottenIdentifier: {
      heading: 'Identifiant oublié',
      siret: 'SIRET',
      email: 'Adresse e-mail',
      submit: 'Recevoir mon identifiant',
      sent: 'Votre identifiant vous a été envoyé par e-mail.',
    },
    siretLength: 'Le SIRET doit comporter 14 chiffres.',
    forgottenPassword: {
      heading: 'Mot de passe oublié',
      identifier: 'Identifiant',
      submit: 'Réinitialiser mon mot de passe',
      sent: 'Si ce compte existe, un e-mail de réinitialisation vous a été envoyé.',
    },
    newPassword: {
      password: 'Nouveau mot de passe',
      confirm: 'Confirmez le mot de passe',
      submit: 'Enregistrer le mot de passe',
      saved: 'Votre mot de passe a été enregistré.',
    },
    signup: {
      heading: 'Créer votre espace client',
      company: 'Raison sociale',
      siret: 'SIRET',
      firstName: 'Prénom',
      lastName: 'Nom',
      email: 'Adresse e-mail',
      identifier: 'Identifiant',
      submit: 'Créer mon espace client',
      created: "Votre espace client a été créé. Un e-mail d'activation vous a été envoyé.",
      invalidSiret: "Ce numéro SIRET n'est pas valide.",
      siretTaken: 'Un espace client existe déjà pour ce SIRET.',
    },
    activation: {
      heading: 'Activation de votre compte',
      password: 'Mot de passe',
      confirm: 'Confirmez le mot de passe',
      submit: 'Activer mon compte',
      activated: 'Votre compte est activé.',
    },
    logInLink: 'Se connecter',
    partner: {
      validateCode: 'Valider le code partenaire',
      unknownCode: 'Ce code partenaire est inconnu.',
      emptyCode: 'Veuillez saisir votre code partenaire.',
      chosen: (name) => `Code partenaire : ${name}`,
      viaPartner: (name) => `Vous passez par notre partenaire ${name}.`,
    },
    pricePrompt: 'Choisissez un type de certificat et une durée',
    otherHolder: 'Autre porteur',
    choosePerson: 'Choisissez une personne',
    // The guide's words (step 9); the page's sentence may go on after them.
    mandataireNote:
      'Pour commander pour une autre personne, il faut être Délégué ou Mandataire de Certification',
    purchaseOrderNumber: 'Numéro de bon de commande',
    clearForm: 'Effacer le formulaire',
    confirmationHeading: 'Votre commande est enregistrée',
    orderNumberLine: (number) => `Commande n° ${number}`,
    backToCustomerArea: "Retour à l'espace client",
    orderRefused: 'Commande refusée',
    manager: {
      loginHeading: 'Manager Certigna',
      identifier: 'Identifiant',
      password: 'Mot de passe',
      companyName: 'Nom de société',
      search: 'Rechercher',
      noResult: (company) => `Aucun compte client ne correspond à « ${company} ».`,
      enableMandataire: 'Activer la fonction mandataire',
      mandataireEnabled: (company) => `La fonction mandataire est activée pour ${company}.`,
      mandataireOn: 'Oui',
      mandataireOff: 'Non',
      columns: {
        company: 'Société',
        siret: 'SIRET',
        admin: 'Identifiant administrateur',
        mandataire: 'Mandataire',
      },
    },
  },
  accountTexts: {
    passwordTooShort: (min) => `Le mot de passe doit comporter au moins ${min} caractères.`,
    passwordsDiffer: 'Les mots de passe ne correspondent pas.',
    invalidLink: "Ce lien n'est plus valide. Veuillez refaire la demande.",
    identifierShown: (login) => `Identifiant : ${login}`,
    userActive: 'Actif',
    identifierMailLine: (login) => `Votre identifiant pour l'espace client Certigna est : ${login}`,
    activationMailLine: (login) => `Un compte Certigna a été créé pour vous (identifiant : ${login}).`,
  },
  mail: {
    orderSubject: (number, type) => `Votre commande ${number} — ${type}`,
    activationSubject: 'Activez votre compte Certigna',
    identifierSubject: 'Votre identifiant Certigna',
    passwordSubject: 'Réinitialisation de votre mot de passe Certigna',
    documentsHeading: 'Justificatifs à renvoyer :',
    orderFormFile: (number) => `bon-de-commande-${number}.pdf`,
  },
  pdfFields: {
    number: 'numero_commande',
    holder: 'porteur',
    product: 'produit',
    duration: 'duree',
    os: 'systeme',
    payment: 'paiement',
    purchaseOrder: 'bon_commande',
    price: 'prix_ht',
    company: 'societe',
    siret: 'siret',
  },
};

/**
 * Another build of the same portal: the bundled mock started with MOCK_SKIN=alt
 * (mock-site/README.md, « Skins »). Only what differs from the default build.
 */
const ALT: PortalProfile = {
  ...DEFAULT,
  paths: {
    home: '/',
    login: '/client/login',
    customerArea: '/client/accueil',
    forgottenIdentifier: '/client/forgot-username',
    forgottenPassword: '/client/forgot-password',
    signup: '/client/register',
    partnerStep: '/boutique',
    catalogue: '/boutique/produits',
    orderForm: '/boutique/formulaire',
    manager: '/gestion/clients',
    managerLogin: '/gestion/login',
    activationLink: '/client/activate',
    newPasswordLink: '/client/reset-password',
  },
  orderNumber: /C\d{2}-\d{6}/,
  texts: {
    ...DEFAULT.texts,
    homeHeading: 'Bienvenue sur Certigna',
    createCustomerAreaLink: 'Ouvrir un espace client',
    connectedAs: (name) => `Session ouverte : ${name}`,
    logOut: 'Déconnexion',
    usersHeading: 'Utilisateurs du compte',
    ordersHeading: 'Mes commandes',
    user: {
      firstName: 'Prénom',
      lastName: 'Nom',
      email: 'Courriel',
      identifier: 'Identifiant de connexion',
      submit: "Ajouter l'utilisateur",
    },
    userCreated: 'Utilisateur ajouté : il reçoit un e-mail pour activer son accès.',
    userPending: 'À activer',
    forgottenIdentifier: {
      heading: 'Identifiant oublié',
      siret: 'SIRET',
      email: 'Courriel',
      submit: "M'envoyer mon identifiant",
      sent: 'Un e-mail contenant votre identifiant vient de vous être envoyé.',
    },
    siretLength: 'Un SIRET compte 14 chiffres.',
    forgottenPassword: {
      heading: 'Mot de passe oublié',
      identifier: 'Identifiant de connexion',
      submit: 'Recevoir un lien de réinitialisation',
      sent: 'Si ce compte existe, vous allez recevoir un e-mail pour changer de mot de passe.',
    },
    newPassword: {
      password: 'Votre nouveau mot de passe',
      confirm: 'Répétez le mot de passe',
      submit: 'Valider le mot de passe',
      saved: 'Le nouveau mot de passe est enregistré.',
    },
    signup: {
      heading: 'Ouvrir un espace client',
      company: 'Dénomination sociale',
      siret: 'SIRET',
      firstName: 'Prénom',
      lastName: 'Nom',
      email: 'Courriel',
      identifier: 'Identifiant de connexion',
      submit: "Valider l'inscription",
      created: "Espace client créé : consultez vos e-mails pour l'activer.",
      invalidSiret: 'Ce SIRET est invalide.',
      siretTaken: 'Ce SIRET a déjà un espace client.',
    },
    activation: {
      heading: 'Activer votre accès',
      password: 'Votre mot de passe',
      confirm: 'Répétez le mot de passe',
      submit: 'Activer mon accès',
      activated: 'Votre accès est activé.',
    },
    partner: {
      validateCode: 'Appliquer ce code',
      unknownCode: 'Code partenaire non reconnu.',
      emptyCode: 'Saisissez un code partenaire.',
      chosen: (name) => `Partenaire : ${name}`,
      viaPartner: (name) => `Commande passée via notre partenaire ${name}.`,
    },
    pricePrompt: 'Sélectionnez un certificat et une durée',
    otherHolder: 'Personne concernée',
    choosePerson: '— Sélectionner —',
    purchaseOrderNumber: 'Référence du bon de commande',
    confirmationHeading: 'Commande confirmée',
    orderNumberLine: (number) => `Numéro de commande : ${number}`,
    backToCustomerArea: 'Revenir à mon espace client',
    orderRefused: 'Commande non enregistrée',
    manager: {
      ...DEFAULT.texts.manager,
      loginHeading: 'Console Certigna',
      identifier: 'Identifiant de connexion',
      password: 'Votre mot de passe',
      companyName: 'Société recherchée',
      search: 'Lancer la recherche',
      noResult: (company) => `Aucun résultat pour « ${company} ».`,
      enableMandataire: 'Activer le mandat',
      mandataireEnabled: (company) => `Mandat activé pour ${company}.`,
      mandataireOn: 'Activée',
      mandataireOff: 'Non activée',
      columns: { ...DEFAULT.texts.manager.columns, admin: 'Administrateur' },
    },
  },
  accountTexts: {
    ...DEFAULT.accountTexts,
    passwordTooShort: (min) => `Le mot de passe est trop court (${min} caractères minimum).`,
    passwordsDiffer: 'Les deux mots de passe sont différents.',
    invalidLink: 'Ce lien a expiré ou a déjà servi. Faites une nouvelle demande.',
    userActive: 'Activé',
  },
  mail: {
    orderSubject: (number, type) => `Confirmation de commande ${number} (${type})`,
    activationSubject: 'Certigna : activation de votre accès',
    identifierSubject: 'Certigna : rappel de votre identifiant',
    passwordSubject: 'Certigna : choisissez un nouveau mot de passe',
    documentsHeading: 'Pièces à nous retourner :',
    orderFormFile: (number) => `commande-${number}.pdf`,
  },
  pdfFields: {
    number: 'order_no',
    holder: 'holder',
    product: 'product',
    duration: 'validity',
    os: 'platform',
    payment: 'payment',
    purchaseOrder: 'po_number',
    price: 'price_excl_tax',
    company: 'company',
    siret: 'company_siret',
  },
};

/**
 * A JSF 2 + PrimeFaces build of the same portal: the bundled mock started with MOCK_SKIN=faces
 * (mock-site/README.md, « Skins »). `.xhtml` views, a few texts and the order number of its own;
 * the rest as the default build.
 */
const FACES: PortalProfile = {
  ...DEFAULT,
  paths: {
    // Served at `/index.xhtml` too, but `/` is where the portal's base URL and links lead.
    home: '/',
    login: '/login.xhtml',
    customerArea: '/espace-client/accueil.xhtml',
    forgottenIdentifier: '/identifiant-oublie.xhtml',
    forgottenPassword: '/mot-de-passe-oublie.xhtml',
    signup: '/inscription.xhtml',
    partnerStep: '/espace-client/commande/partenaire.xhtml',
    catalogue: '/espace-client/commande/catalogue.xhtml',
    orderForm: '/espace-client/commande-certificat.xhtml',
    manager: '/manager/comptes.xhtml',
    managerLogin: '/manager/login.xhtml',
    activationLink: '/activation.xhtml',
    newPasswordLink: '/nouveau-mot-de-passe.xhtml',
  },
  orderNumber: /CG\d{9}/,
  texts: {
    ...DEFAULT.texts,
    ordersHeading: 'Historique de vos commandes',
    confirmationHeading: 'Votre commande a bien été enregistrée',
    orderNumberLine: (number) => `Référence de votre commande : ${number}`,
    orderRefused: 'Commande non validée',
  },
  mail: {
    ...DEFAULT.mail,
    orderSubject: (number, type) => `Certigna - commande ${number} - ${type}`,
  },
};

export const PROFILES: Readonly<Record<string, PortalProfile>> = { default: DEFAULT, alt: ALT, faces: FACES };

/** A known build's profile by name; a wrong name says which exist. */
export function profileNamed(name: string): PortalProfile {
  const profile = PROFILES[name];
  if (!profile)
    throw new ConfigError(
      `PORTAL_PROFILE: must be one of ${Object.keys(PROFILES).join(', ')} (got « ${name} »)`,
    );
  return profile;
}

let active: PortalProfile = orExit(() => profileNamed(process.env.PORTAL_PROFILE?.trim() || 'default'));

/**
 * Makes `portal` the profile of the build a worker tests (fixtures/internal.ts, from the project's
 * `build` option): a worker runs the tests of one project only, so one profile serves it.
 */
export function useProfile(name: string): void {
  active = profileNamed(name);
}

/** The profile of the build under test, as page objects read it (always the worker's current one). */
export const portal: PortalProfile = new Proxy({} as PortalProfile, {
  get: (_, key) => Reflect.get(active, key),
});
