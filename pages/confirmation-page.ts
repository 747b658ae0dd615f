import { EXACT } from './guide-text.ts';
import { expect, type Locator, type Page } from '@playwright/test';
import { pageText } from './locate.ts';
import { follow } from './navigate.ts';
import type { PortalProfile } from '../support/profile.ts';
import { action } from './step.ts';

/** The confirmation after « Commander »: the order number and what comes by e-mail. */
export class ConfirmationPage {
  readonly heading: Locator;
  readonly mailNotice: Locator;
  readonly backToCustomerAreaLink: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.heading = page.getByRole('heading', { name: this.profile.texts.confirmationHeading });
    this.mailNotice = page.getByText(
      "Vous recevez par mail un formulaire PDF ainsi qu'une liste de justificatif à renvoyer pour valider votre demande de certificat.",
      EXACT,
    );
    this.backToCustomerAreaLink = page.getByRole('link', { name: this.profile.texts.backToCustomerArea });
  }

  /** The line giving this order's number, as this build writes it. */
  orderNumberLine(number: string): Locator {
    return this.page.getByText(this.profile.texts.orderNumberLine(number), { exact: true });
  }

  /** Waits for the confirmation and reads the order number it shows. */
  async orderNumber(): Promise<string> {
    return action('Relever le numéro de commande', async () => {
      await expect(this.heading).toBeVisible();
      const number = this.profile.orderNumber.exec(await pageText(this.page))?.[0];
      if (!number) throw new Error(`No order number (${this.profile.orderNumber}) on the confirmation page`);
      return number;
    });
  }

  /**
   * The order's summary as the page lists it, term → value (« Produit », « Durée », « Porteur »,
   * « Total »), so a test compares it whole.
   */
  async summary(): Promise<Record<string, string>> {
    return action('Relever le récapitulatif de la commande', async () => {
      await expect(this.heading).toBeVisible();
      const main = this.page.getByRole('main');
      const terms = await main.getByRole('term').allTextContents();
      const values = await main.getByRole('definition').allTextContents();
      return Object.fromEntries(terms.map((term, i) => [term.trim(), (values[i] ?? '').trim()]));
    });
  }

  async backToCustomerArea(): Promise<void> {
    await action(`Cliquer sur « ${this.profile.texts.backToCustomerArea} »`, async () => {
      await follow(this.page, () => this.backToCustomerAreaLink.click());
    });
  }
}
