import type { Locator, Page, Response } from '@playwright/test';
import type { PortalProfile } from '../support/profile.ts';
import type { Person } from './model.ts';
import { goTo } from './navigate.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';

export interface NewCustomerArea extends Person {
  company: string;
  siret: string;
}

/** « Créer votre espace client »: what an old customer does before ordering. */
export class CreateCustomerAreaPage {
  readonly heading: Locator;
  readonly company: Locator;
  readonly siret: Locator;
  readonly firstName: Locator;
  readonly lastName: Locator;
  readonly email: Locator;
  readonly identifier: Locator;
  readonly createButton: Locator;
  readonly created: Locator;
  readonly invalidSiret: Locator;
  readonly siretTaken: Locator;
  readonly siretLengthError: Locator;
  /** The refusals' whole texts, to compare the page's message with. */
  readonly messages: { invalidSiret: string; siretLength: string };

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.messages = {
      invalidSiret: profile.texts.signup.invalidSiret,
      siretLength: profile.texts.siretLength,
    };
    this.heading = page.getByRole('heading', { name: this.profile.texts.signup.heading });
    this.company = page.getByRole('textbox', { name: this.profile.texts.signup.company });
    this.siret = page.getByRole('textbox', { name: this.profile.texts.signup.siret });
    this.firstName = page.getByRole('textbox', { name: this.profile.texts.signup.firstName });
    this.lastName = page.getByRole('textbox', { name: this.profile.texts.signup.lastName, exact: true });
    this.email = page.getByRole('textbox', { name: this.profile.texts.signup.email });
    this.identifier = page.getByRole('textbox', { name: this.profile.texts.signup.identifier });
    this.createButton = page.getByRole('button', { name: this.profile.texts.signup.submit });
    this.created = page.getByText(this.profile.texts.signup.created);
    this.invalidSiret = page.getByText(this.profile.texts.signup.invalidSiret);
    this.siretTaken = page.getByText(this.profile.texts.signup.siretTaken);
    this.siretLengthError = page.getByText(this.profile.texts.siretLength);
  }

  /** The page's error message, whatever it says (to compare it whole). */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async open(): Promise<void> {
    await action('Ouvrir « Créer votre espace client »', async () => {
      await goTo(this.page, this.profile.paths.signup);
    });
  }

  async createCustomerArea(input: NewCustomerArea): Promise<Response> {
    return action('Créer son espace client', async () => {
      await this.company.fill(input.company);
      await this.siret.fill(input.siret);
      await this.firstName.fill(input.firstName);
      await this.lastName.fill(input.lastName);
      await this.email.fill(input.email);
      await this.identifier.fill(input.login);
      return submitForm(this.page, this.createButton);
    });
  }
}
