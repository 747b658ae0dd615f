import { PDFDocument } from 'pdf-lib';
import type { APIRequestContext } from '@playwright/test';
import { attachmentURL, csrfOf, expect, GUIDE_ORDER, postForm, test, textOf } from './fixtures.ts';

/** The guide's order with the form's CSRF token. */
function guideOrder(csrf: string): Record<string, string> {
  return { csrf, ...GUIDE_ORDER };
}

async function formCsrf(ctx: APIRequestContext): Promise<string> {
  const res = await ctx.get('/commande/formulaire?produit=rgs2');
  expect(res.status()).toBe(200);
  return csrfOf(await res.text());
}

test.describe('order: the guide path', () => {
  test('a complete order is stored, confirmed and mailed with the PDF form', async ({
    seed,
    as,
    testApi,
    mailsTo,
    request,
  }) => {
    const account = await seed('plain', ['Frédéric', 'Claire']);
    const me = account.users[0]!;
    const ctx = await as(me.login);
    const res = await postForm(ctx, '/commande', guideOrder(await formCsrf(ctx)));
    expect(res.status()).toBe(303);
    const location = res.headers()['location'] ?? '';
    expect(location).toMatch(/^\/commande\/confirmation\/CMD-\d{4}-\d{6}$/);
    const number = location.split('/').pop()!;

    const confirmation = await ctx.get(location);
    expect(confirmation.status()).toBe(200);
    const text = await textOf(confirmation);
    expect(text).toContain('Votre commande est enregistrée');
    expect(text).toContain(`Commande n° ${number}`);
    expect(text).toContain(
      "Vous recevez par mail un formulaire PDF ainsi qu'une liste de justificatif à renvoyer pour valider votre demande de certificat.",
    );

    const orders = await (await testApi.get(`accounts/${account.id}/orders`)).json();
    expect(orders.orders).toEqual([
      expect.objectContaining({
        number,
        product: 'Certigna Pack ID RGS**',
        duration: 3,
        os: 'windows',
        holder: `FRÉDÉRIC TEST0`,
        payment: 'carte',
        purchaseOrder: null,
        totalHT: 250,
      }),
    ]);

    const [mail] = await mailsTo(me.email);
    expect(mail!.subject).toBe(`Votre commande ${number} — Certigna Pack ID RGS**`);
    expect(mail!.text).toContain('Justificatifs à renvoyer :');
    expect(mail!.text).toContain('Formulaire de face-à-face signé');
    expect(mail!.text).toContain('Kbis');

    const pdfRes = await request.get(attachmentURL(mail!, `bon-de-commande-${number}.pdf`));
    expect(pdfRes.headers()['content-type']).toContain('application/pdf');
    const pdf = await PDFDocument.load(await pdfRes.body());
    const form = pdf.getForm();
    const value = (name: string) => form.getTextField(name).getText();
    expect(value('numero_commande')).toBe(number);
    expect(value('produit')).toBe('Certigna Pack ID RGS**');
    expect(value('duree')).toBe('3 ans');
    expect(value('systeme')).toBe('Windows');
    expect(value('paiement')).toBe('Carte Bancaire');
    expect(value('prix_ht')).toBe('250.0 € HT');
    expect(value('porteur')).toBe('FRÉDÉRIC TEST0');
    expect(value('societe')).toBe(account.company);
    expect(value('siret')).toBe(account.siret);
    expect(value('bon_commande') ?? '').toBe('');
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);

    const area = await textOf(await ctx.get('/espace-client'));
    expect(area).toContain(number);
    expect(area).toContain('250.0 € HT');
  });

  test('the price table of the contract is accepted for every product and duration', async ({
    seed,
    as,
    testApi,
  }) => {
    const account = await seed('plain');
    const ctx = await as(account.users[0]!.login);
    const csrf = await formCsrf(ctx);
    const table: [string, number[]][] = [
      ['rgs1', [90, 160, 220]],
      ['rgs2', [110, 190, 250]],
      ['rgs3', [150, 270, 380]],
      ['chiffrement', [60, 105, 150]],
    ];
    for (const [produit, prices] of table) {
      for (const [i, price] of prices.entries()) {
        const res = await postForm(ctx, '/commande', {
          ...guideOrder(csrf),
          produit,
          duree: String(i + 1),
          prix: price.toFixed(1),
        });
        expect(res.status(), `${produit} ${i + 1}`).toBe(303);
      }
    }
    const { orders } = await (await testApi.get(`accounts/${account.id}/orders`)).json();
    expect(orders).toHaveLength(12);
  });

  test('an administration pays with « Autre » and a purchase-order number', async ({
    seed,
    as,
    testApi,
    mailsTo,
    request,
  }) => {
    const account = await seed('administration');
    const me = account.users[0]!;
    const ctx = await as(me.login);
    const res = await postForm(ctx, '/commande', {
      ...guideOrder(await formCsrf(ctx)),
      paiement: 'autre',
      bon_commande: 'BC-2026-0042',
    });
    expect(res.status()).toBe(303);
    const { orders } = await (await testApi.get(`accounts/${account.id}/orders`)).json();
    expect(orders[0]).toMatchObject({ payment: 'autre', purchaseOrder: 'BC-2026-0042' });
    const [mail] = await mailsTo(me.email);
    const number = orders[0].number as string;
    const pdf = await PDFDocument.load(
      await (await request.get(attachmentURL(mail!, `bon-de-commande-${number}.pdf`))).body(),
    );
    expect(pdf.getForm().getTextField('paiement').getText()).toBe('Autre');
    expect(pdf.getForm().getTextField('bon_commande').getText()).toBe('BC-2026-0042');
    expect(mail!.text).toContain('Acte de nomination');
  });

  test('a mandataire orders for another active user: both get the mail', async ({
    seed,
    as,
    testApi,
    mailsTo,
  }) => {
    const account = await seed('mandataire', ['Hélène', 'Paul']);
    const [me, paul] = account.users;
    const ctx = await as(me!.login);
    const res = await postForm(ctx, '/commande', {
      ...guideOrder(await formCsrf(ctx)),
      porteur: 'autre',
      autre_porteur: paul!.id,
    });
    expect(res.status()).toBe(303);
    const { orders } = await (await testApi.get(`accounts/${account.id}/orders`)).json();
    expect(orders[0]).toMatchObject({ holder: 'PAUL TEST1' });
    const [copy] = await mailsTo(paul!.email);
    expect(copy!.subject).toContain('Certigna Pack ID RGS**');
    expect((await mailsTo(me!.email)).length).toBe(1);
  });

  test('a délégué may order for another user, given directly as porteur=<id>', async ({
    seed,
    as,
    testApi,
  }) => {
    const account = await seed('delegue', ['Anne', 'Marc']);
    const ctx = await as(account.users[0]!.login);
    const res = await postForm(ctx, '/commande', {
      ...guideOrder(await formCsrf(ctx)),
      porteur: account.users[1]!.id,
    });
    expect(res.status()).toBe(303);
    const { orders } = await (await testApi.get(`accounts/${account.id}/orders`)).json();
    expect(orders[0]).toMatchObject({ holder: 'MARC TEST1' });
  });
});

