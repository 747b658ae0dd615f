import { target } from '../../support/target/target.ts';
import { COOKIE_NAMES, csrfOf, expect, postForm, randomSiret, test, textOf } from './fixtures.ts';

test.describe('login', () => {
  test('the login page has the guide labels', async ({ request }) => {
    const res = await request.get('/connexion');
    expect(res.status()).toBe(200);
    const text = await textOf(res);
    for (const s of [
      'Connexion à votre espace client',
      'Déjà client ?',
      'Identifiant :',
      'Mot de passe :',
      'Identifiant oublié ?',
      'Mot de passe oublié ?',
      'Se connecter',
      'Créer votre espace client',
    ]) {
      expect(text).toContain(s);
    }
  });

  test('/espace-client without a session redirects to the login page', async ({ anonymous }) => {
    const res = await (await anonymous()).get('/espace-client');
    expect(res.status()).toBe(303);
    expect(res.headers()['location']).toBe('/connexion');
  });

  test('good credentials open the customer area; the session cookie is HttpOnly, Secure, SameSite=Lax and kept over http://localhost', async ({
    seed,
    anonymous,
  }) => {
    const account = await seed('plain');
    const me = account.users[0]!;
    const ctx = await anonymous();
    const csrf = csrfOf(await (await ctx.get('/connexion')).text());
    const res = await postForm(ctx, '/connexion', { csrf, identifiant: me.login, mot_de_passe: me.password });
    expect(res.status()).toBe(303);
    expect(res.headers()['location']).toBe('/espace-client');
    const setCookie = res
      .headersArray()
      .find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith(COOKIE_NAMES.customer));
    expect(setCookie?.value).toMatch(/HttpOnly/i);
    expect(setCookie?.value).toMatch(/Secure/i);
    expect(setCookie?.value).toMatch(/SameSite=Lax/i);
    const area = await ctx.get('/espace-client');
    expect(area.status()).toBe(200);
    expect(await textOf(area)).toContain('Connecté en tant que FRÉDÉRIC TEST0');
  });

  test('a wrong password is refused with 401, the identifier kept', async ({ seed, anonymous }) => {
    const account = await seed('plain');
    const ctx = await anonymous();
    const csrf = csrfOf(await (await ctx.get('/connexion')).text());
    const res = await postForm(ctx, '/connexion', {
      csrf,
      identifiant: account.users[0]!.login,
      mot_de_passe: 'wrong-one',
    });
    expect(res.status()).toBe(401);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Identifiant ou mot de passe incorrect');
    expect(html).toContain(`value="${account.users[0]!.login}"`);
  });

  test('an unknown identifier and a not yet activated user get the same refusal', async ({
    seed,
    anonymous,
  }) => {
    const account = await seed('plain', ['Ann', 'Bea'], { inactive: ['Bea'] });
    const ctx = await anonymous();
    const csrf = csrfOf(await (await ctx.get('/connexion')).text());
    for (const identifiant of ['nobody-here-at-all', account.users[1]!.login]) {
      const res = await postForm(ctx, '/connexion', {
        csrf,
        identifiant,
        mot_de_passe: account.users[1]!.password,
      });
      expect(res.status()).toBe(401);
      expect(await res.text()).toContain('Identifiant ou mot de passe incorrect');
    }
  });

  test('a login without the CSRF token is refused', async ({ seed, anonymous }) => {
    const account = await seed('plain');
    const ctx = await anonymous();
    await ctx.get('/connexion');
    const res = await postForm(ctx, '/connexion', {
      identifiant: account.users[0]!.login,
      mot_de_passe: account.users[0]!.password,
    });
    expect(res.status()).toBe(403);
    const forged = await postForm(ctx, '/connexion', {
      csrf: 'not-the-cookie-value-000',
      identifiant: account.users[0]!.login,
      mot_de_passe: account.users[0]!.password,
    });
    expect(forged.status()).toBe(403);
  });

  test('logging out ends the session', async ({ seed, as }) => {
    const account = await seed('plain');
    const ctx = await as(account.users[0]!.login);
    const csrf = csrfOf(await (await ctx.get('/espace-client')).text());
    expect((await postForm(ctx, '/deconnexion', { csrf: 'wrong' })).status()).toBe(403);
    const res = await postForm(ctx, '/deconnexion', { csrf });
    expect(res.status()).toBe(303);
    expect((await ctx.get('/espace-client')).headers()['location']).toBe('/connexion');
  });
});

