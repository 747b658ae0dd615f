import { guideName } from './guide-text.ts';
import type { Locator, Page, Response } from '@playwright/test';
import { part } from './locate.ts';
import { follow, goTo } from './navigate.ts';
import type { PortalProfile } from '../support/profile.ts';
import { action, guideStep } from './step.ts';
import { submitForm } from './submit.ts';

/**
 * « Passez-vous par un partenaire ? » (step 5): « Je dispose d'un code partenaire » or
 * « Sans code partenaire » / « Continuer sans code partenaire ».
 */
export class PartnerStepPage {
  readonly heading: Locator;
  readonly withCode: Locator;
  readonly partnerCode: Locator;
  readonly validateCodeButton: Locator;
  readonly withoutCode: Locator;
  readonly continueWithoutCodeButton: Locator;
  readonly unknownCode: Locator;
  readonly emptyCode: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.heading = page.getByRole('heading', guideName('Passez-vous par un partenaire ?'));
    this.withCode = part(page, "Je dispose d'un code partenaire", 'textbox');
    // The guide shows the field holding « Votre code partenaire »: a placeholder, or its label.
    this.partnerCode = page
      .getByPlaceholder('Votre code partenaire')
      .or(page.getByRole('textbox', guideName('Votre code partenaire')));
    this.validateCodeButton = page.getByRole('button', { name: this.profile.texts.partner.validateCode });
    this.withoutCode = part(page, 'Sans code partenaire', 'button');
    this.continueWithoutCodeButton = page.getByRole('button', guideName('Continuer sans code partenaire'));
    this.unknownCode = page.getByText(this.profile.texts.partner.unknownCode);
    this.emptyCode = page.getByText(this.profile.texts.partner.emptyCode);
  }

  async open(): Promise<void> {
    await action('Ouvrir « Passez-vous par un partenaire ? »', async () => {
      await goTo(this.page, this.profile.paths.partnerStep);
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
