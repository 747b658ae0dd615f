import { Hono } from 'hono';
import type { CustomerAccount } from '../../domain/store.ts';
import { ManagerLoginPage } from '../../views/manager-login.tsx';
import { ManagerPage } from '../../views/manager.tsx';
import type { Deps } from '../deps.ts';
import { verifyPassword } from '../security.ts';
import {
  checkPreSessionCsrf,
  checkSessionCsrf,
  logOut,
  preSessionCsrf,
  requireStaff,
  startSession,
} from '../sessions.ts';
import type { AppEnv } from '../web.ts';
import { CSRF_REFUSED, field, NOT_FOUND, readForm } from '../web.ts';

/** The staff's manager: login, logout, the company search and the mandataire switch. */
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
