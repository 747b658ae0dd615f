import type { Locator, Page, Response } from '@playwright/test';
import { goTo } from './navigate.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';

/** « Mot de passe oublié » : a reset link is sent by e-mail. */
export class ForgottenPasswordPage {
  readonly heading: Locator;
  readonly identifier: Locator;
  readonly submitButton: Locator;
  readonly confirmation: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Mot de passe oublié' });
    this.identifier = page.getByRole('textbox', { name: 'Identifiant' });
    this.submitButton = page.getByRole('button', { name: 'Réinitialiser mon mot de passe' });
    this.confirmation = page.getByRole('status');
  }

  async open(): Promise<void> {
    await action('Ouvrir « Mot de passe oublié »', async () => {
      await goTo(this.page, '/mot-de-passe-oublie');
    });
  }

  async requestReset(login: string): Promise<Response> {
    return action('Mot de passe oublié : demander la réinitialisation', async () => {
      await this.identifier.fill(login);
      return submitForm(this.page, this.submitButton);
    });
  }
}
