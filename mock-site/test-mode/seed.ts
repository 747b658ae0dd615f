import type { Store } from '../domain/store.ts';
import { hashPassword } from '../http/security.ts';

export const DEMO_PASSWORD = 'Demo-2026!';

type SeedUser = {
  firstName: string;
  lastName: string;
  email: string;
  login: string;
  admin?: boolean;
  active?: boolean;
};
type SeedAccount = {
  company: string;
  siret: string;
  customerType: 'company' | 'administration';
  delegue?: boolean;
  mandataire?: boolean;
  users: SeedUser[];
};

/** Demo accounts for people browsing the mock; the ones named in the README must stay. */
const ACCOUNTS: SeedAccount[] = [
  {
    company: 'Senez Conseil',
    siret: '81234567600017',
    customerType: 'company',
    users: [
      {
        firstName: 'Frederic',
        lastName: 'Senez',
        email: 'frederic.senez@senez-conseil.example',
        login: 'fsenez',
        admin: true,
      },
      {
        firstName: 'Claire',
        lastName: 'Martin',
        email: 'claire.martin@senez-conseil.example',
        login: 'cmartin',
      },
    ],
  },
  {
    company: 'Cabinet Mandat',
    siret: '44306184100013',
    customerType: 'company',
    mandataire: true,
    users: [
      {
        firstName: 'Hélène',
        lastName: 'Mandel',
        email: 'helene.mandel@cabinet-mandat.example',
        login: 'mandataire.demo',
        admin: true,
      },
      {
        firstName: 'Paul',
        lastName: 'Garnier',
        email: 'paul.garnier@cabinet-mandat.example',
        login: 'pgarnier',
      },
      { firstName: 'Sophie', lastName: 'Roux', email: 'sophie.roux@cabinet-mandat.example', login: 'sroux' },
    ],
  },
  {
    company: 'Mairie de Démoville',
    siret: '21590001000012',
    customerType: 'administration',
    users: [
      {
        firstName: 'Jean',
        lastName: 'Maire',
        email: 'jean.maire@demoville.example',
        login: 'admin.demo',
        admin: true,
      },
      {
        firstName: 'Lucie',
        lastName: 'Bernard',
        email: 'lucie.bernard@demoville.example',
        login: 'lbernard',
      },
    ],
  },
  // Other customers, so the manager's search has something to find.
  {
    company: 'Boulangerie Durand',
    siret: '39145620900017',
    customerType: 'company',
    users: [
      {
        firstName: 'Marc',
        lastName: 'Durand',
        email: 'marc.durand@boulangerie-durand.example',
        login: 'mdurand',
        admin: true,
      },
    ],
  },
  {
    company: 'Durand Frères Menuiserie',
    siret: '60712345200015',
    customerType: 'company',
    delegue: true,
    users: [
      {
        firstName: 'Éric',
        lastName: 'Durand',
        email: 'eric.durand@durand-freres.example',
        login: 'edurand',
        admin: true,
      },
    ],
  },
  {
    company: 'Études Notariales Lefèvre',
    siret: '77788899100018',
    customerType: 'company',
    users: [
      {
        firstName: 'Anne',
        lastName: 'Lefèvre',
        email: 'anne.lefevre@notaires-lefevre.example',
        login: 'alefevre',
        admin: true,
      },
    ],
  },
  // A mandataire with users in every state: two administrators, one not yet activated, users
  // activated or pending; only the activated ones are offered as holders.
  {
    company: 'Agence Hélios Conseil',
    siret: '48259371200029',
    customerType: 'company',
    mandataire: true,
    users: [
      {
        firstName: 'Éloïse',
        lastName: 'Dupré-Lefèvre',
        email: 'direction@helios-conseil.example',
        login: 'EDupre',
        admin: true,
      },
      {
        firstName: 'Jérôme',
        lastName: 'Bénard',
        email: 'j.benard@helios-conseil.example',
        login: 'jerome.B',
        admin: true,
      },
      {
        firstName: 'Gaëlle',
        lastName: 'Chrétien',
        email: 'compta@helios-conseil.example',
        login: 'GChretien',
        admin: true,
        active: false,
      },
      { firstName: 'Loïc', lastName: 'Guérin', email: 'loic@helios-conseil.example', login: 'lguerin' },
      {
        firstName: 'Anaïs',
        lastName: 'Mérieux',
        email: 'secretariat@helios-conseil.example',
        login: 'AMerieux',
        active: false,
      },
    ],
  },
];

/** Old customers known to Certigna without a customer area: not findable in the manager. */
const REGISTRY = [{ company: 'Imprimerie Ancienne Vallée', siret: '52813977700015' }];

export const DEMO_STAFF = { login: 'staff.demo', password: DEMO_PASSWORD };

export async function seedDemo(store: Store): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const entry of REGISTRY) store.addRegistryEntry(entry);
  for (const a of ACCOUNTS) {
    const account = store.createAccount({
      company: a.company,
      siret: a.siret,
      customerType: a.customerType,
      delegue: a.delegue ?? false,
      mandataire: a.mandataire ?? false,
    });
    for (const u of a.users) {
      store.createUser({
        accountId: account.id,
        firstName: u.firstName,
        lastName: u.lastName,
        email: u.email,
        login: u.login,
        passwordHash: hash,
        admin: u.admin ?? false,
        active: u.active ?? true,
      });
    }
  }
  store.createStaff({ login: DEMO_STAFF.login, passwordHash: hash });
}

export const DEMO_LOGINS = [
  { login: 'fsenez', who: 'FREDERIC SENEZ, Senez Conseil (compte simple)' },
  { login: 'mandataire.demo', who: 'Cabinet Mandat (Mandataire de Certification)' },
  { login: 'admin.demo', who: 'Mairie de Démoville (administration, paiement « Autre »)' },
  { login: 'EDupre', who: 'Agence Hélios Conseil (Mandataire, utilisateurs dans tous les états)' },
];
