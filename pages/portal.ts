/**
 * What a build of the portal decides and the guide does not: paths, texts the guide does not
 * quote, the order-number format, the order form's contract (field names and values), the mail
 * subjects and the PDF's field names. Page objects read it; specs and fixtures never repeat it.
 *
 * A profile is the default build's table plus what another build changes (`PORTAL_PROFILE`).
 * Pointing the suite at another build means a new entry in PROFILES (README "Pointing the suite
 * at another build of the portal").
 */

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
  /** What the order form posts (forged orders post it without the page). */
  orderForm: {
    fields: {
      csrf: string;
      product: string;
      duration: string;
      os: string;
      holder: string;
      otherHolder: string;
      payment: string;
      purchaseOrder: string;
      terms: string;
      partner: string;
      price: string;
    };
    values: {
      product: Record<'Pack ID RGS*' | 'Pack ID RGS**' | 'Pack ID RGS***' | 'Chiffrement', string>;
      os: Record<'Windows' | 'Mac OS' | 'Autre', string>;
      payment: Record<'Carte Bancaire' | 'Virement' | 'Chèque' | 'Autre', string>;
      myself: string;
      another: string;
      termsAccepted: string;
    };
    /** The form page of one product, as the catalogue links to it. */
    pathFor: (productValue: string) => string;
    post: string;
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
    mandataireNote:
      'Pour commander pour une autre personne, il faut être Délégué ou Mandataire de Certification.',
    purchaseOrderNumber: 'Numéro de bon de commande',
    clearForm: 'Effacer le formulaire',
    confirmationHeading: 'Votre commande est enregistrée',
    orderNumberLine: (number) => `Commande n° ${number}`,
    backToCustomerArea: "Retour à l'espace client",
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
  orderForm: {
    fields: {
      csrf: 'csrf',
      product: 'produit',
      duration: 'duree',
      os: 'os',
      holder: 'porteur',
      otherHolder: 'autre_porteur',
      payment: 'paiement',
      purchaseOrder: 'bon_commande',
      terms: 'cgu',
      partner: 'partenaire',
      price: 'prix',
    },
    values: {
      product: {
        'Pack ID RGS*': 'rgs1',
        'Pack ID RGS**': 'rgs2',
        'Pack ID RGS***': 'rgs3',
        Chiffrement: 'chiffrement',
      },
      os: { Windows: 'windows', 'Mac OS': 'macos', Autre: 'autre' },
      payment: { 'Carte Bancaire': 'carte', Virement: 'virement', Chèque: 'cheque', Autre: 'autre' },
      myself: 'moi',
      another: 'autre',
      termsAccepted: 'on',
    },
    pathFor: (product) => `/commande/formulaire?produit=${product}`,
    post: '/commande',
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

export const PROFILES: Readonly<Record<string, PortalProfile>> = { default: DEFAULT };

/** The profile of the portal under test: PORTAL_PROFILE, `default` when unset. */
function chosenProfile(name = process.env.PORTAL_PROFILE?.trim() || 'default'): PortalProfile {
  const profile = PROFILES[name];
  if (!profile)
    throw new Error(`PORTAL_PROFILE: must be one of ${Object.keys(PROFILES).join(', ')} (got « ${name} »)`);
  return profile;
}

export const portal: PortalProfile = chosenProfile();
