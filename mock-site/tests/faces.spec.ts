import { expect, test } from '@playwright/test';
import { SKINS } from '../builds/skin.ts';
import { buildApp } from '../http/app.ts';
import { MemoryStore } from '../http/memory-store.ts';
import { seedDemo } from '../test-mode/seed.ts';

/**
 * The faces build (MOCK_SKIN=faces, mock-site/README.md « Skins »): what a JSF 2 + PrimeFaces
 * portal does on the wire. `.xhtml` views, `;jsessionid=` in the first page's links, a
 * `javax.faces.ViewState` in every form checked on every POST (an unknown one: 200, the page again
 * with « Votre session a expiré, veuillez recommencer. », nothing done), the order form's choices
 * answered by the server as a `<partial-response>`, refusals answered 200 with the form and its
 * message. The app is built in this process (the suite's faces mock is its project's), on the
 * demo accounts; prices are the guide's (Pack ID RGS**, 3 ans: 250.0 € HT) or the mock's catalogue.
 */

const TOKEN = 'faces-token';
const FORM = '/espace-client/commande-certificat.xhtml';
const EXPIRED = 'Votre session a expiré, veuillez recommencer.';
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };

async function facesPortal() {
  const store = new MemoryStore();
  await seedDemo(store);
  const app = buildApp({
    store,
    mailer: { send: async () => undefined },
    testToken: TOKEN,
    skin: SKINS.faces,
    log: () => undefined,
  });
  const user = store.userByLogin('fsenez');
  if (!user) throw new Error('the demo seed has no fsenez');
  const orders = () => store.ordersOf(user.accountId);
  /** A customer session of fsenez and the servlet's JSESSIONID, as the browser's cookie header. */
  async function logIn(): Promise<string> {
    const answer = await app.request('/__test__/sessions', {
      method: 'POST',
      headers: { 'x-test-token': TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'fsenez' }),
    });
    const { cookie } = (await answer.json()) as { cookie: { name: string; value: string } };
    return `${cookie.name}=${cookie.value}; JSESSIONID=${'j'.repeat(32)}`;
  }
  return { app, orders, logIn };
}

const viewStateOf = (html: string) => {
  const match = /name="javax\.faces\.ViewState" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no ViewState in the page');
  return match[1];
};

/** A complete order of the form's fields (JSF client ids), ViewState given by the caller. */
const ORDER = {
  commande: 'commande',
  'commande:partenaire': '',
  'commande:type': 'rgs2',
  'commande:duree': '3',
  'commande:os': 'windows',
  'commande:porteur': 'moi',
  'commande:paiement': 'carte',
  'commande:cgu': 'on',
  'commande:prix': '250.0',
};