test.describe('order: refusals store nothing', () => {
  type Case = {
    title: string;
    kind?: 'plain' | 'administration' | 'mandataire';
    change: Record<string, string>;
    status: number;
    reason: string;
  };
  const cases: Case[] = [
    { title: 'no type', change: { produit: '' }, status: 400, reason: 'Veuillez renseigner' },
    { title: 'no duration', change: { duree: '' }, status: 400, reason: 'Veuillez renseigner' },
    { title: 'no OS', change: { os: '' }, status: 400, reason: 'Veuillez renseigner' },
    { title: 'no payment', change: { paiement: '' }, status: 400, reason: 'Veuillez renseigner' },
    { title: 'CGU not accepted', change: { cgu: '' }, status: 400, reason: 'Veuillez renseigner' },
    {
      title: '« Autre » without a purchase-order number',
      change: { paiement: 'autre', bon_commande: '  ' },
      status: 400,
      reason: 'Numéro de bon de commande',
    },
    { title: 'unknown product', change: { produit: 'rgs9' }, status: 400, reason: "n'existe pas" },
    { title: 'a server product', change: { produit: 'ssl' }, status: 400, reason: "n'existe pas" },
    {
      title: 'product outside the partner code',
      change: { partenaire: 'DEMATIS', produit: 'rgs1', prix: '220.0' },
      status: 400,
      reason: 'partenaire',
    },
    {
      title: 'unknown partner code',
      change: { partenaire: 'NOPE' },
      status: 400,
      reason: 'Ce code partenaire est inconnu.',
    },
    { title: 'unknown duration', change: { duree: '5' }, status: 400, reason: 'durée' },
    { title: 'unknown OS', change: { os: 'linux' }, status: 400, reason: "système d'exploitation" },
    {
      title: 'unknown payment mode',
      change: { paiement: 'bitcoin' },
      status: 400,
      reason: 'moyen de paiement',
    },
    { title: 'tampered price', change: { prix: '1.0' }, status: 400, reason: 'prix' },
    {
      title: 'an overlong purchase-order number',
      change: { paiement: 'autre', bon_commande: 'B'.repeat(61) },
      status: 400,
      reason: 'trop long',
    },
    { title: 'an overlong field', change: { produit: 'r'.repeat(500) }, status: 400, reason: 'trop long' },
    { title: 'price missing', change: { prix: '' }, status: 400, reason: 'Veuillez renseigner' },
    { title: 'price of another duration', change: { prix: '190.0' }, status: 400, reason: 'prix' },
    { title: 'holder unknown', change: { porteur: 'u999999' }, status: 403, reason: 'porteur' },
    {
      title: '« Une autre personne de » without a person',
      change: { porteur: 'autre', autre_porteur: '' },
      status: 400,
      reason: 'Veuillez renseigner',
    },
    {
      title: 'another holder without mandataire rights',
      change: { porteur: 'OTHER' },
      status: 403,
      reason: 'Délégué ou Mandataire',
    },
    {
      title: 'an administration paying by card',
      kind: 'administration',
      change: { paiement: 'carte' },
      status: 403,
      reason: 'seul le choix « Autre »',
    },
    {
      title: 'an administration paying by cheque',
      kind: 'administration',
      change: { paiement: 'cheque' },
      status: 403,
      reason: 'Autre',
    },
    { title: 'missing CSRF token', change: { csrf: '' }, status: 403, reason: 'expiré' },
    {
      title: 'wrong CSRF token',
      change: { csrf: 'forged-token-forged-token' },
      status: 403,
      reason: 'expiré',
    },
  ];

  for (const c of cases) {
    test(`refused: ${c.title}`, async ({ seed, as, testApi }) => {
      const account = await seed(c.kind ?? 'plain', ['Frédéric', 'Claire']);
      const ctx = await as(account.users[0]!.login);
      const form = { ...guideOrder(await formCsrf(ctx)), ...c.change };
      if (form.porteur === 'OTHER') form.porteur = account.users[1]!.id;
      const res = await postForm(ctx, '/commande', form);
      expect(res.status()).toBe(c.status);
      const html = await res.text();
      expect(html).toContain('<h1>Commande refusée</h1>');
      expect(html).toMatch(/role="alert"/);
      expect(await textOf(res)).toContain(c.reason);
      expect(html).toContain('Retour au formulaire');
      const { orders } = await (await testApi.get(`accounts/${account.id}/orders`)).json();
      expect(orders).toEqual([]);
    });
  }

  test('refused: a holder from another account', async ({ seed, as, testApi }) => {
    const mine = await seed('mandataire', ['Hélène']);
    const theirs = await seed('plain', ['Bob']);
    const ctx = await as(mine.users[0]!.login);
    const res = await postForm(ctx, '/commande', {
      ...guideOrder(await formCsrf(ctx)),
      porteur: theirs.users[0]!.id,
    });
    expect(res.status()).toBe(403);
    expect((await (await testApi.get(`accounts/${mine.id}/orders`)).json()).orders).toEqual([]);
  });

  test('refused: a holder of the account who has not activated yet', async ({ seed, as, testApi }) => {
    const account = await seed('mandataire', ['Hélène', 'Paul'], { inactive: ['Paul'] });
    const ctx = await as(account.users[0]!.login);
    const res = await postForm(ctx, '/commande', {
      ...guideOrder(await formCsrf(ctx)),
      porteur: 'autre',
      autre_porteur: account.users[1]!.id,
    });
    expect(res.status()).toBe(403);
    expect((await (await testApi.get(`accounts/${account.id}/orders`)).json()).orders).toEqual([]);
  });

  test('refused: no session (redirected to the login page)', async ({ anonymous, seed, testApi }) => {
    const account = await seed('plain');
    const ctx = await anonymous();
    const res = await postForm(ctx, '/commande', guideOrder('x'));
    expect(res.status()).toBe(303);
    expect(res.headers()['location']).toBe('/connexion');
    expect((await (await testApi.get(`accounts/${account.id}/orders`)).json()).orders).toEqual([]);
  });
});

