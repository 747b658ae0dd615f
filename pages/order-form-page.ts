import { EXACT, guideName } from './guide-text.ts';
import { expect, type Locator, type Page, type Response } from '@playwright/test';
import type { ConfirmationPage } from './confirmation-page.ts';
import {
  PRODUCTS,
  displayName,
  durationLabel,
  holderName,
  type Duration,
  type OperatingSystem,
  type PaymentMode,
  type Person,
  type ProductName,
} from './model.ts';
import { choose } from './choose.ts';
import { question } from './locate.ts';
import { settled, trackRequests } from './in-flight.ts';
import { goTo } from './navigate.ts';
import type { PortalProfile } from '../support/profile.ts';
import { action, guideStep } from './step.ts';
import { submitForm } from './submit.ts';

/** What the customer chooses on the order form, steps 6 to 11. */
export interface OrderChoices {
  product: ProductName;
  duration: Duration;
  os: OperatingSystem;
  /** Another person of the account; left out, the order is for the logged-in person. */
  holder?: Pick<Person, 'firstName' | 'lastName'>;
  payment: PaymentMode;
  /** Required with « Autre ». */
  purchaseOrderNumber?: string;
  acceptTerms: boolean;
}

/** An order as `placeOrder` places it: every choice made, the CGU accepted. */
export type Order = Omit<OrderChoices, 'acceptTerms'>;

export interface OrderFormOptions {
  /** Where `placeOrder` reads the order number. */
  confirmation?: ConfirmationPage;
  /** Runs before « Commander » is clicked (the fixture's guard against placing a real order). */
  beforeSubmit?: (orderButton: Locator) => Promise<void>;
  /** Runs before the form is sent past the page's checks (the same guard, whatever the button). */
  beforeSendingAsFilled?: () => void;
}

/** The holder radio for someone else of the account. */
const ANOTHER_PERSON = 'Une autre personne de';
/** The CGU checkbox, whatever authority it names. */
const TERMS = /^J'atteste avoir pris connaissance des conditions générales d'utilisation de l'autorité /;

/**
 * The order form: « 1. Informations générales », « 2. Porteur du certificat »,
 * « 3. Moyen de paiement », « 4. Conditions Générales d'Utilisation », then
 * « Effacer le formulaire » and « Commander ». Steps 6 to 12 of the guide.
 */
export class OrderFormPage {
  readonly heading: Locator;

  readonly generalInformation: Locator;
  /** « Partenaire Certigna ? », the question the first part answers. */
  readonly partnerQuestion: Locator;
  /** « Partenaire Certigna ? » answered for a customer without a partner code. */
  readonly noPartner: Locator;
  readonly certificateType: Locator;
  readonly validity: Locator;
  readonly price: {
    readonly duration: Locator;
    readonly total: Locator;
    readonly faceToFace: Locator;
    /** What the « Tarif » box says before a type and a duration are chosen. */
    readonly prompt: Locator;
  };
  readonly operatingSystem: Locator;
  readonly operatingSystemIntro: Locator;
  readonly sha256Note: Locator;

  readonly holderQuestion: Locator;
  readonly holderExplanation: Locator;
  readonly holder: Locator;
  readonly anotherPerson: Locator;
  readonly otherHolder: Locator;
  readonly mandataireNote: Locator;

  readonly payment: Locator;
  readonly purchaseOrderNumber: Locator;
  readonly paymentPrompt: Locator;

  readonly acceptTermsCheckbox: Locator;

  readonly clearButton: Locator;
  readonly orderButton: Locator;
  readonly requiredFieldsNote: Locator;
  /** The portal's page refusing an order sent to it (the build's wording). */
  readonly refusal: Locator;

