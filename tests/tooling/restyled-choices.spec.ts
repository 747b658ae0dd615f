import { expect, test } from '@playwright/test';
import { OrderFormPage } from '../../pages/order-form-page.ts';
import { usePortalBase } from '../../support/portal-url.ts';
import { loadProfile } from '../../support/profile.ts';
import { ORIGIN, serveMock } from './in-process-mock.ts';

/**
 * Radios and checkboxes re-styled as JSF + PrimeFaces portals have them (the mock's `alt-markup`
 * build, `choices: 'restyled'`): the native input visually hidden in a 1 px clipped wrapper, a box
 * beside it that takes the clicks, a `<label for>` naming the input. Playwright's `check()` on the
 * input cannot click it there; the page object chooses as a person does, by the label, on that
 * build as on the others. The mock runs in this process (in-process-mock.ts), in a real browser.
 */

test.use({ baseURL: ORIGIN });

// The page objects receive the default build's profile (alt-markup only restyles that build's
// choices); the suite's projects get theirs from the `profile` fixture (fixtures/internal.ts).
const profile = loadProfile('default');

test.beforeAll(() => usePortalBase(ORIGIN));

// The alt build needs its own profile: its project, chromium-alt, covers it.
for (const skin of ['alt-markup', 'default'] as const) {
  test(`The page object chooses every option of the order form by its label (build « ${skin} »)`, async ({
    page,
    context,
  }) => {
    const mock = await serveMock(context, { skin });
    await mock.logIn();
    const form = new OrderFormPage(page, profile);
    await form.open();
    await form.fillForm({
      product: 'Pack ID RGS**',
      duration: 3,
      os: 'Windows',
      payment: 'Carte Bancaire',
      acceptTerms: true,
    });
    await expect(form.type('Pack ID RGS**')).toBeChecked();
    await expect(form.price.total).toHaveText('Total : 250.0 € HT');
    await expect(form.acceptTermsCheckbox).toBeChecked();
    await expect(form.orderButton).toBeEnabled();
  });
}

test.describe('the alt-markup build re-styles its choices as PrimeFaces does', () => {
  test.beforeEach(async ({ context, page }) => {
    const mock = await serveMock(context, { skin: 'alt-markup' });
    await mock.logIn();
    await new OrderFormPage(page, profile).open();
  });

  test('A plain check() on a re-styled radio is refused: the box beside it intercepts the click', async ({
    page,
  }) => {
    const radio = new OrderFormPage(page, profile).duration(3);
    // What the page objects did before: it waits for a click the box takes, until it gives up.
    await expect(radio.check({ timeout: 1_500 })).rejects.toThrow(/intercepts pointer events/);
    await expect(radio).not.toBeChecked();
  });

  test('Each input is hidden in a clipped wrapper, with a box beside it and a label naming it', async ({
    page,
  }) => {
    const form = new OrderFormPage(page, profile);
    const inputs = page.locator('.ui-helper-hidden-accessible > input');
    // Every radio and the CGU checkbox of the form.
    await expect(inputs).toHaveCount(
      (await page.getByRole('radio').count()) + (await page.getByRole('checkbox').count()),
    );
    const wrapper = page.locator('.ui-helper-hidden-accessible').first();
    await expect(wrapper).toHaveCSS('position', 'absolute');
    await expect(wrapper).toHaveCSS('width', '1px');
    await expect(wrapper).toHaveCSS('overflow', 'hidden');
    await expect(form.acceptTermsCheckbox).toHaveAccessibleName(/^J'atteste avoir pris connaissance/);
    await expect(form.duration(1)).toHaveAccessibleName('1 an');
  });

  test('A click on the box chooses the input, as the PrimeFaces widget does; the box shows it', async ({
    page,
  }) => {
    const form = new OrderFormPage(page, profile);
    const boxOf = (name: string) =>
      page
        .locator('.ui-radiobutton, .ui-chkbox')
        .filter({ has: page.getByRole('radio', { name, exact: true }) })
        .locator('.ui-radiobutton-box');
    await boxOf('2 ans').click();
    await expect(form.duration(2)).toBeChecked();
    await expect(boxOf('2 ans')).toHaveClass(/ui-state-active/);
    // The label does it natively, and the box of the radio left unchecked follows.
    await page.getByText('3 ans', { exact: true }).click();
    await expect(form.duration(3)).toBeChecked();
    await expect(boxOf('2 ans')).not.toHaveClass(/ui-state-active/);
    const termsBox = page.locator('.ui-chkbox-box');
    await termsBox.click();
    await expect(form.acceptTermsCheckbox).toBeChecked();
    await termsBox.click();
    await expect(form.acceptTermsCheckbox).not.toBeChecked();
  });
});
