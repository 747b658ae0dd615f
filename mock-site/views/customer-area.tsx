import { useSkin } from '../builds/use-skin.ts';
import { findPersonalProduct, formatPrice } from '../domain/catalogue.ts';
import type { CustomerContext, Order, User } from '../domain/store.ts';
import { displayName } from '../domain/text.ts';
import { Alert, CsrfField, Status, Submit, TextField } from './components.tsx';
import { Heading, levels, Region, TableHead } from './structure.tsx';
import { Layout } from './layout.tsx';

/** « Créer un utilisateur »'s fields. */
export const USER_FIELDS = [
  { name: 'prenom', label: 'Prénom', autocomplete: 'off' },
  { name: 'nom', label: 'Nom', autocomplete: 'off' },
  { name: 'email', label: 'Adresse e-mail', autocomplete: 'off' },
  { name: 'identifiant', label: 'Identifiant', autocomplete: 'off' },
] as const;

/** One of « Vos commandes », with its holder. */
export type AreaOrder = { order: Order; holder: User | undefined };

type AreaProps = {
  me: CustomerContext;
  /** The account's users, for « Liste de vos utilisateurs ». */
  users: readonly User[];
  orders: readonly AreaOrder[];
  showsCreateUserForm: boolean;
  form?: Readonly<Record<string, string>>;
  error?: string;
  created?: boolean;
};

/** « Vos commandes »: a table (number, product, holder, total) or a list of the same, as the skin has it. */
function Orders({ orders }: { orders: readonly AreaOrder[] }) {
  const { t, markup, paths } = useSkin();
  const rows = orders.map(({ order: o, holder }) => {
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

/**
 * « Espace client »: the account's users, « Créer un utilisateur » for an administrator, « Vos
 * commandes ».
 */
export function CustomerArea({ me, users, orders, showsCreateUserForm, form, error, created }: AreaProps) {
  const { t, say, markup, paths } = useSkin();
  const level = levels('area');
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

        {showsCreateUserForm && (
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
        <Orders orders={orders} />
      </Region>
    </Layout>
  );
}
