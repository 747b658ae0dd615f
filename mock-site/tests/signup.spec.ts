import type { APIRequestContext } from '@playwright/test';
import { csrfOf, expect, postForm, randomSiret, test, textOf, uniqueId } from './fixtures.ts';

async function signup(ctx: APIRequestContext, change: Record<string, string> = {}) {
  const id = uniqueId();
  const csrf = csrfOf(await (await ctx.get('/creer-espace-client')).text());
  const form = {
    csrf,
    raison_sociale: `Nouvelle Société ${id}`,
    siret: randomSiret(),
    prenom: 'Élise',
    nom: 'Nouvelle',
    email: `elise.${id}@exemple.test`,
    identifiant: `elise.${id}`,
    ...change,
  };
  return { form, res: await postForm(ctx, '/creer-espace-client', form) };
}

test.describe('creating a customer area', () => {
  test('the page has its fields', async ({ request }) => {
    const text = await textOf(await request.get('/creer-espace-client'));
    for (const s of [
      'Créer votre espace client',
      'Raison sociale',
      'SIRET',
      'Prénom',
      'Nom',
      'Adresse e-mail',
      'Identifiant',
      'Créer mon espace client',
    ]) {
      expect(text).toContain(s);
    }
  });

  test('a valid request creates the area, mails an activation link, and the account then logs in as its administrator', async ({
    anonymous,
    mailsTo,
  }) => {
    const ctx = await anonymous();
    const { form, res } = await signup(ctx);
    expect(res.status()).toBe(200);
    expect(await res.text()).toMatch(
      /role="status"[^]*Votre espace client a été créé\. Un e-mail d&#39;activation vous a été envoyé\./,
    );

    // Not active yet.
    const loginCsrf = csrfOf(await (await ctx.get('/connexion')).text());
    expect(
      (
        await postForm(ctx, '/connexion', {
          csrf: loginCsrf,
          identifiant: form.identifiant,
          mot_de_passe: 'Choisi-2026!',
        })
      ).status(),
    ).toBe(401);

    const [mail] = await mailsTo(form.email);
    expect(mail!.subject).toBe('Activez votre compte Certigna');
    const link = mail!.text!.match(/https?:\/\/\S+\/activation\?jeton=[\w-]+/)?.[0];
    expect(link).toBeTruthy();
    const page = await ctx.get(link!);
    const text = await textOf(page);
    for (const s of [
      'Activation de votre compte',
      'Mot de passe',
      'Confirmez le mot de passe',
      'Activer mon compte',
    ])
      expect(text).toContain(s);
    const jeton = new URL(link!).searchParams.get('jeton')!;
    const done = await postForm(ctx, '/activation', {
      csrf: csrfOf(await page.text()),
      jeton,
      mot_de_passe: 'Choisi-2026!',
      confirmation: 'Choisi-2026!',
    });
    expect(done.status()).toBe(200);
    expect(await textOf(done)).toContain('Votre compte est activé.');

    const login = await postForm(ctx, '/connexion', {
      csrf: loginCsrf,
      identifiant: form.identifiant,
      mot_de_passe: 'Choisi-2026!',
    });
    expect(login.status()).toBe(303);
    const area = await ctx.get('/espace-client');
    const areaHtml = await area.text();
    expect(areaHtml).toContain('Créer un utilisateur'); // the first user administers the account
    expect(areaHtml).toContain('Actif');
  });

  const siretCases: { title: string; siret: string | (() => string); status: number; message?: string }[] = [
    {
      title: 'valid with spaces',
      siret: () => randomSiret().replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4'),
      status: 200,
    },
    { title: 'La Poste head office', siret: '35600000000048', status: 200 },
    {
      title: 'La Poste establishment (not Luhn, digit sum a multiple of 5)',
      siret: '35600000000051',
      status: 200,
    },
    {
      title: 'letters',
      siret: '7328293200007A',
      status: 400,
      message: 'Le SIRET doit comporter 14 chiffres.',
    },
    {
      title: 'too short',
      siret: '7328293200007',
      status: 400,
      message: 'Le SIRET doit comporter 14 chiffres.',
    },
    {
      title: 'too long',
      siret: '732829320000740',
      status: 400,
      message: 'Le SIRET doit comporter 14 chiffres.',
    },
    {
      title: 'bad Luhn on the SIRET',
      siret: '73282932000075',
      status: 400,
      message: "Ce numéro SIRET n'est pas valide.",
    },
    {
      title: 'bad Luhn on the SIREN',
      siret: '73282932100074',
      status: 400,
      message: "Ce numéro SIRET n'est pas valide.",
    },
    {
      title: 'La Poste with a digit sum not a multiple of 5',
      siret: '35600000000049',
      status: 400,
      message: "Ce numéro SIRET n'est pas valide.",
    },
  ];
  for (const c of siretCases) {
    test(`SIRET ${c.title}`, async ({ anonymous }) => {
      const siret = typeof c.siret === 'function' ? c.siret() : c.siret;
      const ctx = await anonymous();
      // La Poste's SIRETs are fixed values: a 409 means another run already created the area, which proves them valid too.
      const { res } = await signup(ctx, { siret });
      const status = res.status() === 409 && siret.startsWith('356000000') ? 200 : res.status();
      expect(status).toBe(c.status);
      if (c.message) expect(await textOf(res)).toContain(c.message);
    });
  }

  test('an existing SIRET, a taken identifier, a missing field and a bad e-mail are refused', async ({
    seed,
    anonymous,
  }) => {
    const account = await seed('plain');
    const ctx = await anonymous();
    const taken = await signup(ctx, { siret: account.siret });
    expect(taken.res.status()).toBe(409);
    expect(await textOf(taken.res)).toContain('Un espace client existe déjà pour ce SIRET.');
    const login = await signup(ctx, { identifiant: account.users[0]!.login });
    expect(login.res.status()).toBe(409);
    expect(await textOf(login.res)).toContain('Cet identifiant est déjà utilisé.');
    const missing = await signup(ctx, { prenom: '' });
    expect(missing.res.status()).toBe(400);
    expect(await textOf(missing.res)).toContain('Veuillez renseigner : Prénom');
    const noCompany = await signup(ctx, { raison_sociale: ' ' });
    expect(await textOf(noCompany.res)).toContain('Veuillez renseigner : Raison sociale');
    const email = await signup(ctx, { email: 'not-an-address' });
    expect(email.res.status()).toBe(400);
    // Values typed are kept.
    expect(await email.res.text()).toContain('value="not-an-address"');
  });

  test('an old customer known to Certigna can create its area', async ({ seed, anonymous }) => {
    const old = await seed('old');
    const { res } = await signup(await anonymous(), { siret: old.siret });
    expect(res.status()).toBe(200);
  });

  test('without the CSRF cookie the form is refused', async ({ anonymous }) => {
    const ctx = await anonymous();
    const res = await postForm(ctx, '/creer-espace-client', {
      csrf: 'abc',
      raison_sociale: 'X',
      siret: randomSiret(),
    });
    expect(res.status()).toBe(403);
  });
});
