import { csrfOf, expect, postForm, test, textOf, uniqueId } from './fixtures.ts';

test.describe('manager', () => {
  test('staff log in on their own page; wrong credentials are refused', async ({ testApi, anonymous }) => {
    const login = `staff.${uniqueId()}`;
    await testApi.post('staff', { data: { login, password: 'Staff-2026!' } });
    const ctx = await anonymous();
    const page = await ctx.get('/manager/connexion');
    const text = await textOf(page);
    for (const s of ['Manager Certigna', 'Identifiant', 'Mot de passe', 'Se connecter'])
      expect(text).toContain(s);
    const csrf = csrfOf(await page.text());
    const wrong = await postForm(ctx, '/manager/connexion', {
      csrf,
      identifiant: login,
      mot_de_passe: 'nope',
    });
    expect(wrong.status()).toBe(401);
    expect(await wrong.text()).toMatch(/role="alert"[^>]*>Identifiant ou mot de passe incorrect</);
    const ok = await postForm(ctx, '/manager/connexion', {
      csrf,
      identifiant: login,
      mot_de_passe: 'Staff-2026!',
    });
    expect(ok.status()).toBe(303);
    const manager = await ctx.get('/manager');
    expect(manager.status()).toBe(200);
    expect(await manager.text()).toMatch(/role="tab"[^>]*aria-current="page"[^>]*>Compte client</);
  });

  test('without a staff session, and with a customer session, /manager redirects to the staff login', async ({
    seed,
    as,
    anonymous,
  }) => {
    const account = await seed('plain');
    for (const ctx of [await anonymous(), await as(account.users[0]!.login)]) {
      for (const path of ['/manager', '/manager?societe=a']) {
        const res = await ctx.get(path);
        expect(res.status()).toBe(303);
        expect(res.headers()['location']).toBe('/manager/connexion');
      }
      const post = await postForm(ctx, `/manager/comptes/${account.id}/mandataire`, { csrf: 'x' });
      expect(post.status()).toBe(303);
      expect(post.headers()['location']).toBe('/manager/connexion');
    }
  });

  test('search by company name is case- and accent-insensitive; an old customer without an area is not found', async ({
    seed,
    testApi,
    as,
  }) => {
    const account = await seed('plain', ['Ann'], { company: 'Écurie Hélios' });
    const id = account.company.split(' ').pop()!;
    const old = await seed('old');
    const login = `staff.${uniqueId()}`;
    await testApi.post('staff', { data: { login, password: 'Staff-2026!' } });
    const ctx = await as(login, true);

    const found = await ctx.get(`/manager?societe=${encodeURIComponent(`CURIE HELIOS ${id}`)}`);
    const text = await textOf(found);
    for (const s of ['Société', 'SIRET', 'Identifiant administrateur', 'Mandataire'])
      expect(text).toContain(s);
    expect(text).toContain(`${account.company} ${account.siret} ${account.users[0]!.login} Non`);

    const none = await ctx.get(`/manager?societe=${encodeURIComponent(old.company)}`);
    expect(await textOf(none)).toContain(`Aucun compte client ne correspond à « ${old.company} ».`);
  });

  test('switching the mandataire function on lets the account order for another person', async ({
    seed,
    testApi,
    as,
  }) => {
    const account = await seed('plain', ['Ann', 'Bob']);
    const login = `staff.${uniqueId()}`;
    await testApi.post('staff', { data: { login, password: 'Staff-2026!' } });
    const staff = await as(login, true);
    const search = await staff.get(`/manager?societe=${encodeURIComponent(account.company)}`);
    const html = await search.text();
    expect(html).toContain('Activer la fonction mandataire');
    expect(await textOf(search)).toContain(
      `${account.company} ${account.siret} ${account.users[0]!.login} Non`,
    );

    const csrf = csrfOf(html);
    expect(
      (await postForm(staff, `/manager/comptes/${account.id}/mandataire`, { csrf: 'forged' })).status(),
    ).toBe(403);
    const customer = await as(account.users[0]!.login);
    expect(await (await customer.get('/commande/formulaire')).text()).not.toContain('Une autre personne de');

    const res = await postForm(staff, `/manager/comptes/${account.id}/mandataire`, {
      csrf,
      societe: account.company,
    });
    expect(res.status()).toBe(303);
    const after = await staff.get(res.headers()['location']!);
    const text = await textOf(after);
    expect(text).toContain(`La fonction mandataire est activée pour ${account.company}.`);
    expect(text).toContain(`${account.company} ${account.siret} ${account.users[0]!.login} Oui`);

    expect(await (await customer.get('/commande/formulaire')).text()).toContain('Une autre personne de');
    expect((await postForm(staff, '/manager/comptes/a999999/mandataire', { csrf })).status()).toBe(404);
  });
});
