import { csrfOf, expect, postForm, test, textOf, uniqueId } from './fixtures.ts';

test.describe('customer area', () => {
  test('shows who is connected, « Nouvelle commande », the users and « Aucune commande. »', async ({
    seed,
    as,
  }) => {
    const account = await seed('plain', ['Ann', 'Bob'], { inactive: ['Bob'] });
    const res = await (await as(account.users[0]!.login)).get('/espace-client');
    expect(res.status()).toBe(200);
    const text = await textOf(res);
    for (const s of [
      'Espace client',
      'Connecté en tant que ANN TEST0',
      'Nouvelle commande',
      'Se déconnecter',
      'Liste de vos utilisateurs',
      'Nom',
      'Adresse e-mail',
      'Identifiant',
      'Statut',
      'Actif',
      "En attente d'activation",
      account.users[1]!.login,
      'Vos commandes',
      'Aucune commande.',
      'Créer un utilisateur',
    ]) {
      expect(text).toContain(s);
    }
    expect(await res.text()).toContain('href="/commande"');
  });

  test('an account administrator creates a future holder, who activates and can log in', async ({
    seed,
    as,
    anonymous,
    mailsTo,
  }) => {
    const account = await seed('plain');
    const ctx = await as(account.users[0]!.login);
    const csrf = csrfOf(await (await ctx.get('/espace-client')).text());
    const id = uniqueId();
    const email = `porteur.${id}@exemple.test`;
    const res = await postForm(ctx, '/espace-client/utilisateurs', {
      csrf,
      prenom: 'Zoé',
      nom: 'Porteur',
      email,
      identifiant: `porteur.${id}`,
    });
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toMatch(
      /role="status"[^]*L&#39;utilisateur a été créé\. Un e-mail d&#39;activation lui a été envoyé\./,
    );
    expect(await textOf(res)).toContain('Zoé Porteur ' + email + ` porteur.${id} En attente d'activation`);

    const [mail] = await mailsTo(email);
    expect(mail!.subject).toBe('Activez votre compte Certigna');
    const link = mail!.text!.match(/https?:\/\/\S+\/activation\?jeton=[\w-]+/)![0];
    const visitor = await anonymous();
    const page = await visitor.get(link);
    const done = await postForm(visitor, '/activation', {
      csrf: csrfOf(await page.text()),
      jeton: new URL(link).searchParams.get('jeton')!,
      mot_de_passe: 'Porteur-2026!',
      confirmation: 'Porteur-2026!',
    });
    expect(await textOf(done)).toContain('Votre compte est activé.');
    const loginCsrf = csrfOf(await (await visitor.get('/connexion')).text());
    const login = await postForm(visitor, '/connexion', {
      csrf: loginCsrf,
      identifiant: `porteur.${id}`,
      mot_de_passe: 'Porteur-2026!',
    });
    expect(login.status()).toBe(303);
    expect(await textOf(await ctx.get('/espace-client'))).toContain(`porteur.${id} Actif`);
  });

  test('a user who is not an account administrator gets 403 and sees no creation form', async ({
    seed,
    as,
  }) => {
    const account = await seed('plain', ['Ann', 'Bob']);
    const ctx = await as(account.users[1]!.login);
    const page = await (await ctx.get('/espace-client')).text();
    expect(page).not.toContain('Créer un utilisateur');
    const res = await postForm(ctx, '/espace-client/utilisateurs', {
      csrf: csrfOf(page),
      prenom: 'X',
      nom: 'Y',
      email: `x.${uniqueId()}@exemple.test`,
      identifiant: `x.${uniqueId()}`,
    });
    expect(res.status()).toBe(403);
  });

  test('creating a user: missing field, bad e-mail, taken identifier, no CSRF', async ({ seed, as }) => {
    const account = await seed('plain');
    const ctx = await as(account.users[0]!.login);
    const csrf = csrfOf(await (await ctx.get('/espace-client')).text());
    const base = {
      csrf,
      prenom: 'Zoé',
      nom: 'Porteur',
      email: `z.${uniqueId()}@exemple.test`,
      identifiant: `z.${uniqueId()}`,
    };
    const missing = await postForm(ctx, '/espace-client/utilisateurs', { ...base, nom: '' });
    expect(missing.status()).toBe(400);
    expect(await textOf(missing)).toContain('Veuillez renseigner : Nom');
    const email = await postForm(ctx, '/espace-client/utilisateurs', { ...base, email: 'zoé' });
    expect(email.status()).toBe(400);
    const taken = await postForm(ctx, '/espace-client/utilisateurs', {
      ...base,
      identifiant: account.users[0]!.login,
    });
    expect(taken.status()).toBe(409);
    expect(await textOf(taken)).toContain('Cet identifiant est déjà utilisé.');
    const noCsrf = await postForm(ctx, '/espace-client/utilisateurs', { ...base, csrf: '' });
    expect(noCsrf.status()).toBe(403);
    expect((await textOf(await ctx.get('/espace-client'))).includes(base.identifiant)).toBe(false);
  });

  test("one account never sees another's users or orders", async ({ seed, as }) => {
    const a = await seed('plain', ['Ann']);
    const b = await seed('plain', ['Bob']);
    const text = await textOf(await (await as(a.users[0]!.login)).get('/espace-client'));
    expect(text).not.toContain(b.users[0]!.login);
    expect(text).not.toContain(b.users[0]!.email);
  });

  test('a staff session does not open customer pages', async ({ testApi, as }) => {
    const login = `staff.${uniqueId()}`;
    expect((await testApi.post('staff', { data: { login, password: 'Staff-2026!' } })).status()).toBe(201);
    const ctx = await as(login, true);
    for (const path of ['/espace-client', '/commande', '/commande/catalogue', '/commande/formulaire']) {
      const res = await ctx.get(path);
      expect(res.status(), path).toBe(303);
      expect(res.headers()['location']).toBe('/connexion');
    }
  });
});
