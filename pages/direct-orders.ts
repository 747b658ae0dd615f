import { test, type Locator, type Page, type Response } from '@playwright/test';
import { ConfirmationPage } from './confirmation-page.ts';
import { EXACT, guideName } from './guide-text.ts';
import { pageText } from './locate.ts';
import {
  displayName,
  type Duration,
  type OperatingSystem,
  type PaymentMode,
  type Person,
  type ProductName,
} from './model.ts';
import { settled } from './in-flight.ts';
import { follow } from './navigate.ts';
import { OrderFormPage } from './order-form-page.ts';
import { STACK_TRACE } from '../support/matchers.ts';
import type { PortalProfile } from '../support/profile.ts';

/**
 * Orders that reach the server past the page's JavaScript, the way a forged request (or a page
 * whose checks regressed) would. In a browser page logged in as the user, the portal's own order
 * form is filled as a person fills it (the controls found by the guide's words), one thing is
 * tampered in the DOM, and the form is submitted by the browser without the page's checks. The
 * form's contract (its controls' names and values, every hidden field: a CSRF token, a
 * `javax.faces.ViewState`) is the page's own: nothing here names a field.
 */

/** A complete, valid order for the logged-in person unless a test changes one thing. */
export interface ForgedOrder {
  product: ProductName;
  duration: Duration;
  os?: OperatingSystem;
  /** The portal's id of a user (« Une autre personne de »); left out, the logged-in person. */
  holderId?: string;
  payment?: PaymentMode;
  purchaseOrder?: string;
  /** The CGU box; ticked unless false. */
  acceptTerms?: boolean;
  /** The price the form posts with the order; the one the page set unless given. */
  price?: string;
}

/** What the browser shows once the forged order is posted (redirects followed, as a browser does). */
export interface OrderOutcome {
  /** The order number on the confirmation page (`confirmationHeading`), or null when not shown. */
  readonly number: string | null;
  /** The page shows the portal refusing: its refusal message, or the order form again. */
  readonly refusalShown: boolean;
  /** The page shows a server's stack trace or exception. */
  readonly stackTrace: boolean;
  /** What the page was, for messages: its first heading and address. */
  readonly shown: string;
  /** The final document's answer: for the portal-health guard of the matchers only (< 500). */
  readonly response: Response | null;
}

/** The number of the order the portal confirmed; fails, saying what was shown, otherwise. */
export function confirmedOrderNumber(outcome: OrderOutcome): string {
  if (!outcome.number) throw new Error(`The order was not accepted: the portal showed ${outcome.shown}`);
  return outcome.number;
}

/** A customer's session in a browser page of its own, where the order form is submitted. */
export interface DirectSession {
  post(order: ForgedOrder): Promise<OrderOutcome>;
}

/** A user who logs in, with the name the holder radio shows. */
export type Customer = Pick<Person, 'firstName' | 'lastName'> & { login: string; password: string };

/** How a control posts a choice: its name and value, as the DOM gives them. */
interface Posted {
  name: string;
  value: string;
}

/** What a reference form offers that the user's own may not: choices by what they are. */
type Contract = Map<string, Posted>;

/** One choice of the order form, by the guide's words: its control, and how a person makes it. */
interface Choice {
  key: string;
  control: Locator;
  choose(): Promise<void>;
}

const PAYMENT_DEFAULT: PaymentMode = 'Virement';
const OS_DEFAULT: OperatingSystem = 'Windows';
/** The holder radio for someone else of the account, as contract key. */
const ANOTHER = 'holder: Une autre personne de';
/** The « Autre porteur » list, as contract key (its name only). */
const OTHER_HOLDER = 'holder: Autre porteur';
function choicesOf(form: OrderFormPage, order: ForgedOrder): Choice[] {
  const os = order.os ?? OS_DEFAULT;
  const payment = order.payment ?? PAYMENT_DEFAULT;
  const choices: Choice[] = [
    {
      key: `product: ${order.product}`,
      control: form.type(order.product),
      choose: () => form.chooseProduct(order.product),
    },
    {
      key: `duration: ${order.duration}`,
      control: form.duration(order.duration),
      choose: () => form.chooseDuration(order.duration),
    },
    { key: `os: ${os}`, control: form.os(os), choose: () => form.chooseOperatingSystem(os) },
    {
      key: `payment: ${payment}`,
      control: form.paymentMode(payment),
      choose: () => form.payWith(payment, order.purchaseOrder || undefined),
    },
  ];
  if (order.holderId)
    choices.push({ key: ANOTHER, control: form.anotherPerson, choose: () => form.chooseAnotherPerson() });
  return choices;
}