test.describe('order: the form follows the customer', () => {
  test('a plain account sees only itself as holder, and the note about Délégué/Mandataire', async ({
    seed,
    as,
  }) => {
    const account = await seed('plain', ['Frédéric', 'Claire']);
    const html = await (
      await (await as(account.users[0]!.login)).get('/commande/formulaire?produit=rgs2')
    ).text();
    expect(html).toContain('FRÉDÉRIC TEST0');
    expect(html).not.toContain('Une autre personne de');
    expect(html).toContain(
      'Pour commander pour une autre personne, il faut être Délégué ou Mandataire de Certification.',
    );
    for (const label of ['Carte Bancaire', 'Virement', 'Chèque', 'Autre'])
      expect(html).toContain(`>${label}</label>`);
  });

  test('a mandataire can pick another active user', async ({ seed, as }) => {
    const account = await seed('mandataire', ['Hélène', 'Paul', 'Zoé'], { inactive: ['Zoé'] });
    const html = await (await (await as(account.users[0]!.login)).get('/commande/formulaire')).text();
    expect(html).toContain('Une autre personne de');
    expect(html).toContain('Autre porteur');
    expect(html).toContain('Choisissez une personne');
    expect(html).toContain('Paul Test1');
    expect(html).not.toContain('Zoé Test2');
  });

  test('an administration is offered « Autre » only', async ({ seed, as }) => {
    const account = await seed('administration');
    const html = await (await (await as(account.users[0]!.login)).get('/commande/formulaire')).text();
    expect(html).toContain('>Autre</label>');
    expect(html).not.toContain('Carte Bancaire');
    expect(html).not.toContain('Virement');
  });

  test('the form has its four sections, the OS note, the default CGU authority and a disabled « Commander »', async ({
    seed,
    as,
  }) => {
    const account = await seed('plain');
    const res = await (await as(account.users[0]!.login)).get('/commande/formulaire');
    const text = await textOf(res);
    for (const s of [
      '1. Informations générales',
      '2. Porteur du certificat',
      '3. Moyen de paiement',
      "4. Conditions Générales d'Utilisation",
      'Partenaire Certigna ?',
      "Vous avez choisi de passer par Certigna, vous avez accès à l'ensemble de notre gamme de produit.",
      'Quel type de certificat ?',
      'Quelle durée de validité ?',
      "Quel système d'exploitation ?",
      'Le certificat sera utilisé sur un ordinateur exécutant :',
      "Les certificats normés RGS utilisent l'algorithme SHA-256. Cet algorithme est présent sous Windows à partir de Windows XP SP3.",
      'Choisissez un type de certificat et une durée',
      'Quel porteur de certificat ?',
      'Certificat délivré pour ?',
      'Veuillez sélectionner un moyen de paiement afin de finaliser votre commande',
      "J'atteste avoir pris connaissance des conditions générales d'utilisation de l'autorité CERTIGNA *",
      "Les champs marqués d'un astérisque sont obligatoires",
      'Effacer le formulaire',
    ]) {
      expect(text).toContain(s);
    }
    expect(await res.text()).toMatch(/<button type="submit"[^>]*disabled[^>]*>Commander<\/button>/);
  });

  test('a preselected type names its authority in the CGU line', async ({ seed, as }) => {
    const account = await seed('plain');
    const ctx = await as(account.users[0]!.login);
    expect(await textOf(await ctx.get('/commande/formulaire?produit=rgs3'))).toContain(
      "l'autorité CERTIGNA ID RGS*** *",
    );
    expect(await textOf(await ctx.get('/commande/formulaire?produit=chiffrement'))).toContain(
      "l'autorité CERTIGNA CHIFFREMENT *",
    );
  });

  test("another account's confirmation page is not found", async ({ seed, as }) => {
    const a = await seed('plain');
    const b = await seed('plain');
    const ctxA = await as(a.users[0]!.login);
    const res = await postForm(ctxA, '/commande', guideOrder(await formCsrf(ctxA)));
    const location = res.headers()['location']!;
    const ctxB = await as(b.users[0]!.login);
    expect((await ctxB.get(location)).status()).toBe(404);
    expect((await ctxB.get('/commande/confirmation/CMD-2000-999999')).status()).toBe(404);
  });
});

