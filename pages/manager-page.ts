import type { Locator, Page, Response } from '@playwright/test';
import type { Credentials } from './model.ts';
import { goTo } from './navigate.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';
import { fillSecret } from './secret.ts';

/** « Manager Certigna »: the staff's login. */
export class ManagerLoginPage {
  readonly heading: Locator;
  readonly identifier: Locator;
  readonly password: Locator;
  readonly signInButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Manager Certigna' });
    this.identifier = page.getByRole('textbox', { name: 'Identifiant' });
    this.password = page.getByRole('textbox', { name: 'Mot de passe', exact: true });
    this.signInButton = page.getByRole('button', { name: 'Se connecter' });
    this.error = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await action('Ouvrir le manager', async () => {
      await goTo(this.page, '/manager/connexion');
    });
  }

  async logIn(staff: Credentials): Promise<Response> {
    return action('Se connecter au manager', async () => {
      await this.identifier.fill(staff.login);
      await fillSecret(this.password, staff.password);
      return submitForm(this.page, this.signInButton);
    });
  }
}

/** The manager's « Compte client » tab: find a customer account, switch the mandataire function on. */
export class ManagerCustomerAccountsPage {
  readonly tab: Locator;
  readonly companyName: Locator;
  readonly searchButton: Locator;
  readonly results: Locator;
  readonly noResult: Locator;
  readonly confirmation: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tablist').getByRole('tab', { name: 'Compte client' });
    this.companyName = page.getByRole('textbox', { name: 'Nom de société' });
    this.searchButton = page.getByRole('button', { name: 'Rechercher' });
    this.results = page.getByRole('table');
    this.noResult = page.getByText(/^Aucun compte client ne correspond à/);
    this.confirmation = page.getByRole('status');
  }

  /** The result row of one company (its « Société » cell exactly: « Mandat » is not « Mandat Sud »). */
  account(company: string): Locator {
    return this.results
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: company, exact: true }) });
  }

  /** The « Mandataire » cell of a company's row: « Oui », or « Non » and the button to activate it. */
  mandataireStatus(company: string): Locator {
    return this.account(company).getByRole('cell').nth(3);
  }

  async open(): Promise<void> {
    await action('Ouvrir l’onglet « Compte client » du manager', async () => {
      await goTo(this.page, '/manager');
    });
  }

  async searchCompany(name: string): Promise<void> {
    await action(`Rechercher le compte client par nom de société « ${name} »`, async () => {
      await this.companyName.fill(name);
      await this.searchButton.click();
    });
  }

  async enableMandataire(company: string): Promise<Response> {
    return action(`Activer la fonction mandataire pour « ${company} »`, () =>
      submitForm(
        this.page,
        this.account(company).getByRole('button', { name: 'Activer la fonction mandataire' }),
      ),
    );
  }
}