/** The name and value a control posts, read from the page. */
function posted(control: Locator): Promise<Posted> {
  return control.evaluate((e: HTMLInputElement) => ({ name: e.name, value: e.value }));
}

/**
 * Writes a choice the page does not offer into the control that posts it: a radio of that name
 * gets the value and is checked, as a tampered request would carry it; with no control of that
 * name in the form, a hidden input carries it.
 */
function writeInto(form: Locator, { name, value }: Posted): Promise<void> {
  return form.evaluate(
    (f: HTMLFormElement, { name, value }) => {
      const controls = [...f.elements].filter(
        (e): e is HTMLInputElement => (e as HTMLInputElement).name === name,
      );
      const radio = controls.find((c) => c.type === 'radio' || c.type === 'checkbox');
      for (const c of controls) if (c !== radio && c.type === 'radio') c.checked = false;
      if (radio) {
        radio.disabled = false;
        radio.value = value;
        radio.checked = true;
        return;
      }
      const hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = name;
      hidden.value = value;
      f.appendChild(hidden);
    },
    { name, value },
  );
}

/**
 * Submits the form the browser's own way, past the page's checks: `HTMLFormElement.submit` fires
 * no submit event. The « Commander » button's own name and value go with it, as a click sends
 * them (a JSF portal runs its action from them).
 */
function submitPastChecks(button: Locator): Promise<void> {
  return button.evaluate((b: HTMLButtonElement | HTMLInputElement) => {
    const f = b.form;
    if (!f) throw new Error('« Commander » belongs to no form');
    if (b.name) {
      const hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = b.name;
      hidden.value = b.value;
      f.appendChild(hidden);
    }
    HTMLFormElement.prototype.submit.call(f);
  });
}

export class DirectOrders {
  constructor(
    /** The build's profile: its refusal's heading, its order numbers, its prices. */
    private readonly profile: PortalProfile,
    /** A page of a browser context of its own, logged in as the user (the fixture closes it). */
    private readonly pageOf: (user: { login: string; password: string }) => Promise<Page>,
  ) {}

  /**
   * Opens a session for the user in a page of its own; each post fills and submits their order
   * form. `reference`: a user whose form offers what the user's does not (« Une autre personne de »
   * for a plain account, « Carte Bancaire » for an administration): the names and values a
   * tampered order needs are read from that form, never from the profile.
   */
  async as(user: Customer, options: { reference?: Customer } = {}): Promise<DirectSession> {
    const page = await this.pageOf(user);
    let contract: Contract | undefined;
    const learn = async (order: ForgedOrder) =>
      (contract ??= options.reference ? await this.contractOf(options.reference, order) : new Map());
    return { post: (order) => this.fillAndSubmit(page, user, order, learn) };
  }

  /**
   * The id the portal gives a user of an account: the value of their option in « Autre porteur »,
   * on the order form of `seenBy` (an account's mandataire or délégué, who may order for them).
   */
  async holderId(person: Pick<Person, 'firstName' | 'lastName'>, seenBy: Customer): Promise<string> {
    const form = new OrderFormPage(await this.pageOf(seenBy), this.profile);
    await form.open();
    await form.chooseAnotherPerson();
    const option = form.otherHolder.getByRole('option', { name: displayName(person), exact: true });
    const id = await option.getAttribute('value');
    if (!id) throw new Error(`« Autre porteur » of ${seenBy.login} lists no ${displayName(person)}`);
    return id;
  }

  /** The names and values the reference's own form posts for each choice of the order. */
  private async contractOf(reference: Customer, order: ForgedOrder): Promise<Contract> {
    const form = new OrderFormPage(await this.pageOf(reference), this.profile);
    await form.open();
    const contract: Contract = new Map();
    for (const choice of choicesOf(form, { ...order, holderId: order.holderId ?? 'any' })) {
      if ((await choice.control.count()) === 0) continue;
      await choice.choose();
      contract.set(choice.key, await posted(choice.control));
    }
    const otherHolder =
      (await form.otherHolder.count()) > 0 ? await form.otherHolder.getAttribute('name') : null;
    if (otherHolder) contract.set(OTHER_HOLDER, { name: otherHolder, value: '' });
    return contract;
  }

