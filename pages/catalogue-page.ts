import type { Locator, Page } from '@playwright/test';
import type { ProductName } from './model.ts';
import { follow, goTo } from './navigate.ts';
import { action, guideStep } from './step.ts';

/** « Nouvelle commande »: the catalogue, servers' and persons' certificates. */
export class CataloguePage {
  readonly heading: Locator;
  readonly partner: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Nouvelle commande' });
    this.partner = page.getByRole('status');
  }

  /** The heading of one part of the catalogue, e.g. « Certificats pour serveurs : ». */
  section(title: string): Locator {
    return this.page.getByRole('heading', { name: title, exact: true });
  }

  /** The products listed under one heading, as links (the heading names its region). */
  productsUnder(title: string): Locator {
    return this.page
      .getByRole('region', { name: title, exact: true })
      .getByRole('listitem')
      .getByRole('link');
  }

  /** Every product offered, whichever heading it is under. */
  get allProducts(): Locator {
    return this.page.getByRole('main').getByRole('listitem').getByRole('link');
  }

  product(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }

  async open(): Promise<void> {
    await action('Ouvrir le catalogue « Nouvelle commande »', async () => {
      await goTo(this.page, '/commande/catalogue');
    });
  }

  async chooseProduct(name: ProductName): Promise<void> {
    await guideStep('step6', `« ${name} »`, async () => {
      await follow(this.page, () => this.product(name).click());
    });
  }
}
