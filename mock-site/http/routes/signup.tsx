import { Hono } from 'hono';
import { SIGNUP_FIELDS, SignupPage } from '../../views/signup.tsx';
import type { Deps } from '../deps.ts';
import { sendMail } from '../deps.ts';
import { personProblem } from '../form-checks.ts';
import { checkPreSessionCsrf, preSessionCsrf } from '../sessions.ts';
import type { AppEnv } from '../web.ts';
import { field, readForm, tokenLink } from '../web.ts';

/** « Créer votre espace client »: a customer area and its administrator, who gets an activation link. */
export function signupRoutes(deps: Deps) {
  const { store, rules, behaviour, skin } = deps;
  const { paths, t, say } = skin;
  const app = new Hono<AppEnv>();

  app.get(paths.signup, (c) => c.html(<SignupPage csrf={preSessionCsrf(c)} />));

  app.post(paths.signup, async (c) => {
    const form = await readForm(c);
    checkPreSessionCsrf(c, form);
    const again = (error: string, status: 400 | 409) =>
      c.html(<SignupPage csrf={preSessionCsrf(c)} form={form} error={error} />, status);

    for (const f of SIGNUP_FIELDS.slice(0, 2)) {
      if (!field(form, f.name)) return again(t('Veuillez renseigner : {}', say(f.label)), 400);
    }
    const siret = rules.checkSiret(field(form, 'siret'));
    if (!siret.ok) return again(say(siret.message), 400);
    const problem = personProblem(skin, store, form, SIGNUP_FIELDS);
    if (problem) return again(problem.message, problem.status);
    if (behaviour.accounts.siretTaken(store.accountBySiret(siret.siret)))
      return again(t('Un espace client existe déjà pour ce SIRET.'), 409);

    // Public bodies pay by purchase order only.
    const account = store.createAccount({
      company: field(form, 'raison_sociale'),
      siret: siret.siret,
      customerType: behaviour.accounts.customerTypeOf(siret.siret),
      delegue: false,
      mandataire: false,
    });
    const user = store.createUser({
      accountId: account.id,
      firstName: field(form, 'prenom'),
      lastName: field(form, 'nom'),
      email: field(form, 'email'),
      login: field(form, 'identifiant'),
      passwordHash: null,
      admin: true,
      active: false,
    });
    const token = store.createToken(user.id, 'activation');
    sendMail(deps, behaviour.mails.activation(user, tokenLink(c, paths.activation, token), user.login, skin));
    return c.html(<SignupPage csrf={preSessionCsrf(c)} done />);
  });

  return app;
}
