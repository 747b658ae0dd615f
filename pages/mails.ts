import { PRODUCTS, type ProductName } from './model.ts';
import { portalBase, portalURL } from '../support/portal-url.ts';
import type { PortalProfile } from '../support/profile.ts';

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

/**
 * What of the portal's e-mails and PDF the build decides (its profile, support/profile.ts):
 * subjects, file names, the lines that give an identifier, the links' paths, the PDF's field
 * names. The `mails` fixture is the build's; anything else builds one from the profile it holds.
 */
export class Mails {
  /** Subjects of the portal's e-mails. */
  readonly subjects: {
    readonly activation: string;
    readonly identifier: string;
    readonly password: string;
    order(number: string, product: ProductName): string;
    /** Any order e-mail of this order, whatever its product (a copy to the holder included). */
    anyOrder(number: string): RegExp;
  };
  /** The whole line of an account e-mail that gives the identifier. */
  readonly identifierLines: {
    /** « Identifiant oublié ? »'s e-mail. */
    identifierMail(login: string): string;
    /** The activation e-mail. */
    activationMail(login: string): string;
  };

  constructor(readonly profile: PortalProfile) {
    const { mail, accountTexts } = profile;
    this.subjects = {
      activation: mail.activationSubject,
      identifier: mail.identifierSubject,
      password: mail.passwordSubject,
      order: (number, product) => mail.orderSubject(number, PRODUCTS[product].type),
      anyOrder: (number) =>
        new RegExp(`^${escape(mail.orderSubject(number, '\u0000')).replace('\u0000', '.+')}$`),
    };
    this.identifierLines = {
      identifierMail: (login) => accountTexts.identifierMailLine(login),
      activationMail: (login) => accountTexts.activationMailLine(login),
    };
  }

  /** The order form PDF's file name, as attached to the order e-mail. */
  orderFormFile(number: string): string {
    return this.profile.mail.orderFormFile(number);
  }

  /** The part of the order e-mail listing the supporting documents (« justificatifs »), or ''. */
  supportingDocuments(mail: Pick<MailText, 'text'>): string {
    const at = mail.text.indexOf(this.profile.mail.documentsHeading);
    return at < 0 ? '' : mail.text.slice(at);
  }

  /** The supporting documents the order e-mail lists, one per entry, without their bullets. */
  listedDocuments(mail: Pick<MailText, 'text'>): string[] {
    return blockAfter(mail, this.profile.mail.documentsHeading).map((line) => line.replace(/^[-•*]\s*/, ''));
  }

  /** The PDF order form's fields by what they hold (the build names them). */
  orderFormFields(fields: Record<string, string>): OrderFormFields {
    const named = Object.entries(this.profile.pdfFields).map(([meaning, field]) => [meaning, fields[field]]);
    return Object.fromEntries(named) as OrderFormFields;
  }

  /** The activation link of an activation e-mail. */
  activationLink(mail: MailText): string {
    return linkIn(mail, this.profile.paths.activationLink);
  }

  /** The link of a password reset e-mail. */
  newPasswordLink(mail: MailText): string {
    return linkIn(mail, this.profile.paths.newPasswordLink);
  }
}

/** The PDF order form's fields by what they hold. */
export type OrderFormFields = Record<keyof PortalProfile['pdfFields'], string | undefined>;

/** The lines of an e-mail's text, each trimmed, to look for one whole line. */
export function mailLines(mail: Pick<MailText, 'text'>): string[] {
  return mail.text.split(/\r?\n/).map((line) => line.trim());
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