  constructor(
    readonly page: Page,
    readonly profile: PortalProfile,
    private readonly options: OrderFormOptions = {},
  ) {
    // From the first choice on, what the page still waits from the server (pages/in-flight.ts).
    trackRequests(page);
    // Each question by the guide's own words, whatever element holds it (pages/locate.ts).
    this.heading = page.getByRole('heading', guideName('Nouvelle commande'));

    this.generalInformation = question(page, '1. Informations générales');
    this.partnerQuestion = page.getByText('Partenaire Certigna ?', EXACT);
    this.noPartner = page.getByText(
      "Vous avez choisi de passer par Certigna, vous avez accès à l'ensemble de notre gamme de produit.",
      EXACT,
    );
    this.certificateType = question(page, 'Quel type de certificat ?');
    this.validity = question(page, 'Quelle durée de validité ?');
    this.price = {
      duration: page.getByText(/^Durée \(\d ans?\) :/),
      total: page.getByText(/^Total :/),
      faceToFace: page.getByText(/^Frais de face-à-face/),
      prompt: page.getByText(this.profile.texts.pricePrompt),
    };
    this.operatingSystem = question(page, "Quel système d'exploitation ?");
    this.operatingSystemIntro = page.getByText(
      'Le certificat sera utilisé sur un ordinateur exécutant :',
      EXACT,
    );
    this.sha256Note = page.getByText(
      "Les certificats normés RGS utilisent l'algorithme SHA-256. Cet algorithme est présent sous Windows à partir de Windows XP SP3.",
      EXACT,
    );

    this.holderQuestion = page.getByText('Quel porteur de certificat ?', EXACT);
    this.holderExplanation = page.getByText(
      "Le terme \"Porteur de certificat\" désigne la personne physique qui est nommée explicitement dans un certificat électronique (présence de ses nom, prénom, email) et qui l'utilise au quotidien. En règle générale, cette personne doit effectuer elle-même la demande de certificat. Il faut donc créer, si ce n'est déjà fait, dans la liste de vos utilisateurs, les différentes personnes susceptibles de commander un certificat. Dans certains cas (ex: certificat pour un maire), il est possible qu'une autre personne puisse générer la demande à sa place.",
      EXACT,
    );
    this.holder = question(page, 'Certificat délivré pour ?');
    this.anotherPerson = page.getByRole('radio', guideName(ANOTHER_PERSON));
    this.otherHolder = page.getByRole('combobox', { name: this.profile.texts.otherHolder });
    this.mandataireNote = page.getByText(this.profile.texts.mandataireNote);

    // The guide's screenshot puts its prompt with the payment radios, whatever holds them; the
    // part's title may stand in a row of its own, apart from them.
    const paymentPrompt = 'Veuillez sélectionner un moyen de paiement afin de finaliser votre commande';
    this.payment = question(page, paymentPrompt);
    this.purchaseOrderNumber = page.getByRole('textbox', { name: this.profile.texts.purchaseOrderNumber });
    this.paymentPrompt = page.getByText(paymentPrompt);

    this.acceptTermsCheckbox = page.getByRole('checkbox', { name: TERMS });

    this.clearButton = page.getByRole('button', guideName('Effacer le formulaire'));
    this.orderButton = page.getByRole('button', guideName('Commander'));
    this.requiredFieldsNote = page.getByText("Les champs marqués d'un astérisque sont obligatoires", EXACT);
    this.refusal = page.getByRole('heading', { name: this.profile.texts.orderRefused, exact: true });
  }

  /** « Partenaire Certigna ? » answered for a customer who gave a partner's code. */
  viaPartner(name: string): Locator {
    return this.page.getByText(this.profile.texts.partner.viaPartner(name));
  }

  /** A button by its whole label, so a renamed « Commander » or « Effacer le formulaire » is not found. */
  buttonNamed(label: string): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  /** The radio of one certificate type, e.g. « Certigna Pack ID RGS** ». */
  type(product: ProductName): Locator {
    return this.certificateType.getByRole('radio', { name: PRODUCTS[product].type, exact: true });
  }

  duration(years: Duration): Locator {
    return this.validity.getByRole('radio', { name: durationLabel(years), exact: true });
  }

  os(name: OperatingSystem): Locator {
    return this.operatingSystem.getByRole('radio', { name, exact: true });
  }

  /** The holder radio named after a person, in capitals (« FREDERIC SENEZ »). */
  holderRadio(person: Pick<Person, 'firstName' | 'lastName'>): Locator {
    return this.holder.getByRole('radio', { name: holderName(person), exact: true });
  }

  paymentMode(mode: PaymentMode): Locator {
    return this.payment.getByRole('radio', { name: mode, exact: true });
  }

  /** The CGU checkbox naming the authority of the product chosen. */
  termsFor(authority: string): Locator {
    return this.page.getByRole('checkbox', {
      name: `J'atteste avoir pris connaissance des conditions générales d'utilisation de l'autorité ${authority}`,
      exact: true,
    });
  }

  /** Opens the blank form (no type chosen), as a bookmark to the order form would. */
  async open(): Promise<void> {
    await action('Ouvrir le formulaire de commande', async () => {
      await goTo(this.page, this.profile.paths.orderForm);
    });
  }

  // Choices are made as a person makes them, by their label (pages/choose.ts): the controls of a
  // JSF + PrimeFaces portal are hidden under boxes that take the clicks.
  async chooseProduct(product: ProductName): Promise<void> {
    await guideStep('step6', `« ${PRODUCTS[product].type} »`, async () => {
      const name = PRODUCTS[product].type;
      await choose(this.type(product), this.certificateType.getByText(name, { exact: true }));
    });
  }

  async chooseDuration(years: Duration): Promise<void> {
    await guideStep('step7', `« ${durationLabel(years)} »`, async () => {
      await choose(this.duration(years), this.validity.getByText(durationLabel(years), { exact: true }));
    });
  }

  async chooseOperatingSystem(name: OperatingSystem): Promise<void> {
    await guideStep('step8', `« ${name} »`, async () => {
      await choose(this.os(name), this.operatingSystem.getByText(name, { exact: true }));
    });
  }

  /** « Une autre personne de », by its label. */
  private async chooseAnotherPersonRadio(): Promise<void> {
    await choose(this.anotherPerson, this.holder.getByText(ANOTHER_PERSON, { exact: true }));
  }

