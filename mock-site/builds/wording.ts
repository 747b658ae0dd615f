/** The texts a build may word otherwise: the alt build's wording, screen by screen. */
/**
 * The alt build's wording of the texts the guide does not quote, keyed by the default wording
 * (`{}` stands for a value filled in). Only these texts may differ between skins: a view or route
 * writes one of them through `skin.t(key, …)`, and any text not listed is the same in every skin.
 */
const ALT_WORDING = {
  'Every page': {
    'Aller au contenu': 'Passer au contenu',
    'Se déconnecter': 'Déconnexion',
    "Portail de démonstration – aucune commande réelle n'est passée.":
      "Maquette de démonstration : aucune commande n'est réellement passée.",
    "Retour à l'accueil": "Revenir à l'accueil",
    'Veuillez renseigner : {}': 'Champ obligatoire : {}',
  },
  'Error pages': {
    'Page introuvable': 'Page non trouvée',
    "Cette page n'existe pas ou n'est pas accessible.":
      'Cette adresse ne correspond à aucune page accessible.',
    'Requête refusée': 'Demande refusée',
    'Le formulaire a expiré. Veuillez recharger la page et réessayer.':
      'Session de formulaire expirée : rechargez la page puis recommencez.',
    'Requête invalide': 'Demande illisible',
  },
  Home: {
    Certigna: 'Bienvenue sur Certigna',
  },
  Login: {
    'Nouveau client ?': 'Pas encore de compte ?',
    "Pour commander un certificat, créez d'abord l'espace client de votre société.":
      "Ouvrez l'espace client de votre société pour commander un certificat.",
    'Créer votre espace client': 'Ouvrir un espace client',
  },
  'Forgotten identifier': {
    "Saisissez le SIRET de votre société, et si vous le souhaitez l'adresse e-mail de votre compte.":
      "Indiquez le SIRET de votre société et, si vous le voulez, l'adresse e-mail de votre compte.",
    'Adresse e-mail': 'Courriel',
    '14 chiffres, espaces acceptés': '14 chiffres (espaces autorisés)',
    'Recevoir mon identifiant': "M'envoyer mon identifiant",
    'Votre identifiant vous a été envoyé par e-mail.':
      'Un e-mail contenant votre identifiant vient de vous être envoyé.',
    'Retour à la connexion': 'Revenir à la connexion',
    'Le SIRET doit comporter 14 chiffres.': 'Un SIRET compte 14 chiffres.',
    "Ce numéro SIRET n'est pas valide.": 'Ce SIRET est invalide.',
  },
  'Forgotten password, activation': {
    Identifiant: 'Identifiant de connexion',
    'Réinitialiser mon mot de passe': 'Recevoir un lien de réinitialisation',
    'Si ce compte existe, un e-mail de réinitialisation vous a été envoyé.':
      'Si ce compte existe, vous allez recevoir un e-mail pour changer de mot de passe.',
    'Nouveau mot de passe': 'Votre nouveau mot de passe',
    'Confirmez le mot de passe': 'Répétez le mot de passe',
    'Enregistrer le mot de passe': 'Valider le mot de passe',
    'Votre mot de passe a été enregistré.': 'Le nouveau mot de passe est enregistré.',
    'Activation de votre compte': 'Activer votre accès',
    'Mot de passe': 'Votre mot de passe',
    'Activer mon compte': 'Activer mon accès',
    'Votre compte est activé.': 'Votre accès est activé.',
    'Au moins {} caractères.': 'Minimum {} caractères.',
    "Ce lien n'est plus valide. Veuillez refaire la demande.":
      'Ce lien a expiré ou a déjà servi. Faites une nouvelle demande.',
    'Le mot de passe doit comporter au moins {} caractères.':
      'Le mot de passe est trop court ({} caractères minimum).',
    'Les mots de passe ne correspondent pas.': 'Les deux mots de passe sont différents.',
  },
  'Create a customer area': {
    'Raison sociale': 'Dénomination sociale',
    'De 3 à 64 caractères, sans espace': "3 à 64 caractères, pas d'espace",
    'Créer mon espace client': "Valider l'inscription",
    "Votre espace client a été créé. Un e-mail d'activation vous a été envoyé.":
      "Espace client créé : consultez vos e-mails pour l'activer.",
    'Un espace client existe déjà pour ce SIRET.': 'Ce SIRET a déjà un espace client.',
    'Cet identifiant est déjà utilisé.': 'Cet identifiant est déjà pris.',
    "L'adresse e-mail n'est pas valide.": "Ce courriel n'est pas valide.",
    "L'identifiant doit comporter de 3 à 64 caractères, sans espace.":
      "L'identifiant compte 3 à 64 caractères, sans espace.",
  },
  'Customer area': {
    'Connecté en tant que {}': 'Session ouverte : {}',
    'Liste de vos utilisateurs': 'Utilisateurs du compte',
    Actif: 'Activé',
    "En attente d'activation": 'À activer',
    'Créer un utilisateur': 'Ajouter un utilisateur',
    "Créer l'utilisateur": "Ajouter l'utilisateur",
    "L'utilisateur a été créé. Un e-mail d'activation lui a été envoyé.":
      'Utilisateur ajouté : il reçoit un e-mail pour activer son accès.',
    'Vos commandes': 'Mes commandes',
    'Aucune commande.': "Vous n'avez encore rien commandé.",
  },
  'Partner step, catalogue': {
    'Valider le code partenaire': 'Appliquer ce code',
    'Ce code partenaire est inconnu.': 'Code partenaire non reconnu.',
    'Code partenaire inconnu': 'Code partenaire non reconnu',
    'Veuillez saisir votre code partenaire.': 'Saisissez un code partenaire.',
    'Code partenaire : {}': 'Partenaire : {}',
    'Produit non couvert par cette démonstration': 'Produit hors démonstration',
    'Retour au catalogue': 'Revenir au catalogue',
  },
  'Order form': {
    'Vous passez par notre partenaire {}.': 'Commande passée via notre partenaire {}.',
    'Choisissez un type de certificat et une durée': 'Sélectionnez un certificat et une durée',
    '2. Porteur du certificat': '2. Porteur',
    'Autre porteur': 'Personne concernée',
    'Choisissez une personne': '— Sélectionner —',
    'Numéro de bon de commande': 'Référence du bon de commande',
  },
  'Order refusals': {
    'Commande incomplète. Veuillez renseigner : {}': 'Commande incomplète, il manque : {}',
    "Ce type de certificat n'existe pas.": 'Type de certificat inconnu.',
    "Ce type de certificat n'est pas proposé par ce partenaire.":
      'Ce partenaire ne propose pas ce type de certificat.',
    "Cette durée de validité n'est pas proposée.": 'Durée de validité non proposée.',
    "Ce système d'exploitation n'est pas proposé.": "Système d'exploitation non proposé.",
    "Ce moyen de paiement n'existe pas.": 'Moyen de paiement inconnu.',
    'Le prix envoyé ne correspond pas au tarif.': 'Le montant reçu diffère du tarif.',
    "Ce porteur n'est pas un utilisateur actif de votre compte.":
      "Ce porteur n'est pas un utilisateur actif du compte.",
    "Ce moyen de paiement n'est pas disponible pour votre compte.":
      'Moyen de paiement non autorisé pour votre compte.',
    'Commande refusée': 'Commande non enregistrée',
    "Aucune commande n'a été enregistrée.": "Rien n'a été enregistré.",
    'Retour au formulaire': 'Revenir au formulaire',
  },
  Confirmation: {
    'Votre commande est enregistrée': 'Commande confirmée',
    'Commande n° {}': 'Numéro de commande : {}',
    "Retour à l'espace client": 'Revenir à mon espace client',
  },
  Manager: {
    'Manager Certigna': 'Console Certigna',
    'Nom de société': 'Société recherchée',
    Rechercher: 'Lancer la recherche',
    'Identifiant administrateur': 'Administrateur',
    Oui: 'Activée',
    Non: 'Non activée',
    'Activer la fonction mandataire': 'Activer le mandat',
    'La fonction mandataire est activée pour {}.': 'Mandat activé pour {}.',
    'Aucun compte client ne correspond à « {} ».': 'Aucun résultat pour « {} ».',
  },
  Mails: {
    'Activez votre compte Certigna': 'Certigna : activation de votre accès',
    'Votre identifiant Certigna': 'Certigna : rappel de votre identifiant',
    'Réinitialisation de votre mot de passe Certigna': 'Certigna : choisissez un nouveau mot de passe',
    'Votre commande {} — {}': 'Confirmation de commande {} ({})',
    'Justificatifs à renvoyer :': 'Pièces à nous retourner :',
  },
} as const satisfies Record<string, Record<string, string>>;

