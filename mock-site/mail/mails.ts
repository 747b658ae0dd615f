import { html as h } from 'hono/html';
import type { PersonalProduct } from '../domain/catalogue.ts';
import { durationLabel, formatPrice, osLabel } from '../domain/catalogue.ts';
import { SUPPORTING_DOCUMENTS_TITLE } from '../domain/documents.ts';
import { paymentLabel } from '../domain/payment.ts';
import type { CustomerAccount, Order, User } from '../domain/store.ts';
import { displayName } from '../domain/text.ts';
import type { Skin } from '../builds/skin.ts';
import type { Mail } from './mailer.ts';

/** What the portal's e-mails say, in the skin's words; mailer.ts sends them. */

export type Person = { firstName: string; lastName: string; email: string };

function greeting(p: Person) {
  return `Bonjour ${p.firstName} ${p.lastName},`;
}

async function wrap(body: string | Promise<string>): Promise<string> {
  const inner = await body;
  const page =
    await h`<!doctype html><html lang="fr"><body style="font-family: Arial, sans-serif; color: #1d2733">${inner}<p>L'équipe Certigna</p></body></html>`;
  return page.toString();
}

// Each mail is written in the skin's words (subjects, headings, the activation link's text).

export async function activationMail(p: Person, link: string, login: string, skin: Skin): Promise<Mail> {
  return {
    to: [p.email],
    subject: skin.t('Activez votre compte Certigna'),
    text: `${greeting(p)}\n\nUn compte Certigna a été créé pour vous (identifiant : ${login}).\nPour l'activer et choisir votre mot de passe, ouvrez ce lien :\n${link}\n\nL'équipe Certigna`,
    html: await wrap(
      h`<p>${greeting(p)}</p><p>Un compte Certigna a été créé pour vous (identifiant : <strong>${login}</strong>).</p><p><a href="${link}">${skin.t('Activer mon compte')}</a></p><p>${link}</p>`,
    ),
  };
}

export async function identifierMail(p: Person, login: string, skin: Skin): Promise<Mail> {
  return {
    to: [p.email],
    subject: skin.t('Votre identifiant Certigna'),
    text: `${greeting(p)}\n\nVotre identifiant pour l'espace client Certigna est : ${login}\n\nL'équipe Certigna`,
    html: await wrap(
      h`<p>${greeting(p)}</p><p>Votre identifiant pour l'espace client Certigna est : <strong>${login}</strong></p>`,
    ),
  };
}

export async function resetMail(p: Person, link: string, skin: Skin): Promise<Mail> {
  return {
    to: [p.email],
    subject: skin.t('Réinitialisation de votre mot de passe Certigna'),
    text: `${greeting(p)}\n\nPour choisir un nouveau mot de passe, ouvrez ce lien :\n${link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n\nL'équipe Certigna`,
    html: await wrap(
      h`<p>${greeting(p)}</p><p><a href="${link}">Choisir un nouveau mot de passe</a></p><p>${link}</p><p>Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.</p>`,
    ),
  };
}

/** What an order's mail and its PDF form are made of. */
export type OrderMailInput = {
  order: Order;
  product: PersonalProduct;
  account: CustomerAccount;
  orderedBy: User;
  holder: User;
  /** The supporting documents to send back. */
  documents: string[];
  /** Where the originals go by post (POSTAL_ADDRESS), in the mail and on the PDF's last page. */
  address: readonly string[];
  /** Whose words, file name and PDF field names. */
  skin: Skin;
};

/** To the person who ordered and, when another person, to the holder too. */
export async function orderMail(o: OrderMailInput & { pdf: Buffer }): Promise<Mail> {
  const { order, orderedBy, holder, skin } = o;
  const documentsTitle = skin.t(SUPPORTING_DOCUMENTS_TITLE);
  const to = [orderedBy.email];
  if (holder.id !== orderedBy.id && holder.email.toLowerCase() !== orderedBy.email.toLowerCase())
    to.push(holder.email);
  const summary: [string, string][] = [
    ['Produit', o.product.name],
    ['Durée', durationLabel(order.duration)],
    ["Système d'exploitation", osLabel(order.os)],
    ['Porteur', displayName(holder)],
    ['Moyen de paiement', paymentLabel(order.payment)],
    ...(order.purchaseOrder ? ([['N° de bon de commande', order.purchaseOrder]] as [string, string][]) : []),
    ['Total', formatPrice(order.totalHT)],
  ];
  const summaryText = summary.map(([k, v]) => `${k} : ${v}`).join('\n');
  const docsText = o.documents.map((d) => `- ${d}`).join('\n');
  const address = o.address.join('\n');
  return {
    to,
    subject: skin.t('Votre commande {} — {}', order.number, o.product.name),
    text:
      `${greeting(orderedBy)}\n\nNous avons bien enregistré votre commande n° ${order.number}.\n\n${summaryText}\n\n` +
      `Vous trouverez en pièce jointe le formulaire PDF de votre commande.\n\n` +
      `${documentsTitle}\n${docsText}\n\nLes originaux sont à envoyer par courrier à :\n${address}\n\nL'équipe Certigna`,
    html: await wrap(
      h`<p>${greeting(orderedBy)}</p><p>Nous avons bien enregistré votre commande n° <strong>${order.number}</strong>.</p>
<table>${summary.map(([k, v]) => h`<tr><th scope="row" style="text-align:left">${k}</th><td>${v}</td></tr>`)}</table>
<p>Vous trouverez en pièce jointe le formulaire PDF de votre commande.</p>
<p>${documentsTitle}</p><ul>${o.documents.map((d) => h`<li>${d}</li>`)}</ul>
<p>Les originaux sont à envoyer par courrier à :<br />${o.address.map((l) => h`${l}<br />`)}</p>`,
    ),
    attachments: [
      { filename: skin.pdf.fileName(order.number), content: o.pdf, contentType: 'application/pdf' },
    ],
  };
}
