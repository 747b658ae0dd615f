import { EXACT, guideName } from './guide-text.ts';
import type { Locator, Page, Response } from '@playwright/test';
import { cellUnder, entries } from './locate.ts';
import type { Credentials } from './model.ts';
import { goTo } from './navigate.ts';
import type { PortalProfile } from '../support/profile.ts';
import { fillSecret } from './secret.ts';
import { action } from './step.ts';
import { submitForm } from './submit.ts';

// A tab, or a link styled as one: the guide names it, not its role.
const customerAccountsTab = (page: Page) =>
  page.getByRole('tab', guideName('Compte client')).or(page.getByRole('link', guideName('Compte client')));

/** The manager's login page (Certigna staff). */
export class ManagerLoginPage {
  readonly heading: Locator;
  readonly identifier: Locator;
  readonly password: Locator;
  readonly signInButton: Locator;
  readonly error: Locator;
  /** Where a good login lands: the « Compte client » tab. */
  readonly customerAccountsTab: Locator;
  private readonly texts: PortalProfile['texts']['manager'];

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.texts = profile.texts.manager;
    this.heading = page.getByRole('heading', { name: this.texts.loginHeading });
    this.customerAccountsTab = customerAccountsTab(page);
    this.identifier = page.getByRole('textbox', { name: this.texts.identifier });
    this.password = page.getByRole('textbox', { name: this.texts.password, exact: true });
    this.signInButton = page.getByRole('button', guideName('Se connecter'));
    this.error = page.getByText('Identifiant ou mot de passe incorrect', EXACT);
  }

  async open(): Promise<void> {
    await action('Ouvrir le manager', async () => {
      await goTo(this.page, this.profile.paths.managerLogin);
    });
  }

  /** The manager's « Compte client » tab by its address, as a bookmark would open it. */
  async openCustomerAccounts(): Promise<void> {
    await action('Ouvrir l’onglet « Compte client » du manager par son adresse', async () => {
      await goTo(this.page, this.profile.paths.manager);
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

/**
 * The manager's « Compte client » tab: search a customer account by company name (to check
 * whether an old customer has one) and switch the mandataire function on.
 */
export class ManagerCustomerAccountsPage {
  readonly tab: Locator;
  readonly companyName: Locator;
  readonly searchButton: Locator;
  readonly results: Locator;
  private readonly texts: PortalProfile['texts']['manager'];

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
  ) {
    this.texts = profile.texts.manager;
    this.tab = customerAccountsTab(page);
    this.companyName = page.getByRole('textbox', { name: this.texts.companyName });
    this.searchButton = page.getByRole('button', { name: this.texts.search });
    this.results = page.getByRole('table');
  }

  /** The answer to a search that found nothing. */
  noResult(company: string): Locator {
    return this.page.getByText(this.texts.noResult(company), { exact: true });
  }

  /** The result of one company (its company cell exactly: « Mandat » is not « Mandat Sud »). */
  account(company: string): Locator {
    return entries(this.results).filter({ has: this.page.getByRole('cell', { name: company, exact: true }) });
  }

  /** One cell of a company's row, by its column header's text. */
  /** The account's SIRET cell (the column key is the build's, kept out of the specs). */
  siretCell(company: string): Promise<Locator> {
    return this.cell(company, 'siret');
  }

  cell(company: string, column: keyof PortalProfile['texts']['manager']['columns']): Promise<Locator> {
    return cellUnder(this.results, this.account(company), this.texts.columns[column]);
  }

  /** Whether the manager shows the mandataire function on or off for the company. */
  async mandataireShown(company: string, on: boolean): Promise<Locator> {
    return (await this.cell(company, 'mandataire')).getByText(
      on ? this.texts.mandataireOn : this.texts.mandataireOff,
      {
        exact: true,
      },
    );
  }

  /** The notice that the mandataire function was switched on. */
  mandataireEnabled(company: string): Locator {
    return this.page.getByText(this.texts.mandataireEnabled(company), { exact: true });
  }

  async open(): Promise<void> {
    await action('Ouvrir l’onglet « Compte client » du manager', async () => {
      await goTo(this.page, this.profile.paths.manager);
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
      submitForm(this.page, this.account(company).getByRole('button', { name: this.texts.enableMandataire })),
    );
  }
}
