import type { Locator, Page, Response } from '@playwright/test';
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
  readonly confirmation: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Créer votre espace client' });
    this.company = page.getByRole('textbox', { name: 'Raison sociale' });
    this.siret = page.getByRole('textbox', { name: 'SIRET' });
    this.firstName = page.getByRole('textbox', { name: 'Prénom' });
    this.lastName = page.getByRole('textbox', { name: 'Nom', exact: true });
    this.email = page.getByRole('textbox', { name: 'Adresse e-mail' });
    this.identifier = page.getByRole('textbox', { name: 'Identifiant' });
    this.createButton = page.getByRole('button', { name: 'Créer mon espace client' });
    this.confirmation = page.getByRole('status');
    this.error = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await action('Ouvrir « Créer votre espace client »', async () => {
      await goTo(this.page, '/creer-espace-client');
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
