import { EXACT, guideName } from './guide-text.ts';
import type { Locator, Page, Response } from '@playwright/test';
import type { PortalProfile } from '../support/profile.ts';
import type { Credentials } from './model.ts';
import { goTo } from './navigate.ts';
import { action, guideStep } from './step.ts';
import { submitForm } from './submit.ts';
import { fillSecret } from './secret.ts';

/** « Connexion à votre espace client » — « Déjà client ? ». */
export class LoginPage {
  readonly heading: Locator;
  readonly existingCustomerHeading: Locator;
  readonly identifier: Locator;
  readonly password: Locator;
  readonly signInButton: Locator;
  readonly forgottenIdentifierLink: Locator;
  readonly forgottenPasswordLink: Locator;
  readonly createCustomerAreaLink: Locator;
  /** The guide's « Identifiant ou mot de passe incorrect ». */
  readonly error: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.heading = page.getByRole('heading', guideName('Connexion à votre espace client'));
    this.existingCustomerHeading = page.getByRole('heading', guideName('Déjà client ?'));
    this.identifier = page.getByRole('textbox', { name: /^Identifiant\s*:?$/ });
    this.password = page.getByRole('textbox', { name: /^Mot de passe\s*:?$/ });
    this.signInButton = page.getByRole('button', guideName('Se connecter'));
    this.forgottenIdentifierLink = page.getByRole('link', guideName('Identifiant oublié ?'));
    this.forgottenPasswordLink = page.getByRole('link', guideName('Mot de passe oublié ?'));
    this.createCustomerAreaLink = page.getByRole('link', { name: this.profile.texts.createCustomerAreaLink });
    this.error = page.getByText('Identifiant ou mot de passe incorrect', EXACT);
  }

  /** The login form's error message, whatever it says (to compare it whole). */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async open(): Promise<void> {
    await action('Ouvrir « Connexion à votre espace client »', async () => {
      await goTo(this.page, this.profile.paths.login);
    });
  }

  async enterCredentials(credentials: Credentials): Promise<void> {
    await guideStep('step2', undefined, async () => {
      await this.identifier.fill(credentials.login);
      await fillSecret(this.password, credentials.password);
    });
  }

  async signIn(): Promise<Response> {
    return guideStep('step3', undefined, () => submitForm(this.page, this.signInButton));
  }

  /** Steps 2 and 3 in one call. */
  async logIn(credentials: Credentials): Promise<Response> {
    await this.enterCredentials(credentials);
    return this.signIn();
  }

  async goToForgottenIdentifier(): Promise<void> {
    await action('Cliquer sur « Identifiant oublié ? »', async () => {
      await this.forgottenIdentifierLink.click();
    });
  }

  async goToForgottenPassword(): Promise<void> {
    await action('Cliquer sur « Mot de passe oublié ? »', async () => {
      await this.forgottenPasswordLink.click();
    });
  }

  async goToCreateCustomerArea(): Promise<void> {
    await action('Cliquer sur « Créer votre espace client »', async () => {
      await this.createCustomerAreaLink.click();
    });
  }
}
