import type { Child } from 'hono/jsx';
import type { ManagerColumn } from '../builds/markup.ts';
import { useSkin } from '../builds/use-skin.ts';
import type { CustomerAccount, StaffContext } from '../domain/store.ts';
import { CsrfField, Status, Submit, TextField } from './components.tsx';
import { Heading, levels, TableHead } from './structure.tsx';
import { Layout } from './layout.tsx';

/**
 * The manager (« Manager Certigna »): its « Compte client » tab, the company search and the
 * mandataire switch.
 */

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

export function ManagerPage(props: SearchProps) {
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
