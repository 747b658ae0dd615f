import type { Locator, Page, Response } from '@playwright/test';
import type { PortalProfile } from '../support/profile.ts';
import { goTo } from './navigate.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';

/** « Mot de passe oublié » : a reset link is sent by e-mail. */
export class ForgottenPasswordPage {
  readonly heading: Locator;
  readonly identifier: Locator;
  readonly submitButton: Locator;
  /** Said whether the identifier exists or not (no account enumeration). */
  readonly sent: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.heading = page.getByRole('heading', { name: this.profile.texts.forgottenPassword.heading });
    this.identifier = page.getByRole('textbox', { name: this.profile.texts.forgottenPassword.identifier });
    this.submitButton = page.getByRole('button', { name: this.profile.texts.forgottenPassword.submit });
    this.sent = page.getByText(this.profile.texts.forgottenPassword.sent);
  }

  async open(): Promise<void> {
    await action('Ouvrir « Mot de passe oublié »', async () => {
      await goTo(this.page, this.profile.paths.forgottenPassword);
    });
  }

  async requestReset(login: string): Promise<Response> {
    return action('Mot de passe oublié : demander la réinitialisation', async () => {
      await this.identifier.fill(login);
      return submitForm(this.page, this.submitButton);
    });
  }
}