  private async fillAndSubmit(
    page: Page,
    user: Customer,
    order: ForgedOrder,
    learn: (order: ForgedOrder) => Promise<Contract>,
  ): Promise<OrderOutcome> {
    const form = new OrderFormPage(page, this.profile);
    await form.open();
    const formElement = form.page.locator('form').filter({ has: form.orderButton });
    if (!order.holderId && !(await form.holderRadio(user).isChecked())) await form.holderRadio(user).click();
    for (const choice of choicesOf(form, order)) {
      if ((await choice.control.count()) > 0) {
        await choice.choose();
        continue;
      }
      const offered = (await learn(order)).get(choice.key);
      if (!offered)
        throw new Error(`The order form offers no ${choice.key}: give a reference user whose form does`);
      await writeInto(formElement, offered);
    }
    if (order.holderId) await this.chooseHolder(form, formElement, order.holderId, learn, order);
    if (order.payment === 'Autre' && !order.purchaseOrder && (await form.purchaseOrderNumber.count()))
      await form.purchaseOrderNumber.fill('');
    if (order.acceptTerms !== false) await form.acceptTerms();
    await settled(page);
    if (order.price !== undefined) await this.tamperPrice(formElement, order);

    const response = await follow(page, () => submitPastChecks(form.orderButton));
    return this.outcome(page, response);
  }

  /** « Autre porteur » set to the id: an option added to the list when it does not offer it. */
  private async chooseHolder(
    form: OrderFormPage,
    formElement: Locator,
    id: string,
    learn: (order: ForgedOrder) => Promise<Contract>,
    order: ForgedOrder,
  ): Promise<void> {
    if ((await form.otherHolder.count()) > 0) {
      await form.otherHolder.evaluate((select: HTMLSelectElement, id) => {
        if (![...select.options].some((o) => o.value === id)) select.add(new Option(id, id));
        select.disabled = false;
        select.value = id;
      }, id);
      return;
    }
    const list = (await learn(order)).get(OTHER_HOLDER);
    if (!list)
      throw new Error('No form seen offers « Autre porteur »: give a reference user whose form does');
    await writeInto(formElement, { name: list.name, value: id });
  }

  /**
   * The price the form posts: the hidden field the page filled with the table's price for the
   * choices made (the page shows it in « Tarif »). A form that posts no price lets the server
   * decide it, and a tampered price cannot be sent.
   */
  private async tamperPrice(formElement: Locator, order: ForgedOrder): Promise<void> {
    const table = Number(this.profile.prices[order.product][order.duration].replace(',', '.'));
    const found = await formElement.evaluate(
      (f: HTMLFormElement, { table, price }) => {
        const fields = [...f.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].filter(
          (i) => i.name && i.value !== '' && Number(i.value.replace(',', '.')) === table,
        );
        for (const field of fields) field.value = price;
        return fields.length;
      },
      { table, price: order.price! },
    );
    test.skip(found === 0, 'The order form posts no price (the server decides it): nothing to tamper');
  }

  /** What the page shows once the answer is loaded: the confirmation, or something else. */
  private async outcome(page: Page, response: Response | null): Promise<OrderOutcome> {
    const confirmation = new ConfirmationPage(page, this.profile);
    const refusal = page.getByText(this.profile.texts.orderRefused).first();
    const formAgain = page.getByRole('heading', guideName('Nouvelle commande'));
    await confirmation.heading
      .or(refusal)
      .or(formAgain)
      .first()
      .waitFor()
      .catch(() => undefined);
    const text = await pageText(page);
    const confirmed = await confirmation.heading.isVisible();
    const number = confirmed ? (this.profile.orderNumber.exec(text)?.[0] ?? null) : null;
    const heading = await page
      .getByRole('heading')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    return {
      number,
      refusalShown: !confirmed && ((await refusal.isVisible()) || (await formAgain.isVisible())),
      stackTrace: STACK_TRACE.test(text),
      shown: `« ${heading?.trim() ?? '(no heading)'} » at ${page.url()}`,
      response,
    };
  }
}

/** The guide's words kept exact here too (pages/guide-text.ts). */
void EXACT;
