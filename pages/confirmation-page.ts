import { expect, type Locator, type Page } from '@playwright/test';
import { follow } from './navigate.ts';
import { action } from './step.ts';

/** How the portal numbers an order (« CMD-2026-000123 »): the guide does not say, the portal decides. */
export const ORDER_NUMBER = /CMD-\d{4}-\d{6}/;

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
    return action('Relever le numéro de commande', async () => {
      await expect(this.heading).toBeVisible();
      const text = (await this.orderNumberStatus.textContent()) ?? '';
      const number = ORDER_NUMBER.exec(text)?.[0];
      if (!number) throw new Error(`No order number in « ${text} »`);
      return number;
    });
  }

  async backToCustomerArea(): Promise<void> {
    await action("Cliquer sur « Retour à l'espace client »", async () => {
      await follow(this.page, () => this.backToCustomerAreaLink.click());
    });
  }
}
