import type { Locator, Page, Response } from '@playwright/test';
import type { Person } from './model.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';

/**
 * « Liste de vos utilisateurs » in the customer area: the people who may order a
 * certificate, and (for an account administrator) the form creating a future holder.
 */
export class UsersSection {
  readonly region: Locator;
  readonly table: Locator;
  readonly createForm: {
    readonly firstName: Locator;
    readonly lastName: Locator;
    readonly email: Locator;
    readonly identifier: Locator;
    readonly submit: Locator;
  };
  readonly confirmation: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Liste de vos utilisateurs' });
    this.table = this.region.getByRole('table');
    this.createForm = {
      firstName: page.getByRole('textbox', { name: 'Prénom' }),
      lastName: page.getByRole('textbox', { name: 'Nom', exact: true }),
      email: page.getByRole('textbox', { name: 'Adresse e-mail' }),
      identifier: page.getByRole('textbox', { name: 'Identifiant' }),
      submit: page.getByRole('button', { name: "Créer l'utilisateur" }),
    };
    this.confirmation = page.getByRole('status');
  }

  /** The table row of one user, found by their e-mail address. */
  row(person: Pick<Person, 'email'>): Locator {
    return this.table.getByRole('row').filter({ hasText: person.email });
  }

  async createUser(person: Person): Promise<Response> {
    return action('Créer le compte du futur porteur dans la liste de vos utilisateurs', async () => {
      await this.createForm.firstName.fill(person.firstName);
      await this.createForm.lastName.fill(person.lastName);
      await this.createForm.email.fill(person.email);
      await this.createForm.identifier.fill(person.login);
      return submitForm(this.page, this.createForm.submit);
    });
  }
}