test.describe('forgotten identifier', () => {
  test('a known SIRET mails the identifier to the account contact', async ({ seed, anonymous, mailsTo }) => {
    const account = await seed('plain', ['Ann', 'Bob']);
    const ctx = await anonymous();
    const page = await ctx.get('/identifiant-oublie');
    const text = await textOf(page);
    for (const s of ['Identifiant oublié', 'SIRET', 'Adresse e-mail', 'Recevoir mon identifiant'])
      expect(text).toContain(s);
    const spaced = account.siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
    const res = await postForm(ctx, '/identifiant-oublie', {
      csrf: csrfOf(await page.text()),
      siret: spaced,
      email: '',
    });
    expect(res.status()).toBe(200);
    expect(await res.text()).toMatch(/role="status"[^]*Votre identifiant vous a été envoyé par e-mail\./);
    const [mail] = await mailsTo(account.users[0]!.email);
    expect(mail!.subject).toBe('Votre identifiant Certigna');
    expect(mail!.text).toContain(account.users[0]!.login);
  });

  test('a SIRET with the matching e-mail mails that user', async ({ seed, anonymous, mailsTo }) => {
    const account = await seed('plain', ['Ann', 'Bob']);
    const bob = account.users[1]!;
    const ctx = await anonymous();
    const csrf = csrfOf(await (await ctx.get('/identifiant-oublie')).text());
    const res = await postForm(ctx, '/identifiant-oublie', {
      csrf,
      siret: account.siret,
      email: bob.email.toUpperCase(),
    });
    expect(res.status()).toBe(200);
    const [mail] = await mailsTo(bob.email);
    expect(mail!.text).toContain(bob.login);
  });

  test('an unknown SIRET, an old customer without an area, or a wrong e-mail: « identifiant ou mot de passe incorrect », no mail', async ({
    seed,
    anonymous,
    request,
  }) => {
    const account = await seed('plain');
    const old = await seed('old');
    const ctx = await anonymous();
    const csrf = csrfOf(await (await ctx.get('/identifiant-oublie')).text());
    const attempts = [
      { siret: randomSiret(), email: '' },
      { siret: old.siret, email: '' },
      { siret: account.siret, email: 'someone.else@exemple.test' },
    ];
    for (const a of attempts) {
      const res = await postForm(ctx, '/identifiant-oublie', { csrf, ...a });
      expect(res.status()).toBe(401);
      const html = await res.text();
      expect(html).toMatch(/role="alert"[^>]*>identifiant ou mot de passe incorrect</);
    }
    const mails = (await (await request.get(`${target.mock.mailURL}/api/email`)).json()) as {
      to: { address: string }[];
    }[];
    expect(mails.filter((m) => m.to.some((t) => t.address === account.users[0]!.email))).toHaveLength(0);
  });

  test('a SIRET that is not 14 digits is refused with its own message', async ({ anonymous }) => {
    const ctx = await anonymous();
    const csrf = csrfOf(await (await ctx.get('/identifiant-oublie')).text());
    for (const siret of ['1234', 'ABCDEFGHIJKLMN', '123456789012345']) {
      const res = await postForm(ctx, '/identifiant-oublie', { csrf, siret, email: '' });
      expect(res.status()).toBe(400);
      expect(await res.text()).toContain('Le SIRET doit comporter 14 chiffres.');
    }
  });
});

