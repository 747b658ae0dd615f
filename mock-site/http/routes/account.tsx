import { Hono } from 'hono';
import { displayName, findPersonalProduct, formatPrice } from '../domain.ts';
import type { Order } from '../store.ts';
import { Alert, CsrfField, Status, Submit, TextField } from '../views/components.tsx';
import { useSkin } from '../views/skin.ts';
import { Heading, levels, Region, TableHead } from '../views/structure.tsx';
import { Layout } from '../views/layout.tsx';
import type { AppEnv, CustomerContext, Deps, Form } from '../web.ts';
import { checkSessionCsrf, CSRF_REFUSED, field, PageError, readForm, sendMail, tokenLink } from '../web.ts';
import { personProblem } from './signup.tsx';

const USER_FIELDS = [
  { name: 'prenom', label: 'Prénom', autocomplete: 'off' },
  { name: 'nom', label: 'Nom', autocomplete: 'off' },
  { name: 'email', label: 'Adresse e-mail', autocomplete: 'off' },
  { name: 'identifiant', label: 'Identifiant', autocomplete: 'off' },
] as const;

type AreaProps = { deps: Deps; me: CustomerContext; form?: Form; error?: string; created?: boolean };

/** « Vos commandes »: a table (number, product, holder, total) or a list of the same, as the skin has it. */
function Orders({ deps, orders }: { deps: Deps; orders: Order[] }) {
  const { t, markup, paths } = useSkin();
  const rows = orders.map((o) => {
    const holder = deps.store.user(o.holderId);
    return {
      link: <a href={paths.confirmation(o.number)}>{o.number}</a>,
      cells: [
        findPersonalProduct(o.productSlug)?.name ?? o.productSlug,
        holder ? displayName(holder) : '',
        formatPrice(o.totalHT),
      ],
    };
  });
  if (orders.length === 0) return <p>{t('Aucune commande.')}</p>;
  if (markup.orders === 'list') {
    return (
      <ul class="order-list">
        {rows.map((r) => (
          <li>
            {r.link}
            {r.cells.map((text) => ` – ${text}`)}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <table>
      <TableHead columns={['N° de commande', 'Produit', 'Porteur', 'Total']} />
      <tbody>
        {rows.map((r) => (
          <tr>
            <td>{r.link}</td>
            {r.cells.map((text) => (
              <td>{text}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CustomerArea({ deps, me, form, error, created }: AreaProps) {
  const { t, say, markup, paths } = useSkin();
  const level = levels('area');
  const users = deps.store.usersOf(me.account.id);
  return (
    <Layout title="Espace client" who={{ csrf: me.session.csrf }}>
      <Heading level={level.page}>Espace client</Heading>
      <p class="lead">{t('Connecté en tant que {}', displayName(me.user))}</p>
      <p class="muted">
        {me.account.company} – SIRET {me.account.siret}
      </p>
      <p>
        <a class={markup.cls('button')} href={paths.order}>
          Nouvelle commande
        </a>
      </p>

      <Region id="utilisateurs" title={t('Liste de vos utilisateurs')} level={level.part}>
        <table>
          <TableHead columns={['Nom', t('Adresse e-mail'), t('Identifiant'), 'Statut']} />
          <tbody>
            {users.map((u) => (
              <tr>
                <td>
                  {u.firstName} {u.lastName}
                </td>
                <td>{u.email}</td>
                <td>{u.login}</td>
                <td>{u.active ? t('Actif') : t("En attente d'activation")}</td>
              </tr>
            ))}
          </tbody>
        </table>

        {deps.behaviour.accounts.showsCreateUserForm(me.user) && (
          <form
            method="post"
            action={paths.areaUsers}
            novalidate
            aria-labelledby={markup.regions === 'section' ? markup.id('creer-utilisateur') : undefined}
            class="subform"
          >
            <Heading level={level.sub} id={markup.id('creer-utilisateur')}>
              {t('Créer un utilisateur')}
            </Heading>
            <p class="note">
              Le futur porteur reçoit un e-mail pour activer son compte et commander son certificat.
            </p>
            <Alert message={error} />
            <Status
              message={
                created ? t("L'utilisateur a été créé. Un e-mail d'activation lui a été envoyé.") : undefined
              }
            />
            <CsrfField token={me.session.csrf} />
            <div class="grid">
              {USER_FIELDS.map((f) => (
                <TextField
                  form="users"
                  id={`u-${f.name}`}
                  name={f.name}
                  label={say(f.label)}
                  value={form?.[f.name]}
                  required
                  type={f.name === 'email' ? 'email' : 'text'}
                  autocomplete={f.autocomplete}
                />
              ))}
            </div>
            <Submit form="users" label={t("Créer l'utilisateur")} />
          </form>
        )}
      </Region>

      <Region id="commandes" title={t('Vos commandes')} level={level.part}>
        <Orders deps={deps} orders={deps.store.ordersOf(me.account.id)} />
      </Region>
    </Layout>
  );
}

export function accountRoutes(deps: Deps) {
  const { store, behaviour, skin } = deps;
  const { paths } = skin;
  const app = new Hono<AppEnv>();
  app.use(paths.area, behaviour.requireCustomer(store));
  app.use(`${paths.area}/*`, behaviour.requireCustomer(store));

  app.get(paths.area, (c) => c.html(<CustomerArea deps={deps} me={c.get('customer')} />));

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
      return c.html(<CustomerArea deps={deps} me={me} form={form} error={problem.message} />, problem.status);
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
    return c.html(<CustomerArea deps={deps} me={me} created />);
  });

  return app;
}
