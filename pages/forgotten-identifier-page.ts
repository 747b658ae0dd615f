import { EXACT } from './guide-text.ts';
import type { Locator, Page, Response } from '@playwright/test';
import type { PortalProfile } from '../support/profile.ts';
import { goTo } from './navigate.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';

/** « Identifiant oublié » : the identifier is sent by e-mail to a known SIRET's contact. */
export class ForgottenIdentifierPage {
  readonly heading: Locator;
  readonly siret: Locator;
  readonly email: Locator;
  readonly submitButton: Locator;
  /** The identifier was sent. */
  readonly sent: Locator;
  /** The guide's « identifiant ou mot de passe incorrect ». */
  readonly refused: Locator;
  /** A SIRET that is not 14 digits. */
  readonly siretLengthError: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.heading = page.getByRole('heading', { name: this.profile.texts.forgottenIdentifier.heading });
    this.siret = page.getByRole('textbox', { name: this.profile.texts.forgottenIdentifier.siret });
    this.email = page.getByRole('textbox', { name: this.profile.texts.forgottenIdentifier.email });
    this.submitButton = page.getByRole('button', { name: this.profile.texts.forgottenIdentifier.submit });
    this.sent = page.getByText(this.profile.texts.forgottenIdentifier.sent);
    // The guide's message here is « identifiant ou mot de passe incorrect », without a capital.
    this.refused = page.getByText('identifiant ou mot de passe incorrect', EXACT);
    this.siretLengthError = page.getByText(this.profile.texts.siretLength);
  }

  /** The page's error message, whatever it says (to compare it whole). */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async open(): Promise<void> {
    await action('Ouvrir « Identifiant oublié »', async () => {
      await goTo(this.page, this.profile.paths.forgottenIdentifier);
    });
  }

  async requestIdentifier(input: { siret: string; email?: string }): Promise<Response> {
    return action('Identifiant oublié : saisir le numéro SIRET et recevoir son identifiant', async () => {
      await this.siret.fill(input.siret);
      if (input.email !== undefined) await this.email.fill(input.email);
      return submitForm(this.page, this.submitButton);
    });
  }
}
