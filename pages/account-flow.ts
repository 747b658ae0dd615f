import type { Mail, Mailbox } from '../support/mail/mailbox.ts';
import type { CustomerAreaPage } from './customer-area-page.ts';
import type { Mails } from './mails.ts';
import type { Credentials, Person } from './model.ts';
import type { ActivationPage } from './set-password-pages.ts';

/** Puts a ready session of a user in the test's browser (the `logInAs` fixture). */
export type LogInAs = (user: Credentials) => Promise<void>;

export interface AccountFlowParts {
  customerArea: CustomerAreaPage;
  activationPage: ActivationPage;
  mailbox: Mailbox;
  /** The build's e-mails (subjects). */
  mails: Mails;
  logInAs: LogInAs;
}

/**
 * The guide's first remedy for « La commande n'est pas pour le bon porteur », as steps other specs
 * reuse: an account administrator creates the future holder's account from the customer area,
 * « un mail est envoyé à cette adresse pour que le futur porteur puisse activer son compte ».
 */
export class AccountFlow {
  constructor(private readonly parts: AccountFlowParts) {}

  /** The administrator, logged in, creates the person in the list of users; left on that page. */
  async createUser(admin: Credentials, person: Person): Promise<void> {
    await this.parts.logInAs(admin);
    await this.parts.customerArea.open();
    await this.parts.customerArea.users.createUser(person);
  }

  /** The activation e-mail that reached the person. */
  activationMail(person: Pick<Person, 'email'>): Promise<Mail> {
    return this.parts.mailbox.waitFor({ to: person.email, subject: this.parts.mails.subjects.activation });
  }

  /** The person follows the e-mail's link and chooses a password; ends on « compte activé ». */
  async activate(mail: Mail, password: string): Promise<void> {
    const { activationPage } = this.parts;
    await activationPage.openFromMail(mail);
    await activationPage.activate(password);
    await activationPage.activated.waitFor();
  }

  /** Both: the person's activation e-mail, then its link and the password; returns the e-mail. */
  async activateFromMail(person: Pick<Person, 'email'>, password: string): Promise<Mail> {
    const mail = await this.activationMail(person);
    await this.activate(mail, password);
    return mail;
  }
}
