import type { Locator, Page } from '@playwright/test';
import { follow, goTo } from './navigate.ts';
import { step } from './step.ts';

/** www.certigna.fr: where the guide starts. */
export class HomePage {
  readonly heading: Locator;
  readonly customerAreaLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Certigna', exact: true });
    this.customerAreaLink = page.getByRole('link', { name: 'Espace client', exact: true });
  }

  async open(): Promise<void> {
    await step('Aller sur www.certigna.fr', async () => {
      await goTo(this.page, '/');
    });
  }

  async goToCustomerArea(): Promise<void> {
    await step('Étape 1 : cliquer sur « Espace client »', async () => {
      await follow(this.page, () => this.customerAreaLink.click());
    });
  }
}
