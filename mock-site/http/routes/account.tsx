import { Hono } from 'hono';
import { CustomerArea, USER_FIELDS } from '../../views/customer-area.tsx';
import type { CustomerContext } from '../../domain/store.ts';
import type { Deps } from '../deps.ts';
import { sendMail } from '../deps.ts';
import { personProblem } from '../form-checks.ts';
import { checkSessionCsrf } from '../sessions.ts';
import type { AppEnv } from '../web.ts';
import { CSRF_REFUSED, field, PageError, readForm, tokenLink } from '../web.ts';

/** « Espace client » and « Créer un utilisateur ». */
export function accountRoutes(deps: Deps) {
  const { store, behaviour, skin } = deps;
  const { paths } = skin;
  const app = new Hono<AppEnv>();
  /** What the customer area shows of the account, read when the page is rendered. */
  const areaOf = (me: CustomerContext) => ({
    me,
    users: store.usersOf(me.account.id),
    orders: store.ordersOf(me.account.id).map((order) => ({ order, holder: store.user(order.holderId) })),
    showsCreateUserForm: behaviour.accounts.showsCreateUserForm(me.user),
  });
  app.use(paths.area, behaviour.requireCustomer(store));
  app.use(`${paths.area}/*`, behaviour.requireCustomer(store));
  // A build whose pages are siblings (`.xhtml` views) guards the users' page by its own path.
  if (!paths.areaUsers.startsWith(`${paths.area}/`))
    app.use(paths.areaUsers, behaviour.requireCustomer(store));

  app.get(paths.area, (c) => c.html(<CustomerArea {...areaOf(c.get('customer'))} />));

  app.post(paths.areaUsers, async (c) => {
    const me = c.get('customer');
    const form = await readForm(c);
    if (!checkSessionCsrf(me.session, form)) throw CSRF_REFUSED();
    if (!me.user.admin) {
      throw new PageError(
        403,
        'Action refusée',
        'Seul un administrateur du compte peut créer un utilisateur.',
      );
    }
    const problem = personProblem(skin, store, form, USER_FIELDS);
    if (problem) {
      return c.html(<CustomerArea {...areaOf(me)} form={form} error={problem.message} />, problem.status);
    }
    const user = store.createUser({
      accountId: me.account.id,
      firstName: field(form, 'prenom'),
      lastName: field(form, 'nom'),
      email: field(form, 'email'),
      login: field(form, 'identifiant'),
      passwordHash: null,
      admin: false,
      active: false,
    });
    const token = store.createToken(user.id, 'activation');
    sendMail(deps, behaviour.mails.activation(user, tokenLink(c, paths.activation, token), user.login, skin));
    return c.html(<CustomerArea {...areaOf(me)} created />);
  });

  return app;
}
