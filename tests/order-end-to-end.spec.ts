import {
  rule,
  PRODUCTS,
  allure,
  covers,
  durationLabel,
  expect,
  holderName,
  newPurchaseOrderNumber,
  GUIDE_PRICE,
  priceLabel,
  test,
  type Duration,
  type OperatingSystem,
  type PaymentMode,
  type PortalProfile,
  type ProductName,
  configuredTarget,
} from '../fixtures/index.ts';

// These tests type the account's password into the login form. Traces snapshot field values, so on
// a deployed portal, where that password is real, they run untraced (screenshots show only dots).
test.use(configuredTarget.isMock ? {} : { trace: 'off' });

type Scenario = {
  product: ProductName;
  duration: Duration;
  os: OperatingSystem;
  payment: PaymentMode;
  /** Set for « Autre »; '' otherwise, as the PDF field then reads. */
  purchaseOrderNumber: string;
  smoke: boolean;
};

const SCENARIOS: Scenario[] = [
  // The guide's own example: RGS**, 3 ans, Windows, then card payment.
  {
    product: 'Pack ID RGS**',
    duration: 3,
    os: 'Windows',
    payment: 'Carte Bancaire',
    purchaseOrderNumber: '',
    smoke: true,
  },
  {
    product: 'Pack ID RGS***',
    duration: 1,
    os: 'Mac OS',
    payment: 'Autre',
    purchaseOrderNumber: newPurchaseOrderNumber(),
    smoke: false,
  },
];

/** The guide's price for its own example (250.0 € HT); any other, the build's recorded one (its profile). */
function expectedPrice(s: Scenario, profile: PortalProfile): string {
  return s.smoke ? GUIDE_PRICE : priceLabel(profile, s.product, s.duration);
}

for (const s of SCENARIOS) {
  // The guide's example is the one order in the smoke set.
  const smoke = s.smoke ? ' @smoke' : '';

  test(
    `Commande complète d’un « ${s.product} » (${durationLabel(s.duration)}, ${s.os}, ${s.payment}) : étapes 1 à 12, puis le formulaire PDF et les justificatifs par e-mail${smoke}`,
    {
      tag: ['@regression'],
      annotation: [
        ...covers(
          'step1',
          'step2',
          'step3',
          'step4',
          'step5',
          'step6',
          'step7',
          'step8',
          'step9',
          'step10',
          'step11',
          'step12',
          'mail',
          rule('price-table'),
          rule('price-face-to-face', 'shown'),
          rule('order-mail-pdf'),
          rule('supporting-documents'),
          rule('documents-face-to-face', 'shown'),
          rule('pdf-fields'),
        ).annotation,
      ],
    },
    async ({
      mails,
      profile,
      homePage,
      loginPage,
      customerArea,
      partnerStep,
      catalogue,
      orderFormPage: orderForm,
      confirmation,
      customer,
      me,
      mailbox,
      pdf,
    }) => {
      const price = expectedPrice(s, profile);

      await homePage.open();
      await homePage.goToCustomerArea();
      await loginPage.logIn(me);
      await expect(customerArea.heading).toBeVisible();

      await customerArea.startNewOrder();
      await expect(partnerStep.heading).toBeVisible();
      await partnerStep.continueWithoutPartnerCode();
      await expect(catalogue.heading).toBeVisible();
      await catalogue.chooseProduct(s.product);
      await expect(orderForm.type(s.product)).toBeChecked();

      await orderForm.chooseDuration(s.duration);
      await expect(orderForm.price.duration).toHaveText(`Durée (${durationLabel(s.duration)}) : ${price}`);
      await expect(orderForm.price.total).toHaveText(`Total : ${price}`);
      await expect(orderForm.price.faceToFace).toHaveText('Frais de face-à-face : +/- 50 € HT');
      await orderForm.chooseOperatingSystem(s.os);
      await expect(orderForm.holderRadio(me)).toBeChecked();
      await orderForm.payWith(s.payment, s.purchaseOrderNumber);
      await expect(orderForm.orderButton).toBeDisabled();
      await orderForm.acceptTerms();
      await expect(orderForm.termsFor(PRODUCTS[s.product].authority)).toBeChecked();
      await expect(orderForm.orderButton).toBeEnabled();

      const answer = await orderForm.submitOrder();
      await expect(answer).toBeReadableAnswer();
      const number = await confirmation.orderNumber();
      await allure.parameter('N° de commande', number);
      await expect(confirmation.orderNumberLine(number)).toBeVisible();
      await expect(confirmation.mailNotice).toBeVisible();

      const mail = await mailbox.waitFor({ to: me.email, subject: mails.subjects.order(number, s.product) });
      const documents = mails.supportingDocuments(mail);
      expect(documents, 'the mail lists the supporting documents').not.toBe('');
      expect(documents).toMatch(/identité/i);
      expect(documents).toMatch(/Kbis/);
      expect(documents).toMatch(/face-à-face/i);
      expect(mail.attachments.map((a) => a.name)).toContain(mails.orderFormFile(number));

      const bytes = await mailbox.attachment(mail, mails.orderFormFile(number));
      await allure.attachment(mails.orderFormFile(number), bytes, 'application/pdf');
      const form = await pdf.open(bytes);
      const fields = mails.orderFormFields(form.fields);
      expect(fields).toMatchObject({
        number,
        holder: holderName(me),
        product: PRODUCTS[s.product].type,
        duration: durationLabel(s.duration),
        os: s.os,
        payment: s.payment,
        purchaseOrder: s.purchaseOrderNumber,
        price,
        company: customer.company,
      });
      expect(fields.siret?.replace(/\s/g, '')).toBe(customer.siret);
      expect(form.pageText(-1)).toMatch(/Kbis/);

      await confirmation.backToCustomerArea();
      const row = customerArea.order(number);
      await expect(row).toContainText(s.product);
      await expect(row).toContainText(holderName(me), { ignoreCase: true });
      await expect(row).toContainText(price);
    },
  );
}
