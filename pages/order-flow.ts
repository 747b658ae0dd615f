import type { CataloguePage } from './catalogue-page.ts';
import type { CustomerAreaPage } from './customer-area-page.ts';
import type { ProductName } from './model.ts';
import type { OrderFormPage } from './order-form-page.ts';
import type { PartnerStepPage } from './partner-step-page.ts';

/** The screens the guide walks through between the customer area and the order form. */
export interface OrderFlowPages {
  customerArea: CustomerAreaPage;
  partnerStep: PartnerStepPage;
  catalogue: CataloguePage;
  orderForm: OrderFormPage;
}

/**
 * The guide's common path, composed from the page objects the fixtures built, so a spec about
 * step 9 does not repeat steps 4 to 6. Starts from the customer area of a logged-in customer.
 */
export class OrderFlow {
  constructor(private readonly pages: OrderFlowPages) {}

  /** Steps 4 to 6: « Nouvelle commande », no partner code, the product in the catalogue. */
  async reachOrderForm(product: ProductName): Promise<OrderFormPage> {
    await this.pages.customerArea.startNewOrder();
    await this.pages.partnerStep.continueWithoutPartnerCode();
    await this.pages.catalogue.chooseProduct(product);
    return this.pages.orderForm;
  }
}
