import type { Locator, Page, Response } from '@playwright/test';
import { goTo } from './navigate.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';

/** « Identifiant oublié » : the identifier is sent by e-mail to a known SIRET's contact. */
export class ForgottenIdentifierPage {
  readonly heading: Locator;
  readonly siret: Locator;
  readonly email: Locator;
  readonly submitButton: Locator;
  readonly confirmation: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Identifiant oublié' });
    this.siret = page.getByRole('textbox', { name: 'SIRET' });
    this.email = page.getByRole('textbox', { name: 'Adresse e-mail' });
    this.submitButton = page.getByRole('button', { name: 'Recevoir mon identifiant' });
    this.confirmation = page.getByRole('status');
    this.error = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await action('Ouvrir « Identifiant oublié »', async () => {
      await goTo(this.page, '/identifiant-oublie');
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
