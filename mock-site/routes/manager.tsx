import { Hono } from 'hono';
import { verifyPassword } from '../security.ts';
import type { CustomerAccount } from '../store.ts';
import { Alert, CsrfField, Status, TextField } from '../views/components.tsx';
import { Layout } from '../views/layout.tsx';
import type { AppEnv, Deps, StaffContext } from '../web.ts';
import {
  checkPreSessionCsrf,
  checkSessionCsrf,
  CSRF_REFUSED,
  field,
  logOut,
  NOT_FOUND,
  preSessionCsrf,
  readForm,
  requireStaff,
  startSession,
} from '../web.ts';

function ManagerLoginPage(p: { csrf: string; login?: string; error?: string }) {
  return (
    <Layout title="Manager Certigna">
      <h1>Manager Certigna</h1>
      <form method="post" action="/manager/connexion" novalidate class="card narrow">
        <p>Espace réservé aux opérateurs de l'autorité de certification.</p>
        <Alert message={p.error} />
        <CsrfField token={p.csrf} />
        <TextField
          id="identifiant"
          name="identifiant"
          label="Identifiant"
          value={p.login}
          autocomplete="username"
        />
        <TextField
          id="mot_de_passe"
          name="mot_de_passe"
          label="Mot de passe"
          type="password"
          autocomplete="current-password"
        />
        <button type="submit" class="button">
          Se connecter
        </button>
      </form>
    </Layout>
  );
}

type SearchProps = {
  me: StaffContext;
  query: string;
  results: CustomerAccount[] | undefined;
  adminLogin: (account: CustomerAccount) => string;
  activated?: CustomerAccount | undefined;
};

function ManagerPage({ me, query, results, adminLogin, activated }: SearchProps) {
  return (
    <Layout title="Manager Certigna" who={{ logoutAction: '/manager/deconnexion', csrf: me.session.csrf }}>
      <h1>Manager Certigna</h1>
      <div role="tablist" aria-label="Manager" class="tabs">
        <a
          role="tab"
          id="onglet-compte-client"
          href="/manager"
          aria-selected="true"
          aria-current="page"
          class="tab tab--active"
        >
          Compte client
        </a>
      </div>
      <section role="tabpanel" aria-labelledby="onglet-compte-client" class="card tabpanel">
        <Status
          message={activated ? `La fonction mandataire est activée pour ${activated.company}.` : undefined}
        />
        <form
          method="get"
          action="/manager"
          class="search"
          role="search"
          aria-label="Rechercher un compte client"
        >
          <div class="field">
            <label for="societe">Nom de société</label>
            <input id="societe" name="societe" type="text" value={query} autocomplete="off" />
          </div>
          <button type="submit" class="button">
            Rechercher
          </button>
        </form>
        {results &&
          (results.length === 0 ? (
            <p>Aucun compte client ne correspond à « {query} ».</p>
          ) : (
            <table>
              <caption class="visually-hidden">Comptes clients trouvés</caption>
              <thead>
                <tr>
                  <th scope="col">Société</th>
                  <th scope="col">SIRET</th>
                  <th scope="col">Identifiant administrateur</th>
                  <th scope="col">Mandataire</th>
                </tr>
              </thead>
              <tbody>
                {results.map((a) => (
                  <tr>
                    <td>{a.company}</td>
                    <td>{a.siret}</td>
                    <td>{adminLogin(a)}</td>
                    <td>
                      {a.mandataire ? (
                        'Oui'
                      ) : (
                        <form method="post" action={`/manager/comptes/${a.id}/mandataire`} class="inline">
                          <CsrfField token={me.session.csrf} />
                          <input type="hidden" name="societe" value={query} />
                          <span>Non</span>{' '}
                          <button
                            type="submit"
                            class="button button--small"
                            aria-describedby={`societe-${a.id}`}
                          >
                            Activer la fonction mandataire
                          </button>
                          <span class="visually-hidden" id={`societe-${a.id}`}>
                            {a.company}
                          </span>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </section>
    </Layout>
  );
}

export function managerRoutes(deps: Deps) {
  const { store } = deps;
  const app = new Hono<AppEnv>();

  app.get('/manager/connexion', (c) => c.html(<ManagerLoginPage csrf={preSessionCsrf(c)} />));

  app.post('/manager/connexion', async (c) => {
    const form = await readForm(c);
    checkPreSessionCsrf(c, form);
    const login = field(form, 'identifiant');
    const staff = login ? store.staffByLogin(login) : undefined;
    if (!staff || !(await verifyPassword(form.mot_de_passe ?? '', staff.passwordHash))) {
      return c.html(
        <ManagerLoginPage
          csrf={preSessionCsrf(c)}
          login={login}
          error="Identifiant ou mot de passe incorrect"
        />,
        401,
      );
    }
    startSession(c, store, 'staff', staff.id);
    return c.redirect('/manager', 303);
  });

  app.post('/manager/deconnexion', logOut(store, 'staff', '/manager/connexion'));

  app.use('/manager', requireStaff(store));
  app.use('/manager/comptes/*', requireStaff(store));

  const adminLogin = (account: CustomerAccount) => {
    const users = store.usersOf(account.id);
    return (users.find((u) => u.admin) ?? users[0])?.login ?? '';
  };

  app.get('/manager', (c) => {
    const query = (c.req.query('societe') ?? '').trim().slice(0, 100);
    const activatedId = c.req.query('active');
    const account = activatedId ? store.account(activatedId) : undefined;
    const activated = account?.mandataire ? account : undefined;
    const results = query ? store.searchAccounts(query) : undefined;
    return c.html(
      <ManagerPage
        me={c.get('staff')}
        query={query}
        results={results}
        adminLogin={adminLogin}
        activated={activated}
      />,
    );
  });

  app.post('/manager/comptes/:id/mandataire', async (c) => {
    const me = c.get('staff');
    const form = await readForm(c);
    if (!checkSessionCsrf(me.session, form)) throw CSRF_REFUSED();
    const id = c.req.param('id');
    const account = store.setMandataire(id);
    if (!account) throw NOT_FOUND();
    const query = field(form, 'societe') || account.company;
    return c.redirect(
      `/manager?${new URLSearchParams({ societe: query, active: account.id }).toString()}`,
      303,
    );
  });

  return app;
}
