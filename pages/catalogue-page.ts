import { guideName } from './guide-text.ts';
import type { Locator, Page } from '@playwright/test';
import { part } from './locate.ts';
import type { ProductName } from './model.ts';
import { follow, goTo } from './navigate.ts';
import type { PortalProfile } from '../support/profile.ts';
import { action, guideStep } from './step.ts';

/**
 * « Nouvelle commande », the catalogue (step 6): « Certificats pour serveurs : » and
 * « Certificats pour personnes physiques : », each product a link.
 */
export class CataloguePage {
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.heading = page.getByRole('heading', guideName('Nouvelle commande'));
  }

  /** The notice naming the partner whose code was given. */
  partner(name: string): Locator {
    return this.page.getByText(this.profile.texts.partner.chosen(name), { exact: true });
  }

  /** The heading of one part of the catalogue, e.g. « Certificats pour serveurs : ». */
  section(title: string): Locator {
    return this.page.getByRole('heading', { name: title, exact: true });
  }

  /** The products listed under one heading, as links. */
  productsUnder(title: string): Locator {
    return part(this.page, title, 'link').getByRole('listitem').getByRole('link');
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
      await goTo(this.page, this.profile.paths.catalogue);
    });
  }

  async chooseProduct(name: ProductName): Promise<void> {
    await guideStep('step6', `« ${name} »`, async () => {
      await follow(this.page, () => this.product(name).click());
    });
  }
}