test.describe('partner step and catalogue', () => {
  test('the partner step has both choices', async ({ seed, as }) => {
    const account = await seed('plain');
    const text = await textOf(await (await as(account.users[0]!.login)).get('/commande'));
    for (const s of [
      'Passez-vous par un partenaire ?',
      "Je dispose d'un code partenaire",
      'Ce code est transmis par certains de nos partenaires et permet de vous guider dans vos commandes.',
      'Votre code partenaire',
      'Valider le code partenaire',
      'Sans code partenaire',
      "En poursuivant sans code partenaire, vous accédez à l'ensemble des produits Certigna.",
      'Continuer sans code partenaire',
    ]) {
      expect(text).toContain(s);
    }
  });

  test('a known partner code narrows the catalogue', async ({ seed, as }) => {
    const account = await seed('plain');
    const ctx = await as(account.users[0]!.login);
    const csrf = csrfOf(await (await ctx.get('/commande')).text());
    const res = await postForm(ctx, '/commande/partenaire', { csrf, code: 'DEMATIS' });
    expect(res.status()).toBe(303);
    const catalogue = await ctx.get(res.headers()['location']!);
    const text = await textOf(catalogue);
    expect(text).toContain('Code partenaire : Dematis');
    expect(text).toContain('Pack ID RGS**');
    expect(text).not.toContain('Pack ID RGS* ');
    expect(text).not.toContain('Chiffrement');
    expect(text).not.toContain('Certificats pour serveurs :');
    const form = await textOf(await ctx.get('/commande/formulaire?produit=rgs2&partenaire=DEMATIS'));
    expect(form).toContain('Vous passez par notre partenaire Dematis.');
    expect(form).not.toContain('Certigna Chiffrement');
  });

  test('SSLPRO lists only its server products, so its order form has nothing to offer', async ({
    seed,
    as,
  }) => {
    const account = await seed('plain');
    const ctx = await as(account.users[0]!.login);
    const text = await textOf(await ctx.get('/commande/catalogue?partenaire=sslpro'));
    expect(text).toContain('Code partenaire : SSL Pro');
    expect(text).toContain('SSL Wildcard');
    expect(text).not.toContain('Cachet Serveur');
    expect(text).not.toContain('Certificats pour personnes physiques :');
    expect((await ctx.get('/commande/formulaire?partenaire=SSLPRO')).status()).toBe(400);
    expect((await ctx.get('/commande/catalogue?partenaire=NOPE')).status()).toBe(400);
  });

  test('an unknown or empty partner code is refused, the code kept', async ({ seed, as }) => {
    const account = await seed('plain');
    const ctx = await as(account.users[0]!.login);
    const csrf = csrfOf(await (await ctx.get('/commande')).text());
    const unknown = await postForm(ctx, '/commande/partenaire', { csrf, code: 'ZZTOP' });
    expect(unknown.status()).toBe(400);
    const html = await unknown.text();
    expect(html).toContain('Ce code partenaire est inconnu.');
    expect(html).toContain('value="ZZTOP"');
    const empty = await postForm(ctx, '/commande/partenaire', { csrf, code: ' ' });
    expect(empty.status()).toBe(400);
    expect(await empty.text()).toContain('Veuillez saisir votre code partenaire.');
  });

  test('the full catalogue lists both families; server products are not covered', async ({ seed, as }) => {
    const account = await seed('plain');
    const ctx = await as(account.users[0]!.login);
    const text = await textOf(await ctx.get('/commande/catalogue'));
    for (const s of [
      'Certificats pour serveurs :',
      'SSL',
      'SSL RGS*',
      'SSL Wildcard',
      'Serveur Client',
      'Cachet Serveur',
      'Certificats pour personnes physiques :',
      'Pack ID RGS*',
      'Pack ID RGS**',
      'Pack ID RGS***',
      'Chiffrement',
    ]) {
      expect(text).toContain(s);
    }
    const ssl = await ctx.get('/commande/formulaire?produit=ssl');
    expect(await textOf(ssl)).toContain('Produit non couvert par cette démonstration');
  });
});
