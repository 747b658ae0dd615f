import type { Page } from '@playwright/test';
import type { Duration, OperatingSystem, PaymentMode, Person, ProductName } from '../fixtures/data.ts';
import { CataloguePage } from './catalogue-page.ts';
import { ConfirmationPage } from './confirmation-page.ts';
import { CustomerAreaPage } from './customer-area-page.ts';
import { OrderFormPage } from './order-form-page.ts';
import { PartnerStepPage } from './partner-step-page.ts';

/** What the customer chooses on the order form. */
export interface Order {
  product: ProductName;
  duration: Duration;
  os: OperatingSystem;
  /** Another person of the account; leave out for the guide's default, the logged-in person. */
  holder?: Pick<Person, 'firstName' | 'lastName'>;
  payment: PaymentMode;
  /** Required with « Autre ». */
  purchaseOrderNumber?: string;
}

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
    const form = this.orderForm;
    await form.chooseDuration(order.duration);
    await form.chooseOperatingSystem(order.os);
    if (order.holder) await form.orderFor(order.holder);
    await form.payWith(order.payment, order.purchaseOrderNumber);
    await form.acceptTerms();
  }

  /** Steps 4 to 12; returns the order number the confirmation shows. */
  async placeOrder(order: Order): Promise<string> {
    await this.reachOrderForm(order.product);
    await this.fillOrderForm(order);
    await this.orderForm.submitOrder();
    return this.confirmation.orderNumber();
  }
}
