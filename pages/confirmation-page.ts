import { expect, type Locator, type Page } from '@playwright/test';
import { follow } from './navigate.ts';
import { step } from './step.ts';

/** « Votre commande est enregistrée »: the order number and what comes by e-mail. */
export class ConfirmationPage {
  readonly heading: Locator;
  readonly orderNumberStatus: Locator;
  readonly mailNotice: Locator;
  readonly backToCustomerAreaLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Votre commande est enregistrée' });
    this.orderNumberStatus = page.getByRole('status').filter({ hasText: /Commande n°/ });
    this.mailNotice = page.getByText(
      "Vous recevez par mail un formulaire PDF ainsi qu'une liste de justificatif à renvoyer pour valider votre demande de certificat.",
    );
    this.backToCustomerAreaLink = page.getByRole('link', { name: "Retour à l'espace client" });
  }

  /** Waits for the confirmation and reads the order number it shows (« CMD-2026-000123 »). */
  async orderNumber(): Promise<string> {
    return step('Relever le numéro de commande', async () => {
      await expect(this.heading).toBeVisible();
      const text = (await this.orderNumberStatus.textContent()) ?? '';
      const number = /CMD-\d{4}-\d{6}/.exec(text)?.[0];
      if (!number) throw new Error(`No order number in « ${text} »`);
      return number;
    });
  }

  async backToCustomerArea(): Promise<void> {
    await step("Cliquer sur « Retour à l'espace client »", async () => {
      await follow(this.page, () => this.backToCustomerAreaLink.click());
    });
  }
}
