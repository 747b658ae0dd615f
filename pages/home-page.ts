import { guideName } from './guide-text.ts';
import type { Locator, Page } from '@playwright/test';
import type { PortalProfile } from '../support/profile.ts';
import { follow, goTo } from './navigate.ts';
import { action, guideStep } from './step.ts';

/** www.certigna.fr: where the guide starts. */
export class HomePage {
  readonly heading: Locator;
  readonly customerAreaLink: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.heading = page.getByRole('heading', { name: this.profile.texts.homeHeading, exact: true });
    this.customerAreaLink = page.getByRole('link', guideName('Espace client'));
  }

  async open(): Promise<void> {
    await action('Aller sur www.certigna.fr', async () => {
      await goTo(this.page, this.profile.paths.home);
    });
  }

  async goToCustomerArea(): Promise<void> {
    await guideStep('step1', undefined, async () => {
      await follow(this.page, () => this.customerAreaLink.click());
    });
  }
}
