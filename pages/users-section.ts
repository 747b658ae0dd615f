import type { Locator, Page, Response } from '@playwright/test';
import { entries } from './locate.ts';
import type { Person } from './model.ts';
import type { PortalProfile } from '../support/profile.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';

/**
 * The list of the account's users in the customer area (the guide's « liste de vos
 * utilisateurs »): the people who may order a certificate, and (for an account administrator)
 * the form creating a future holder.
 */
export class UsersSection {
  readonly region: Locator;
  readonly createForm: {
    readonly firstName: Locator;
    readonly lastName: Locator;
    readonly email: Locator;
    readonly identifier: Locator;
    readonly submit: Locator;
  };
  readonly created: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    const texts = this.profile.texts.user;
    this.region = page.getByRole('heading', { name: this.profile.texts.usersHeading });
    this.createForm = {
      firstName: page.getByRole('textbox', { name: texts.firstName, exact: true }),
      lastName: page.getByRole('textbox', { name: texts.lastName, exact: true }),
      email: page.getByRole('textbox', { name: texts.email, exact: true }),
      identifier: page.getByRole('textbox', { name: texts.identifier, exact: true }),
      submit: page.getByRole('button', { name: texts.submit }),
    };
    this.created = page.getByText(this.profile.texts.userCreated);
  }

  /** One user of the list (a table row or a list item), found by their e-mail address. */
  row(person: Pick<Person, 'email'>): Locator {
    return entries(this.page).filter({ hasText: person.email });
  }

  /** The user's row says they have not activated their account yet. */
  pending(person: Pick<Person, 'email'>): Locator {
    return this.row(person).getByText(this.profile.texts.userPending);
  }

  /** The user's row says their account is activated. */
  active(person: Pick<Person, 'email'>): Locator {
    return this.row(person).getByText(this.profile.accountTexts.userActive, { exact: true });
  }

  /** The message of a refused « Créer un utilisateur », whatever it says (to compare it whole). */
  get alert(): Locator {
    return this.page.getByRole('alert');
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