type Wording = typeof ALT_WORDING;
/** A text that may differ between skins, named by its default wording. */
export type TextKey = { [G in keyof Wording]: keyof Wording[G] }[keyof Wording];

/** The alt wording, screen by screen (the README's table lists it). */
export const ALT_TEXTS_BY_SCREEN: Readonly<Record<string, Readonly<Partial<Record<TextKey, string>>>>> =
  ALT_WORDING;
export const ALT_TEXTS: Partial<Record<TextKey, string>> = Object.assign({}, ...Object.values(ALT_WORDING));

/**
 * The faces build's wording (another team's portal): the few texts the guide does not quote that
 * it words otherwise, the ViewState refusal first (a JSF portal's expired view).
 */
export const FACES_TEXTS: Partial<Record<TextKey, string>> = {
  "Portail de démonstration – aucune commande réelle n'est passée.":
    'Portail de démonstration (JSF) : aucune commande réelle ne sera passée.',
  'Le formulaire a expiré. Veuillez recharger la page et réessayer.':
    'Votre session a expiré, veuillez recommencer.',
  'Vos commandes': 'Historique de vos commandes',
  'Commande refusée': 'Commande non validée',
  'Votre commande est enregistrée': 'Votre commande a bien été enregistrée',
  'Commande n° {}': 'Référence de votre commande : {}',
  'Votre commande {} — {}': 'Certigna - commande {} - {}',
};
