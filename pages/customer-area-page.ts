import { guideName } from './guide-text.ts';
import type { Locator, Page } from '@playwright/test';
import { entries } from './locate.ts';
import { follow, goTo } from './navigate.ts';
import type { PortalProfile } from '../support/profile.ts';
import { action, guideStep } from './step.ts';
import { UsersSection } from './users-section.ts';

/** « Espace client »: where an order starts, the account's users and orders. */
export class CustomerAreaPage {
  readonly heading: Locator;
  readonly newOrderLink: Locator;
  readonly logOutButton: Locator;
  readonly users: UsersSection;
  /** The heading of « Vos commandes ». */
  readonly orders: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.heading = page.getByRole('heading', guideName('Espace client'));
    this.newOrderLink = page.getByRole('link', guideName('Nouvelle commande'));
    this.logOutButton = page.getByRole('button', { name: this.profile.texts.logOut });
    this.users = new UsersSection(page, profile);
    this.orders = page.getByRole('heading', { name: this.profile.texts.ordersHeading });
  }

  /** Who the customer area says is logged in (« FREDERIC SENEZ »). */
  connectedAs(holderName: string): Locator {
    return this.page.getByText(this.profile.texts.connectedAs(holderName), { exact: true });
  }

  async open(): Promise<void> {
    await action('Ouvrir l’espace client', async () => {
      await goTo(this.page, this.profile.paths.customerArea);
    });
  }

  async startNewOrder(): Promise<void> {
    await guideStep('step4', undefined, async () => {
      await follow(this.page, () => this.newOrderLink.click());
    });
  }

  async logOut(): Promise<void> {
    await action(`Cliquer sur « ${this.profile.texts.logOut} »`, async () => {
      await this.logOutButton.click();
    });
  }

  /** The browser's « back » button. */
  async goBackInBrowser(): Promise<void> {
    await action('Revenir en arrière dans le navigateur', async () => {
      await this.page.goBack();
    });
  }

  /** What « Vos commandes » shows of each order: one text per row or item. */
  async listedOrders(): Promise<string[]> {
    await this.orders.waitFor();
    return entries(this.page).filter({ hasText: this.profile.orderNumber }).allInnerTexts();
  }

  /** One order in « Vos commandes » (a table row or a list item), by its number. */
  order(number: string): Locator {
    return entries(this.page).filter({ hasText: number });
  }
}