  /** Step 9 for someone else of the account (Délégué or Mandataire accounts only). */
  async orderFor(person: Pick<Person, 'firstName' | 'lastName'>): Promise<void> {
    await guideStep('step9', `« Une autre personne de » : ${displayName(person)}`, async () => {
      await this.chooseAnotherPersonRadio();
      await this.otherHolder.selectOption({ label: displayName(person) });
    });
  }

  /** The people « Autre porteur » offers (its placeholder, which has no value, left out). */
  get listedHolders(): Locator {
    return this.otherHolder.getByRole('option').filter({ hasNotText: this.profile.texts.choosePerson });
  }

  /**
   * Step 9 for the first person « Autre porteur » lists, whoever they are: on a deployed portal the
   * suite knows the mandataire but not the other users of their account. Returns the name chosen.
   */
  async orderForFirstListed(): Promise<string> {
    return guideStep('step9', '« Une autre personne de » : la première listée', async () => {
      await this.chooseAnotherPersonRadio();
      await expect(
        this.listedHolders.first(),
        '« Autre porteur » lists another user of the account (create one in « Liste de vos utilisateurs »)',
      ).toBeAttached();
      const name = (await this.listedHolders.first().textContent())?.trim() ?? '';
      await this.otherHolder.selectOption({ label: name });
      return name;
    });
  }

  /** « Une autre personne de », before choosing who. */
  async chooseAnotherPerson(): Promise<void> {
    await guideStep('step9', '« Une autre personne de »', async () => {
      await this.chooseAnotherPersonRadio();
    });
  }

  async payWith(mode: PaymentMode, purchaseOrderNumber?: string): Promise<void> {
    await guideStep('step10', `« ${mode} »`, async () => {
      await choose(this.paymentMode(mode), this.payment.getByText(mode, { exact: true }));
      if (purchaseOrderNumber) await this.purchaseOrderNumber.fill(purchaseOrderNumber);
    });
  }

  async acceptTerms(): Promise<void> {
    await guideStep('step11', undefined, async () => {
      await choose(this.acceptTermsCheckbox, this.page.getByText(TERMS));
    });
  }

  /**
   * Clicks « Commander » and returns the server's answer to the POST (its confirmation, a redirect
   * to it, or a refusal: what the page then shows tells which).
   * The fixture's `beforeSubmit` runs first: on a portal where orders must not be placed, it stops
   * the test there, once « Commander » is shown enabled.
   */
  async submitOrder(): Promise<Response> {
    return guideStep('step12', undefined, async () => {
      await this.options.beforeSubmit?.(this.orderButton);
      return submitForm(this.page, this.orderButton);
    });
  }

  /**
   * Sends the form as it is filled, past the page's own checks, as a forged request or a page
   * whose greyed « Commander » regressed would: the browser submits the button's form itself, which
   * fires no submit event, so the page's script cannot hold it back. Returns the server's answer.
   */
  async sendAsFilled(): Promise<Response> {
    return action('Envoyer le formulaire tel qu’il est rempli, sans les contrôles de la page', async () => {
      this.options.beforeSendingAsFilled?.();
      await settled(this.page);
      const answer = this.page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.request().resourceType() === 'document',
      );
      // Both an order stored (its confirmation) and a refusal end on a new document.
      const loaded = this.page.waitForEvent('load');
      await this.orderButton.evaluate((button) => {
        const form = (button as HTMLButtonElement | HTMLInputElement).form;
        if (!form) throw new Error('« Commander » belongs to no form');
        HTMLFormElement.prototype.submit.call(form);
      });
      const response = await answer;
      await loaded;
      return response;
    });
  }

  /**
   * Steps 6 to 12: fills every choice, accepts the CGU, clicks « Commander » and returns the order
   * number the confirmation shows. A refusal fails here: the confirmation is not shown.
   */
  async placeOrder(order: Order): Promise<string> {
    await this.fillForm({ ...order, acceptTerms: true });
    await this.submitOrder();
    if (!this.options.confirmation)
      throw new Error('placeOrder needs the confirmation page (see fixtures/pages.ts)');
    return this.options.confirmation.orderNumber();
  }

  /**
   * Steps 6 to 11 in one call, skipping whatever is left out: specs about a missing
   * field fill everything else with it.
   */
  async fillForm(choices: Partial<OrderChoices>): Promise<void> {
    if (choices.product) await this.chooseProduct(choices.product);
    if (choices.duration) await this.chooseDuration(choices.duration);
    if (choices.os) await this.chooseOperatingSystem(choices.os);
    if (choices.holder) await this.orderFor(choices.holder);
    if (choices.payment) await this.payWith(choices.payment, choices.purchaseOrderNumber);
    if (choices.acceptTerms) await this.acceptTerms();
  }

  async clearForm(): Promise<void> {
    await action('Cliquer sur « Effacer le formulaire »', async () => {
      await this.clearButton.click();
    });
  }
}
