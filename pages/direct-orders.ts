import type { APIRequestContext, APIResponse } from '@playwright/test';
import {
  PRODUCTS,
  type Duration,
  type OperatingSystem,
  type PaymentMode,
  type ProductName,
} from './model.ts';
import { portal } from './portal.ts';

/**
 * Orders posted straight to the portal, bypassing the page's JavaScript, the way a forged
 * request (or a page whose checks regressed) would reach the server. The order is described in
 * the guide's terms; the build's form contract (field names, values, CSRF) is the profile's.
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

function formFields(order: ForgedOrder, csrf: string): Record<string, string> {
  const { fields, values } = portal.orderForm;
  const form: Record<string, string> = {
    [fields.csrf]: csrf,
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

/** The number of the order an accepted post redirected to (its confirmation page). */
export function confirmedOrderNumber(answer: APIResponse): string {
  const location = answer.headers()['location'] ?? '';
  const number = portal.orderNumber.exec(location)?.[0];
  if (answer.status() !== 303 || !number)
    throw new Error(`The order was not accepted: ${answer.status()} ${location || '(no redirect)'}`);
  return number;
}

/** Whether the portal's answer is its readable page refusing an order. */
export async function isRefusalPage(answer: APIResponse): Promise<boolean> {
  return (await answer.text()).includes(portal.texts.orderRefused);
}

/** A customer's session outside the browser: its cookie and the order form's CSRF token. */
export interface DirectSession {
  post(order: ForgedOrder): Promise<APIResponse>;
}

export class DirectOrders {
  constructor(
    private readonly request: APIRequestContext,
    /** The session cookie of a user (the fixture's shortcut: the mock's test API). */
    private readonly sessionOf: (login: string) => Promise<{ name: string; value: string }>,
  ) {}

  /** Opens a session for the user and reads the CSRF token from their order form. */
  async as(user: { login: string }): Promise<DirectSession> {
    const cookie = await this.sessionOf(user.login);
    const headers = { cookie: `${cookie.name}=${cookie.value}` };
    const formPath = portal.orderForm.pathFor(portal.orderForm.values.product['Pack ID RGS**']);
    const page = await this.request.get(formPath, { headers });
    if (!page.ok()) throw new Error(`GET ${formPath} answered ${page.status()}`);
    const html = await page.text();
    const name = portal.orderForm.fields.csrf;
    const csrf = new RegExp(`name="${name}"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="${name}"`).exec(
      html,
    );
    const token = csrf?.[1] ?? csrf?.[2];
    if (!token) throw new Error(`No CSRF field « ${name} » in the order form`);
    return {
      post: (order) =>
        this.request.post(portal.orderForm.post, {
          form: formFields(order, token),
          headers,
          maxRedirects: 0,
        }),
    };
  }
}
