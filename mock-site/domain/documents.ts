/** The supporting documents a customer sends back after ordering, and where they go. */

export const SUPPORTING_DOCUMENTS_TITLE = 'Justificatifs à renvoyer :';

export function supportingDocuments(opts: {
  administration: boolean;
  faceToFace: boolean;
  purchaseOrder: boolean;
}): string[] {
  const docs = [
    "Copie de la pièce d'identité du représentant légal, signée avec la mention « copie conforme »",
    "Copie de la pièce d'identité du porteur, signée avec la mention « copie conforme »",
    opts.administration
      ? "Acte de nomination du représentant de l'administration"
      : 'Extrait Kbis ou extrait SIRENE de moins de 3 mois',
    'Justificatif du pouvoir de signature du représentant légal',
    "Délégation signée par le représentant légal, si le porteur n'est pas le représentant légal",
    'Bon de commande Certigna signé, en 2 exemplaires',
  ];
  if (opts.faceToFace) docs.push('Formulaire de face-à-face signé');
  // The guide: with « Autre », the customer's purchase order is joined to the documents.
  if (opts.purchaseOrder) docs.push("Votre bon de commande (numéro d'engagement, code service, montant HT)");
  return docs;
}

export const POSTAL_ADDRESS = [
  'Certigna – Service Enregistrement',
  '20 allée de la Râperie',
  "59650 Villeneuve-d'Ascq",
];
