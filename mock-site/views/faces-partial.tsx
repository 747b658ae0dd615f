import { useSkin } from '../builds/use-skin.ts';
import type { OrderFormState } from '../domain/order-page.ts';
import { OrderAuthority, OrderCommander, OrderPrice } from './order-form.tsx';
import { TarifLines } from './order-form-parts.tsx';

/**
 * The faces build's answer to an AJAX choice on the order form, as JSF writes it: a
 * `<partial-response>` whose `<update id>` blocks replace the « Tarif » lines, the CGU authority,
 * the posted price and « Commander », whose `<attributes>` show or hide the purchase-order field
 * and the payment prompt, and which carries the ViewState on. The server decided all of it.
 */
export async function orderPartialResponse(state: OrderFormState, viewState: string): Promise<string> {
  const { markup } = useSkin();
  const updates: [string, string][] = [
    [markup.id('tarif-lignes'), await (<TarifLines lines={state.lines} />).toString()],
    [markup.id('cgu-autorite'), await (<OrderAuthority state={state} />).toString()],
    [markup.id('prix'), await (<OrderPrice state={state} />).toString()],
    [markup.id('commander'), await (<OrderCommander state={state} />).toString()],
    ['javax.faces.ViewState', viewState],
  ];
  const toggled: [string, boolean][] = [
    [markup.id('bon-commande-champ'), !state.purchaseOrderShown],
    [markup.id('paiement-invite'), !state.paymentPromptShown],
  ];
  const changes = [
    ...updates.map(([id, html]) => `<update id="${id}"><![CDATA[${html}]]></update>`),
    ...toggled.map(
      ([id, hidden]) =>
        `<attributes id="${id}"><attribute name="hidden" value="${hidden ? 'hidden' : ''}"/></attributes>`,
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<partial-response id="j_id1"><changes>${changes.join('')}</changes></partial-response>`;
}

/** An AJAX request whose ViewState the portal does not know: JSF's error block, with the skin's message. */
export function expiredPartialResponse(): string {
  const message = useSkin().t('Le formulaire a expiré. Veuillez recharger la page et réessayer.');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<partial-response id="j_id1"><error><error-name>javax.faces.application.ViewExpiredException</error-name><error-message><![CDATA[${message}]]></error-message></error></partial-response>`;
}
