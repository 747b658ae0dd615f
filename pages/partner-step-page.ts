import type { Locator, Page, Response } from '@playwright/test';
import { follow, goTo } from './navigate.ts';
import { action, guideStep } from './step.ts';
import { submitForm } from './submit.ts';

/** « Passez-vous par un partenaire ? »: a partner code, or the whole catalogue. */
export class PartnerStepPage {
  readonly heading: Locator;
  readonly withCode: Locator;
  readonly partnerCode: Locator;
  readonly validateCodeButton: Locator;
  readonly withoutCode: Locator;
  readonly continueWithoutCodeButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Passez-vous par un partenaire ?' });
    this.withCode = page.getByRole('region', { name: "Je dispose d'un code partenaire" });
    this.partnerCode = page.getByRole('textbox', { name: 'Votre code partenaire' });
    this.validateCodeButton = page.getByRole('button', { name: 'Valider le code partenaire' });
    this.withoutCode = page.getByRole('region', { name: 'Sans code partenaire' });
    this.continueWithoutCodeButton = page.getByRole('button', { name: 'Continuer sans code partenaire' });
    this.error = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await action('Ouvrir « Passez-vous par un partenaire ? »', async () => {
      await goTo(this.page, '/commande');
    });
  }

  async continueWithoutPartnerCode(): Promise<void> {
    await guideStep('step5', '« Continuer sans code partenaire »', async () => {
      await follow(this.page, () => this.continueWithoutCodeButton.click());
    });
  }

  async enterPartnerCode(code: string): Promise<Response> {
    return guideStep('step5', `code partenaire « ${code} »`, async () => {
      await this.partnerCode.fill(code);
      return submitForm(this.page, this.validateCodeButton);
    });
  }
}
