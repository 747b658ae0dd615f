import type { Locator, Page } from '@playwright/test';
import { follow, goTo } from './navigate.ts';
import { action, guideStep } from './step.ts';
import { UsersSection } from './users-section.ts';

/** « Espace client »: where an order starts, the account's users and orders. */
export class CustomerAreaPage {
  readonly heading: Locator;
  readonly connectedAs: Locator;
  readonly newOrderLink: Locator;
  readonly logOutButton: Locator;
  readonly users: UsersSection;
  readonly orders: Locator;
  readonly ordersTable: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Espace client', exact: true });
    this.connectedAs = page.getByText(/^Connecté en tant que /);
    this.newOrderLink = page.getByRole('link', { name: 'Nouvelle commande' });
    this.logOutButton = page.getByRole('button', { name: 'Se déconnecter' });
    this.users = new UsersSection(page);
    this.orders = page.getByRole('region', { name: 'Vos commandes' });
    this.ordersTable = this.orders.getByRole('table');
  }

  async open(): Promise<void> {
    await action('Ouvrir l’espace client', async () => {
      await goTo(this.page, '/espace-client');
    });
  }

  async startNewOrder(): Promise<void> {
    await guideStep('step4', undefined, async () => {
      await follow(this.page, () => this.newOrderLink.click());
    });
  }

  async logOut(): Promise<void> {
    await action('Cliquer sur « Se déconnecter »', async () => {
      await this.logOutButton.click();
    });
  }

  /** The row of one order in « Vos commandes ». */
  order(number: string): Locator {
    return this.ordersTable.getByRole('row').filter({ hasText: number });
  }
}
