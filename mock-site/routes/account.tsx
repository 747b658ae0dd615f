import { Hono } from 'hono';
import { displayName, findPersonalProduct, formatPrice } from '../domain.ts';
import { Alert, CsrfField, Status, TextField } from '../views/components.tsx';
import { Layout } from '../views/layout.tsx';
import type { AppEnv, CustomerContext, Deps, Form } from '../web.ts';
import { checkSessionCsrf, CSRF_REFUSED, field, origin, PageError, readForm, sendMail } from '../web.ts';
import { personProblem } from './signup.tsx';

const USER_FIELDS = [
  { name: 'prenom', label: 'Prénom', autocomplete: 'off' },
  { name: 'nom', label: 'Nom', autocomplete: 'off' },
  { name: 'email', label: 'Adresse e-mail', autocomplete: 'off' },
  { name: 'identifiant', label: 'Identifiant', autocomplete: 'off' },
] as const;

type AreaProps = { deps: Deps; me: CustomerContext; form?: Form; error?: string; created?: boolean };

function CustomerArea({ deps, me, form, error, created }: AreaProps) {
  const users = deps.store.usersOf(me.account.id);
  const orders = deps.store.ordersOf(me.account.id);
  return (
    <Layout title="Espace client" who={{ logoutAction: '/deconnexion', csrf: me.session.csrf }}>
      <h1>Espace client</h1>
      <p class="lead">{`Connecté en tant que ${displayName(me.user)}`}</p>
      <p class="muted">
        {me.account.company} – SIRET {me.account.siret}
      </p>
      <p>
        <a class="button" href="/commande">
          Nouvelle commande
        </a>
      </p>

      <section class="card" aria-labelledby="utilisateurs">
        <h2 id="utilisateurs">Liste de vos utilisateurs</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Adresse e-mail</th>
              <th scope="col">Identifiant</th>
              <th scope="col">Statut</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr>
                <td>
                  {u.firstName} {u.lastName}
                </td>
                <td>{u.email}</td>
                <td>{u.login}</td>
                <td>{u.active ? 'Actif' : "En attente d'activation"}</td>
              </tr>
            ))}
          </tbody>
        </table>

        {me.user.admin && (
          <form
            method="post"
            action="/espace-client/utilisateurs"
            novalidate
            aria-labelledby="creer-utilisateur"
            class="subform"
          >
            <h3 id="creer-utilisateur">Créer un utilisateur</h3>
            <p class="note">
              Le futur porteur reçoit un e-mail pour activer son compte et commander son certificat.
            </p>
            <Alert message={error} />
            <Status
              message={
                created ? "L'utilisateur a été créé. Un e-mail d'activation lui a été envoyé." : undefined
              }
            />
            <CsrfField token={me.session.csrf} />
            <div class="grid">
              {USER_FIELDS.map((f) => (
                <TextField
                  id={`u-${f.name}`}
                  name={f.name}
                  label={f.label}
                  value={form?.[f.name]}
                  required
                  type={f.name === 'email' ? 'email' : 'text'}
                  autocomplete={f.autocomplete}
                />
              ))}
            </div>
            <button type="submit" class="button">
              Créer l'utilisateur
            </button>
          </form>
        )}
      </section>

      <section class="card" aria-labelledby="commandes">
        <h2 id="commandes">Vos commandes</h2>
        {orders.length === 0 ? (
          <p>Aucune commande.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">N° de commande</th>
                <th scope="col">Produit</th>
                <th scope="col">Porteur</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => {
                const holder = deps.store.user(o.holderId);
                return (
                  <tr>
                    <td>
                      <a href={`/commande/confirmation/${o.number}`}>{o.number}</a>
                    </td>
                    <td>{findPersonalProduct(o.productSlug)?.name ?? o.productSlug}</td>
                    <td>{holder ? displayName(holder) : ''}</td>
                    <td>{formatPrice(o.totalHT)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  );
}

export function accountRoutes(deps: Deps) {
  const { store, behaviour } = deps;
  const app = new Hono<AppEnv>();
  app.use('/espace-client', behaviour.requireCustomer(store));
  app.use('/espace-client/*', behaviour.requireCustomer(store));

  app.get('/espace-client', (c) => c.html(<CustomerArea deps={deps} me={c.get('customer')} />));

  app.post('/espace-client/utilisateurs', async (c) => {
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
    const problem = personProblem(store, form, USER_FIELDS);
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
    sendMail(deps, behaviour.mails.activation(user, `${origin(c)}/activation?jeton=${token}`, user.login));
    return c.html(<CustomerArea deps={deps} me={me} created />);
  });

  return app;
}