test.describe('forgotten password', () => {
  test('a known identifier gets a reset link that sets a new password', async ({
    seed,
    anonymous,
    mailsTo,
  }) => {
    const account = await seed('plain');
    const me = account.users[0]!;
    const ctx = await anonymous();
    const page = await ctx.get('/mot-de-passe-oublie');
    const text = await textOf(page);
    for (const s of ['Mot de passe oublié', 'Identifiant', 'Réinitialiser mon mot de passe'])
      expect(text).toContain(s);
    const res = await postForm(ctx, '/mot-de-passe-oublie', {
      csrf: csrfOf(await page.text()),
      identifiant: me.login,
    });
    expect(res.status()).toBe(200);
    expect(await textOf(res)).toContain(
      'Si ce compte existe, un e-mail de réinitialisation vous a été envoyé.',
    );

    const [mail] = await mailsTo(me.email);
    expect(mail!.subject).toBe('Réinitialisation de votre mot de passe Certigna');
    const link = mail!.text!.match(/https?:\/\/\S+\/nouveau-mot-de-passe\?jeton=[\w-]+/)?.[0];
    expect(link).toBeTruthy();
    const form = await ctx.get(link!);
    const formText = await textOf(form);
    for (const s of ['Nouveau mot de passe', 'Confirmez le mot de passe', 'Enregistrer le mot de passe'])
      expect(formText).toContain(s);
    const csrf = csrfOf(await form.text());
    const jeton = new URL(link!).searchParams.get('jeton')!;

    const mismatch = await postForm(ctx, '/nouveau-mot-de-passe', {
      csrf,
      jeton,
      mot_de_passe: 'Nouveau-2026!',
      confirmation: 'Autre-2026!',
    });
    expect(mismatch.status()).toBe(400);
    expect(await mismatch.text()).toContain('Les mots de passe ne correspondent pas.');
    const short = await postForm(ctx, '/nouveau-mot-de-passe', {
      csrf,
      jeton,
      mot_de_passe: 'court',
      confirmation: 'court',
    });
    expect(short.status()).toBe(400);

    const done = await postForm(ctx, '/nouveau-mot-de-passe', {
      csrf,
      jeton,
      mot_de_passe: 'Nouveau-2026!',
      confirmation: 'Nouveau-2026!',
    });
    expect(done.status()).toBe(200);
    const doneText = await textOf(done);
    expect(doneText).toContain('Votre mot de passe a été enregistré.');
    expect(doneText).toContain('Se connecter');

    // The link is single-use, the old password is gone, the new one works.
    expect((await ctx.get(link!)).status()).toBe(400);
    const loginCsrf = csrfOf(await (await ctx.get('/connexion')).text());
    expect(
      (
        await postForm(ctx, '/connexion', {
          csrf: loginCsrf,
          identifiant: me.login,
          mot_de_passe: me.password,
        })
      ).status(),
    ).toBe(401);
    expect(
      (
        await postForm(ctx, '/connexion', {
          csrf: loginCsrf,
          identifiant: me.login,
          mot_de_passe: 'Nouveau-2026!',
        })
      ).status(),
    ).toBe(303);
  });

  test('an unknown identifier gets the same answer and no mail is sent', async ({ anonymous }) => {
    const ctx = await anonymous();
    const csrf = csrfOf(await (await ctx.get('/mot-de-passe-oublie')).text());
    const res = await postForm(ctx, '/mot-de-passe-oublie', { csrf, identifiant: 'nobody-by-that-name' });
    expect(res.status()).toBe(200);
    expect(await textOf(res)).toContain(
      'Si ce compte existe, un e-mail de réinitialisation vous a été envoyé.',
    );
  });

  test('a forged reset link is refused', async ({ anonymous }) => {
    const res = await (await anonymous()).get('/nouveau-mot-de-passe?jeton=forged');
    expect(res.status()).toBe(400);
    expect(await res.text()).toContain('role="alert"');
  });
});
