import { PRODUCTS, type ProductName } from './model.ts';
import { portalBase, portalURL } from '../support/portal-url.ts';
import { portal } from '../support/profile.ts';

/**
 * The portal's e-mails and the order form PDF as a customer reads them. The guide says only that
 * « Vous recevez par mail un formulaire PDF ainsi qu'une liste de justificatif »: subjects, file
 * names, links and the PDF's field names are the build's, named here once.
 */

interface MailText {
  subject: string;
  text: string;
  html: string;
}

/** Subjects of the portal's e-mails. */
export const SUBJECTS = {
  // Getters: the build under test is chosen per worker, after this module loads.
  get activation() {
    return portal.mail.activationSubject;
  },
  get identifier() {
    return portal.mail.identifierSubject;
  },
  get password() {
    return portal.mail.passwordSubject;
  },
  order: (number: string, product: ProductName) => portal.mail.orderSubject(number, PRODUCTS[product].type),
  /** Any order e-mail of this order, whatever its product (a copy to the holder included). */
  anyOrder: (number: string) =>
    new RegExp(`^${escape(portal.mail.orderSubject(number, '\u0000')).replace('\u0000', '.+')}$`),
};

/** The order form PDF's file name, as attached to the order e-mail. */
export function orderFormFile(number: string): string {
  return portal.mail.orderFormFile(number);
}

/** The part of the order e-mail listing the supporting documents (« justificatifs »), or ''. */
export function supportingDocuments(mail: Pick<MailText, 'text'>): string {
  const at = mail.text.indexOf(portal.mail.documentsHeading);
  return at < 0 ? '' : mail.text.slice(at);
}

/** The PDF order form's fields by what they hold (the build names them). */
export type OrderFormFields = Record<keyof typeof portal.pdfFields, string | undefined>;

export function orderFormFields(fields: Record<string, string>): OrderFormFields {
  const named = Object.entries(portal.pdfFields).map(([meaning, field]) => [meaning, fields[field]]);
  return Object.fromEntries(named) as OrderFormFields;
}

/** The lines of an e-mail's text, each trimmed, to look for one whole line. */
export function mailLines(mail: Pick<MailText, 'text'>): string[] {
  return mail.text.split(/\r?\n/).map((line) => line.trim());
}

/** The whole line of an account e-mail that gives the identifier. */
export const IDENTIFIER_LINES = {
  /** « Identifiant oublié ? »'s e-mail. */
  identifierMail: (login: string) => portal.accountTexts.identifierMailLine(login),
  /** The activation e-mail. */
  activationMail: (login: string) => portal.accountTexts.activationMailLine(login),
};

/** The activation link of an activation e-mail. */
export function activationLink(mail: MailText): string {
  return linkIn(mail, portal.paths.activationLink);
}

/** The link of a password reset e-mail. */
export function newPasswordLink(mail: MailText): string {
  return linkIn(mail, portal.paths.newPasswordLink);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The first link to `pathname` (with its query) in the mail, made absolute: a link given from the
 * portal's root (`/portail/activation?…` or `/activation?…`) is read under the base URL's path.
 */
function linkIn(mail: MailText, pathname: string): string {
  const found = new RegExp(`(?:https?://[^\\s"'<>]+)?${escape(pathname)}\\?[^\\s"'<>]+`).exec(
    `${mail.text}\n${mail.html}`,
  );
  if (!found) throw new Error(`No ${pathname} link in the e-mail « ${mail.subject} »`);
  return portalURL(portalBase(), found[0].replace(/&amp;/g, '&'));
}

/** The order e-mail's text, line by line, trimmed (a person reads lines, not markup). */
function textLines(mail: Pick<MailText, 'text'>): string[] {
  return mail.text.split(/\r?\n/).map((line) => line.trim());
}

/** The block of lines that follows the line `heading`, up to the next blank line ([] if none). */
function blockAfter(mail: Pick<MailText, 'text'>, heading: string): string[] {
  const lines = textLines(mail);
  const at = lines.indexOf(heading);
  if (at < 0) return [];
  const end = lines.indexOf('', at + 1);
  return lines.slice(at + 1, end < 0 ? undefined : end);
}

/** The supporting documents the order e-mail lists, one per entry, without their bullets. */
export function listedDocuments(mail: Pick<MailText, 'text'>): string[] {
  return blockAfter(mail, portal.mail.documentsHeading).map((line) => line.replace(/^[-•*]\s*/, ''));
}

/** The postal address the order e-mail gives for the originals, line by line. */
export function postalAddressIn(mail: Pick<MailText, 'text'>): string[] {
  return blockAfter(mail, 'Les originaux sont à envoyer par courrier à :');
}

/** The order e-mail's summary (« Produit : … » to « Total : … »), line by line. */
export function orderSummaryLines(mail: Pick<MailText, 'text'>): string[] {
  const lines = textLines(mail);
  const start = lines.findIndex((line) => line.startsWith('Produit : '));
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start, end < 0 ? undefined : end);
}
