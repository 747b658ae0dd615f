import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { verifyPassword } from '../security.ts';
import type { ManagerColumn } from '../skin.ts';
import type { CustomerAccount } from '../store.ts';
import { Alert, CsrfField, Status, Submit, TextField } from '../views/components.tsx';
import { useSkin } from '../views/skin.ts';
import { Heading, levels, TableHead } from '../views/structure.tsx';
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
  const { t, markup, paths, fields } = useSkin();
  return (
    <Layout title={t('Manager Certigna')}>
      <Heading level={levels('managerLogin').page}>{t('Manager Certigna')}</Heading>
      <form method="post" action={paths.managerLogin} novalidate class={`${markup.cls('card')} narrow`}>
        <p>Espace réservé aux opérateurs de l'autorité de certification.</p>
        <Alert message={p.error} />
        <CsrfField token={p.csrf} />
        <TextField
          form="managerLogin"
          id="identifiant"
          name={fields.login.identifiant}
          label={t('Identifiant')}
          value={p.login}
          autocomplete="username"
        />
        <TextField
          form="managerLogin"
          id="mot_de_passe"
          name={fields.login.mot_de_passe}
          label={t('Mot de passe')}
          type="password"
          autocomplete="current-password"
        />
        <Submit form="managerLogin" label="Se connecter" />
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
  /** What the page says when the search finds no account. */
  noResult: string;
};

/** « Compte client », the manager's one tab: an ARIA tab, or a link in a navigation list. */
function Tabs({ children }: { children: Child }) {
  const { markup, paths } = useSkin();
  if (markup.managerTabs === 'nav') {
    return (
      <>
        <nav aria-label="Manager" class="tabs">
          <ul class="tabs__list">
            <li>
              <a href={paths.manager} aria-current="page" class="tab tab--active">
                Compte client
              </a>
            </li>
          </ul>
        </nav>
        <div class={`${markup.cls('card')} tabpanel`}>{children}</div>
      </>
    );
  }
  return (
    <>
      <div role="tablist" aria-label="Manager" class="tabs">
        <a
          role="tab"
          id="onglet-compte-client"
          href={paths.manager}
          aria-selected="true"
          aria-current="page"
          class="tab tab--active"
        >
          Compte client
        </a>
      </div>
      <section role="tabpanel" aria-labelledby="onglet-compte-client" class="card tabpanel">
        {children}
      </section>
    </>
  );
}

/** One results row's cells, by column; the skin chooses the columns' order. */
function Results({ me, query, results, adminLogin }: SearchProps & { results: CustomerAccount[] }) {
  const { t, markup, paths, fields } = useSkin();
  const headers: Record<ManagerColumn, string> = {
    company: 'Société',
    siret: 'SIRET',
    admin: t('Identifiant administrateur'),
    mandataire: 'Mandataire',
  };
  const cells = (a: CustomerAccount): Record<ManagerColumn, Child> => ({
    company: a.company,
    siret: a.siret,
    admin: adminLogin(a),
    mandataire: a.mandataire ? (
      t('Oui')
    ) : (
      <form method="post" action={paths.mandataireSwitch(a.id)} class="inline">
        <CsrfField token={me.session.csrf} />
        <input type="hidden" name={fields.search.societe} value={query} />
        <span>{t('Non')}</span>{' '}
        <Submit
          form="mandataire"
          variant="small"
          label={t('Activer la fonction mandataire')}
          describedBy={markup.id(`societe-${a.id}`)}
        />
        <span class="visually-hidden" id={markup.id(`societe-${a.id}`)}>
          {a.company}
        </span>
      </form>
    ),
  });
  return (
    <table>
      {markup.regions === 'section' && <caption class="visually-hidden">Comptes clients trouvés</caption>}
      <TableHead columns={markup.managerColumns.map((col) => headers[col])} />
      <tbody>
        {results.map((a) => {
          const row = cells(a);
          return (
            <tr>
              {markup.managerColumns.map((col) => (
                <td>{row[col]}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function ManagerPage(props: SearchProps) {
  const { me, query, results, activated } = props;
  const { t, markup, paths, fields } = useSkin();
  const landmarks = markup.regions === 'section';
  return (
    <Layout title={t('Manager Certigna')} who={{ csrf: me.session.csrf, staff: true }}>
      <Heading level={levels('manager').page}>{t('Manager Certigna')}</Heading>
      <Tabs>
        <Status
          message={
            activated ? t('La fonction mandataire est activée pour {}.', activated.company) : undefined
          }
        />
        <form
          method="get"
          action={paths.manager}
          class="search"
          role={landmarks ? 'search' : undefined}
          aria-label={landmarks ? 'Rechercher un compte client' : undefined}
        >
          <TextField
            form="managerSearch"
            id="societe"
            name={fields.search.societe}
            label={t('Nom de société')}
            value={query}
            autocomplete="off"
          />
          <Submit form="managerSearch" label={t('Rechercher')} />
        </form>
        {results &&
          (results.length === 0 ? <p>{props.noResult}</p> : <Results {...props} results={results} />)}
      </Tabs>
    </Layout>
  );
}

export function managerRoutes(deps: Deps) {
  const { store, skin, behaviour } = deps;
  const { paths, fields } = skin;
  const app = new Hono<AppEnv>();

  app.get(paths.managerLogin, (c) => c.html(<ManagerLoginPage csrf={preSessionCsrf(c)} />));

  app.post(paths.managerLogin, async (c) => {
    const form = await readForm(c, 'login');
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
    return c.redirect(paths.manager, 303);
  });

  app.post(paths.managerLogout, logOut(store, 'staff', paths.managerLogin));

  app.use(paths.manager, requireStaff(store));
  app.use(`${paths.managerAccounts}/*`, requireStaff(store));

  const adminLogin = (account: CustomerAccount) => behaviour.accounts.adminShown(store.usersOf(account.id));

  app.get(paths.manager, (c) => {
    const query = (c.req.query(fields.search.societe) ?? '').trim().slice(0, 100);
    const activatedId = c.req.query(fields.search.active);
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
        noResult={behaviour.accounts.managerNoResult(query, skin.t)}
      />,
    );
  });

  app.post(paths.mandataireSwitch(':id'), async (c) => {
    const me = c.get('staff');
    const form = await readForm(c, 'search');
    if (!checkSessionCsrf(me.session, form)) throw CSRF_REFUSED();
    const account = store.setMandataire(c.req.param('id') ?? '');
    if (!account) throw NOT_FOUND();
    const query = field(form, 'societe') || account.company;
    return c.redirect(
      `${paths.manager}?${new URLSearchParams({ [fields.search.societe]: query, [fields.search.active]: account.id }).toString()}`,
      303,
    );
  });

  return app;
}
