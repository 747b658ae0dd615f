import type { Locator, Page, Response } from '@playwright/test';
import type { PortalProfile } from '../support/profile.ts';
import type { Mail } from '../support/mail/mailbox.ts';
import { Mails } from './mails.ts';
import { goTo } from './navigate.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';
import { fillSecret } from './secret.ts';

/**
 * What the two screens that set a password share (activation, reset): the password and its
 * confirmation, the one button, the link to log in, and their refusals.
 */
abstract class PasswordScreen {
  abstract readonly password: Locator;
  abstract readonly confirmPassword: Locator;
  abstract readonly submitButton: Locator;
  abstract readonly logInLink: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {}

  async goToLogin(): Promise<void> {
    await action('Cliquer sur « Se connecter »', async () => {
      await this.logInLink.click();
    });
  }

  /** The screen's error message, whatever it says (to compare it whole). */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** « Identifiant : Dupont_X », the account the link is for. */
  identifierShown(login: string): Locator {
    return this.page.getByText(this.profile.accountTexts.identifierShown(login), { exact: true });
  }

  /** The refusal of a password shorter than `min` characters. */
  passwordTooShort(min: number): Locator {
    return this.page.getByText(this.profile.accountTexts.passwordTooShort(min), { exact: true });
  }

  /** The refusal of a confirmation that differs from the password. */
  get passwordsDiffer(): Locator {
    return this.page.getByText(this.profile.accountTexts.passwordsDiffer, { exact: true });
  }

  /** The answer to a link that was used already (or never existed). */
  get invalidLink(): Locator {
    return this.page.getByText(this.profile.accountTexts.invalidLink, { exact: true });
  }

  /** Types a password and a confirmation that may differ, and sends them. */
  async submitPasswords(password: string, confirmation: string): Promise<Response> {
    return action('Saisir un mot de passe et sa confirmation', async () => {
      await fillSecret(this.password, password);
      await fillSecret(this.confirmPassword, confirmation);
      return submitForm(this.page, this.submitButton);
    });
  }
}

/** « Activation de votre compte »: the future holder sets a password from the e-mail's link. */
export class ActivationPage extends PasswordScreen {
  readonly heading: Locator;
  readonly password: Locator;
  readonly confirmPassword: Locator;
  readonly activateButton: Locator;
  /** The screen's one button (« Activer mon compte »). */
  readonly submitButton: Locator;
  readonly activated: Locator;
  readonly logInLink: Locator;

  constructor(page: Page, profile: PortalProfile) {
    super(page, profile);
    this.heading = page.getByRole('heading', { name: this.profile.texts.activation.heading });
    this.password = page.getByRole('textbox', { name: this.profile.texts.activation.password, exact: true });
    this.confirmPassword = page.getByRole('textbox', {
      name: this.profile.texts.activation.confirm,
      exact: true,
    });
    this.activateButton = page.getByRole('button', { name: this.profile.texts.activation.submit });
    this.submitButton = this.activateButton;
    this.activated = page.getByText(this.profile.texts.activation.activated);
    this.logInLink = page.getByRole('link', { name: this.profile.texts.logInLink });
  }

  /** Follows the link of the activation e-mail. */
  async openFromMail(mail: Mail): Promise<void> {
    await this.openLink(new Mails(this.profile).activationLink(mail));
  }

  /** Follows an activation link again (one used already, to see it refused). */
  async openLink(link: string): Promise<void> {
    await action('Ouvrir le lien d’activation reçu par e-mail', async () => {
      await goTo(this.page, link);
    });
  }

  async activate(password: string): Promise<Response> {
    return action('Activer son compte en choisissant un mot de passe', async () => {
      await fillSecret(this.password, password);
      await fillSecret(this.confirmPassword, password);
      return submitForm(this.page, this.activateButton);
    });
  }
}

/** The page the reset e-mail leads to: « Nouveau mot de passe ». */
export class NewPasswordPage extends PasswordScreen {
  readonly password: Locator;
  readonly confirmPassword: Locator;
  readonly saveButton: Locator;
  /** The screen's one button (« Enregistrer le mot de passe »). */
  readonly submitButton: Locator;
  readonly saved: Locator;
  readonly logInLink: Locator;

  constructor(page: Page, profile: PortalProfile) {
    super(page, profile);
    this.password = page.getByRole('textbox', { name: this.profile.texts.newPassword.password, exact: true });
    this.confirmPassword = page.getByRole('textbox', {
      name: this.profile.texts.newPassword.confirm,
      exact: true,
    });
    this.saveButton = page.getByRole('button', { name: this.profile.texts.newPassword.submit });
    this.submitButton = this.saveButton;
    this.saved = page.getByText(this.profile.texts.newPassword.saved);
    this.logInLink = page.getByRole('link', { name: this.profile.texts.logInLink });
  }

  /** Follows the link of the password reset e-mail. */
  async openFromMail(mail: Mail): Promise<void> {
    await this.openLink(new Mails(this.profile).newPasswordLink(mail));
  }

  /** Follows a reset link again (one used already, to see it refused). */
  async openLink(link: string): Promise<void> {
    await action('Ouvrir le lien de réinitialisation reçu par e-mail', async () => {
      await goTo(this.page, link);
    });
  }

  async choosePassword(password: string): Promise<Response> {
    return action('Choisir un nouveau mot de passe', async () => {
      await fillSecret(this.password, password);
      await fillSecret(this.confirmPassword, password);
      return submitForm(this.page, this.saveButton);
    });
  }
}
