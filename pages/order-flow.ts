import type { Page } from '@playwright/test';
import type { ProductName } from '../fixtures/data.ts';
import { CataloguePage } from './catalogue-page.ts';
import { ConfirmationPage } from './confirmation-page.ts';
import { CustomerAreaPage } from './customer-area-page.ts';
import { OrderFormPage, type OrderChoices } from './order-form-page.ts';
import { PartnerStepPage } from './partner-step-page.ts';

/** An order as the flow places it: every choice made, the CGU accepted. */
export type Order = Omit<OrderChoices, 'acceptTerms'>;

/**
 * The guide's common path composed from the page objects, so a spec about step 9 does
 * not repeat steps 1 to 8. Starts from the customer area of a logged-in customer.
 */
export class OrderFlow {
  readonly customerArea: CustomerAreaPage;
  readonly partnerStep: PartnerStepPage;
  readonly catalogue: CataloguePage;
  readonly orderForm: OrderFormPage;
  readonly confirmation: ConfirmationPage;

  constructor(readonly page: Page) {
    this.customerArea = new CustomerAreaPage(page);
    this.partnerStep = new PartnerStepPage(page);
    this.catalogue = new CataloguePage(page);
    this.orderForm = new OrderFormPage(page);
    this.confirmation = new ConfirmationPage(page);
  }

  /** Steps 4 to 6: « Nouvelle commande », no partner code, the product in the catalogue. */
  async reachOrderForm(product: ProductName): Promise<OrderFormPage> {
    await this.customerArea.startNewOrder();
    await this.partnerStep.continueWithoutPartnerCode();
    await this.catalogue.chooseProduct(product);
    return this.orderForm;
  }

  /** Steps 7 to 11 on the order form (the type already chosen in the catalogue). */
  async fillOrderForm(order: Order): Promise<void> {
    await this.orderForm.fillForm({ ...order, product: undefined, acceptTerms: true });
  }

  /** Steps 4 to 12; returns the order number the confirmation shows. */
  async placeOrder(order: Order): Promise<string> {
    await this.reachOrderForm(order.product);
    await this.fillOrderForm(order);
    await this.orderForm.submitOrder();
    return this.confirmation.orderNumber();
  }
}
