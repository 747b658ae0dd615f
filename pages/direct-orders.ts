import type { Page } from '@playwright/test';
import {
  PRODUCTS,
  type Duration,
  type OperatingSystem,
  type PaymentMode,
  type ProductName,
} from './model.ts';
import { portalBase, portalURL } from '../support/portal-url.ts';
import { portal } from '../support/profile.ts';

/**
 * Orders that reach the server past the page's JavaScript, the way a forged request (or a page
 * whose checks regressed) would: in a browser page logged in as the user, the portal's own order
 * form is filled with the order, one field tampered, and submitted by the browser without the
 * page's checks; the answer is that POST's response. The order is described in the guide's terms;
 * the build's form contract (field names, values) is the profile's, the CSRF token the form's own.
 */

/** A complete, valid order for the logged-in person unless a test changes one thing. */
export interface ForgedOrder {
  product: ProductName;
  duration: Duration;
  os?: OperatingSystem;
  /** A user id of the account (« Une autre personne de »); left out, the logged-in person. */
  holderId?: string;
  payment?: PaymentMode;
  purchaseOrder?: string;
  /** The CGU box; ticked unless false. */
  acceptTerms?: boolean;
  /** The price sent with the order; the price table's unless given. */
  price?: string;
}

/** The fields the order posts, by the build's names; the CSRF token is the form's own. */
function formFields(order: ForgedOrder): Record<string, string> {
  const { fields, values } = portal.orderForm;
  const form: Record<string, string> = {
    [fields.product]: values.product[order.product],
    [fields.duration]: values.durations[order.duration],
    [fields.os]: values.os[order.os ?? 'Windows'],
    [fields.holder]: order.holderId ? values.another : values.myself,
    [fields.payment]: values.payment[order.payment ?? 'Virement'],
    [fields.purchaseOrder]: order.purchaseOrder ?? '',
    [fields.partner]: '',
    [fields.price]: order.price ?? PRODUCTS[order.product].prices[order.duration],
  };
  if (order.holderId) form[fields.otherHolder] = order.holderId;
  if (order.acceptTerms !== false) form[fields.terms] = values.termsAccepted;
  return form;
}

/** What the portal answered to the post: the HTTP response of the form's submission. */
export interface OrderAnswer {
  status(): number;
  headers(): Record<string, string>;
  text(): Promise<string>;
}

/** The number of the order an accepted post redirected to (its confirmation page). */
export function confirmedOrderNumber(answer: OrderAnswer): string {
  const location = answer.headers()['location'] ?? '';
  const number = portal.orderNumber.exec(location)?.[0];
  if (answer.status() !== 303 || !number)
    throw new Error(`The order was not accepted: ${answer.status()} ${location || '(no redirect)'}`);
  return number;
}

/** Whether the portal's answer is its readable page refusing an order. */
export async function isRefusalPage(answer: OrderAnswer): Promise<boolean> {
  return (await answer.text()).includes(portal.texts.orderRefused);
}

/** A customer's session in a browser page of its own, where the order form is submitted. */
export interface DirectSession {
  post(order: ForgedOrder): Promise<OrderAnswer>;
}

/**
 * Sets the form's fields to `values` and removes those named in `absent`, then submits it the
 * browser's own way: `HTMLFormElement.submit` fires no submit event, so the page's checks never run.
 * A value the form cannot carry (a radio or option it does not offer, a control the page disabled)
 * goes in a hidden input of that name instead, as a tampered request would carry it.
 */
function tamperAndSubmit({
  post,
  values,
  absent,
}: {
  post: string;
  values: Record<string, string>;
  absent: string[];
}): void {
  // The form that posts orders (not the header's log-out form, which has a CSRF field too).
  const form = [...document.forms].find((f) => new URL(f.action).pathname === post);
  if (!form) throw new Error(`No form posting to ${post} on ${location.pathname}`);
  type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  const named = (name: string) =>
    [...form.elements].filter((e): e is Control => 'name' in e && (e as Control).name === name);
  for (const name of absent) for (const control of named(name)) control.remove();
  for (const [name, value] of Object.entries(values)) {
    const controls = named(name);
    let carried = false;
    for (const control of controls) {
      control.disabled = false;
      if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox'))
        control.checked = control.value === value;
      else control.value = value;
      const sent =
        control instanceof HTMLInputElement && /radio|checkbox/.test(control.type) ? control.checked : true;
      if (sent && control.value === value && !control.matches(':disabled')) carried = true;
    }
    if (carried) continue;
    for (const control of controls) control.remove();
    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = name;
    hidden.value = value;
    form.appendChild(hidden);
  }
  HTMLFormElement.prototype.submit.call(form);
}

export class DirectOrders {
  constructor(
    /** A page of a browser context of its own, logged in as the user (the fixture closes it). */
    private readonly pageOf: (user: { login: string; password: string }) => Promise<Page>,
  ) {}

  /** Opens a session for the user in a page of its own; each post submits their order form. */
  async as(user: { login: string; password: string }): Promise<DirectSession> {
    const page = await this.pageOf(user);
    const { fields, values } = portal.orderForm;
    // Under the base URL's path, like every address of the portal (support/portal-url.ts).
    const formPath = portal.orderForm.pathFor(values.product['Pack ID RGS**']);
    const post = new URL(portalURL(portalBase(), portal.orderForm.post)).pathname;
    return {
      post: async (order) => {
        const opened = await page.goto(portalURL(portalBase(), formPath));
        if (!opened?.ok()) throw new Error(`GET ${formPath} answered ${opened?.status()}`);
        const sent = formFields(order);
        const absent = Object.entries(fields)
          .filter(([key, name]) => key !== 'csrf' && !(name in sent))
          .map(([, name]) => name);
        const answer = page.waitForResponse(
          (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === post,
        );
        // Both an accepted order (its confirmation page) and a refusal end on a new document.
        const loaded = page.waitForEvent('load');
        await page.evaluate(tamperAndSubmit, { post, values: sent, absent });
        const response = await answer;
        await loaded;
        return response;
      },
    };
  }
}