test.describe('the faces build on the wire', () => {
  test('The first page names the new session in its links (;jsessionid=), and those paths are served', async () => {
    const { app } = await facesPortal();
    const first = await app.request('/login.xhtml');
    expect(first.status).toBe(200);
    const id = /JSESSIONID=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1];
    expect(id, 'a JSESSIONID cookie').toBeTruthy();
    const html = await first.text();
    expect(html).toContain(`action="/login.xhtml;jsessionid=${id}"`);
    expect(html).toContain(`href="/identifiant-oublie.xhtml;jsessionid=${id}"`);

    const forms = [
      '/login.xhtml',
      '/identifiant-oublie.xhtml',
      '/mot-de-passe-oublie.xhtml',
      '/inscription.xhtml',
    ];
    for (const path of ['/index.xhtml', ...forms]) {
      const again = await app.request(`${path};jsessionid=${id}`, {
        headers: { cookie: `JSESSIONID=${id}` },
      });
      expect(again.status, path).toBe(200);
      const page = await again.text();
      expect(page, `${path}: once the cookie is kept, no more rewriting`).not.toContain(';jsessionid=');
      if (forms.includes(path)) {
        expect(page, `${path}: its form carries the session's ViewState`).toContain(
          `name="javax.faces.ViewState" value="${id}"`,
        );
      }
    }
  });

  test('A login posted with a missing or wrong ViewState: 200, the page again with its message, no session', async () => {
    const { app } = await facesPortal();
    const cookie = `JSESSIONID=${'k'.repeat(32)}`;
    for (const viewState of [undefined, 'x'.repeat(32)]) {
      const body = new URLSearchParams({ 'loginForm:identifiant': 'fsenez', 'loginForm:motDePasse': 'x' });
      if (viewState) body.set('javax.faces.ViewState', viewState);
      const answer = await app.request('/login.xhtml', {
        method: 'POST',
        headers: { ...FORM_TYPE, cookie },
        body,
      });
      expect(answer.status).toBe(200);
      const html = await answer.text();
      expect(html).toContain(EXPIRED);
      expect(html, 'the login form again').toContain('name="loginForm:identifiant"');
      expect(answer.headers.get('set-cookie') ?? '').not.toContain('portail_session=');
    }
  });

  test('An order posted with a missing or wrong ViewState: 200, the form again with its message, no order stored', async () => {
    const { app, orders, logIn } = await facesPortal();
    const cookie = await logIn();
    for (const viewState of [undefined, 'y'.repeat(32)]) {
      const body = new URLSearchParams(ORDER);
      if (viewState) body.set('javax.faces.ViewState', viewState);
      const answer = await app.request(FORM, { method: 'POST', headers: { ...FORM_TYPE, cookie }, body });
      expect(answer.status).toBe(200);
      const html = await answer.text();
      expect(html).toContain(EXPIRED);
      expect(html, 'the order form again').toContain(
        '<form method="post" action="/espace-client/commande-certificat.xhtml"',
      );
    }
    expect(orders()).toHaveLength(0);
  });

  test('A choice is answered by the server: a partial-response with the price, the authority and « Commander »', async () => {
    const { app, logIn } = await facesPortal();
    const cookie = await logIn();
    const page = await app.request(`${FORM}?commande:type=rgs2`, { headers: { cookie } });
    const viewState = viewStateOf(await page.text());
    const ask = async (fields: Record<string, string>) => {
      const body = new URLSearchParams({
        'javax.faces.ViewState': viewState,
        'javax.faces.partial.ajax': 'true',
        'javax.faces.source': 'commande:duree',
        'javax.faces.partial.render': 'commande:tarifLignes commande:commander',
        ...fields,
      });
      const answer = await app.request(FORM, { method: 'POST', headers: { ...FORM_TYPE, cookie }, body });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/xml');
      return answer.text();
    };

    const priced = await ask({ 'commande:type': 'rgs2', 'commande:duree': '3' });
    expect(priced).toMatch(/^<\?xml[^>]*>\s*<partial-response[^>]*><changes>/);
    expect(priced).toContain('<update id="commande:tarifLignes"><![CDATA[<div id="commande:tarifLignes">');
    expect(priced).toContain('<p>Durée (3 ans) : 250.0 € HT</p><p>Total : 250.0 € HT</p>');
    expect(priced).toContain('<p>Frais de face-à-face : +/- 50 € HT</p>');
    expect(priced).toMatch(
      /<update id="commande:commander"><!\[CDATA\[<button[^>]*disabled=""[^>]*>Commander/,
    );
    expect(priced).toContain(`<update id="javax.faces.ViewState"><![CDATA[${viewState}]]></update>`);

    // Chiffrement, 2 ans: the mock's catalogue price, and no face-to-face fee.
    const other = await ask({ 'commande:type': 'chiffrement', 'commande:duree': '2' });
    expect(other).toContain('<p>Durée (2 ans) : 105.0 € HT</p><p>Total : 105.0 € HT</p></div>');

    // Everything the server requires: « Commander » enabled, the price posted with the order.
    const complete = await ask({ ...ORDER, 'commande:prix': '' });
    expect(complete).toMatch(
      /<update id="commande:commander"><!\[CDATA\[<button type="submit" class="button" id="commande:commander">Commander/,
    );
    expect(complete).toContain('id="commande:prix" value="250.0"');

    // « Autre » without a purchase-order number: the number's field shown, « Commander » still greyed.
    const purchaseOrder = await ask({ ...ORDER, 'commande:paiement': 'autre' });
    expect(purchaseOrder).toContain(
      '<attributes id="commande:bonCommandeChamp"><attribute name="hidden" value=""/></attributes>',
    );
    expect(purchaseOrder).toMatch(/<button[^>]*disabled=""[^>]*>Commander/);

    // The same request with a wrong ViewState: JSF's expired view, nothing rendered.
    const body = new URLSearchParams({
      ...ORDER,
      'javax.faces.partial.ajax': 'true',
      'javax.faces.ViewState': 'z'.repeat(32),
    });
    const expired = await app.request(FORM, { method: 'POST', headers: { ...FORM_TYPE, cookie }, body });
    expect(expired.status).toBe(200);
    const text = await expired.text();
    expect(text).toContain('<error-name>javax.faces.application.ViewExpiredException</error-name>');
    expect(text).toContain(EXPIRED);
    expect(text).not.toContain('<update');
  });

  test('Refusals are answered 200 with the form, what was typed and the message', async () => {
    const { app, orders, logIn } = await facesPortal();
    const first = await app.request('/login.xhtml');
    const id = /JSESSIONID=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const login = await app.request(`/login.xhtml;jsessionid=${id}`, {
      method: 'POST',
      headers: { ...FORM_TYPE, cookie: `JSESSIONID=${id}` },
      body: new URLSearchParams({
        'javax.faces.ViewState': viewStateOf(await first.text()),
        'loginForm:identifiant': 'fsenez',
        'loginForm:motDePasse': 'pas-le-bon',
      }),
    });
    expect(login.status).toBe(200);
    const loginPage = await login.text();
    expect(loginPage).toContain('Identifiant ou mot de passe incorrect');
    expect(loginPage).toMatch(/name="loginForm:identifiant"[^>]*value="fsenez"/);

    const cookie = await logIn();
    const viewState = viewStateOf(await (await app.request(FORM, { headers: { cookie } })).text());
    const { 'commande:os': _os, ...withoutOs } = ORDER;
    const refused = await app.request(FORM, {
      method: 'POST',
      headers: { ...FORM_TYPE, cookie },
      body: new URLSearchParams({ ...withoutOs, 'javax.faces.ViewState': viewState }),
    });
    expect(refused.status).toBe(200);
    const form = await refused.text();
    expect(form).toContain('Commande incomplète. Veuillez renseigner : Quel système d&#39;exploitation ?');
    expect(form, 'the choices made kept').toMatch(
      /id="commande:type:1" name="commande:type" value="rgs2" checked=""/,
    );
    expect(form).toMatch(/id="commande:duree:2" name="commande:duree" value="3" checked=""/);
    expect(orders()).toHaveLength(0);

    // The same order with its OS is taken: post-redirect-get to its confirmation, a CG number.
    const placed = await app.request(FORM, {
      method: 'POST',
      headers: { ...FORM_TYPE, cookie },
      body: new URLSearchParams({ ...ORDER, 'javax.faces.ViewState': viewState }),
    });
    expect(placed.status).toBe(303);
    expect(placed.headers.get('location')).toMatch(
      /^\/espace-client\/commandes\/CG\d{9}\/confirmation\.xhtml$/,
    );
    expect(orders()).toHaveLength(1);
  });
});
