import { Hono } from 'hono';
import type { Duration, OsValue, Partner, PaymentMode, PersonalProduct } from '../domain.ts';
import {
  displayName,
  durationLabel,
  DURATIONS,
  findPartner,
  findPersonalProduct,
  formatPrice,
  OS_CHOICES,
  PAYMENT_MODES,
  productsFor,
  PURCHASE_ORDER_MODE,
  PURCHASE_ORDER_PATTERN,
  REQUIRED_ORDER_FIELDS,
  SERVER_PRODUCTS,
  serverProductsFor,
  supportingDocuments,
  UNKNOWN_PARTNER,
} from '../domain.ts';
import type { Mail } from '../mail.ts';
import type { Order, User } from '../store.ts';
import { Alert, CsrfField, Status } from '../views/components.tsx';
import { Layout } from '../views/layout.tsx';
import { OrderFormPage } from '../views/order-form.tsx';
import type { AppEnv, Ctx, CustomerContext, Deps, Form } from '../web.ts';
import { checkSessionCsrf, field, NOT_FOUND, PageError, readForm, sendMail } from '../web.ts';

function PartnerPage(p: { me: CustomerContext; code?: string; error?: string }) {
  return (
    <Layout
      title="Passez-vous par un partenaire ?"
      who={{ logoutAction: '/deconnexion', csrf: p.me.session.csrf }}
    >
      <h1>Passez-vous par un partenaire ?</h1>
      <p>
        Si vous passez par un partenaire de Certigna, saisissez son code. Sinon, cliquez sur « Continuer sans
        code partenaire »
      </p>
      <div class="columns">
        <section class="card" aria-labelledby="avec-code">
          <h2 id="avec-code">Je dispose d'un code partenaire</h2>
          <p>
            Ce code est transmis par certains de nos partenaires et permet de vous guider dans vos commandes.
            Saisissez votre code partenaire puis cliquez sur le bouton pour poursuivre votre commande.
          </p>
          <Alert message={p.error} />
          <form method="post" action="/commande/partenaire" novalidate>
            <CsrfField token={p.me.session.csrf} />
            <div class="field">
              <label for="code-partenaire">Votre code partenaire</label>
              <input id="code-partenaire" name="code" type="text" value={p.code} autocomplete="off" />
            </div>
            <button type="submit" class="button">
              Valider le code partenaire
            </button>
          </form>
        </section>
        <section class="card" aria-labelledby="sans-code">
          <h2 id="sans-code">Sans code partenaire</h2>
          <p>En poursuivant sans code partenaire, vous accédez à l'ensemble des produits Certigna.</p>
          <form method="get" action="/commande/catalogue">
            <button type="submit" class="button button--secondary">
              Continuer sans code partenaire
            </button>
          </form>
        </section>
      </div>
    </Layout>
  );
}

function withPartner(path: string, partner: Partner | undefined) {
  return partner ? `${path}&partenaire=${encodeURIComponent(partner.code)}` : path;
}

function CataloguePage(p: {
  me: CustomerContext;
  partner: Partner | undefined;
  personal: readonly PersonalProduct[];
}) {
  const servers = serverProductsFor(p.partner);
  const personal = p.personal;
  return (
    <Layout title="Nouvelle commande" who={{ logoutAction: '/deconnexion', csrf: p.me.session.csrf }}>
      <h1>Nouvelle commande</h1>
      {p.partner && <Status message={`Code partenaire : ${p.partner.name}`} />}
      <div class="columns">
        {servers.length > 0 && (
          <section class="card" aria-labelledby="cat-serveurs">
            <h2 id="cat-serveurs">Certificats pour serveurs :</h2>
            <ul class="catalogue">
              {servers.map((s) => (
                <li>
                  <a href={withPartner(`/commande/formulaire?produit=${s.slug}`, p.partner)}>{s.short}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {personal.length > 0 && (
          <section class="card" aria-labelledby="cat-personnes">
            <h2 id="cat-personnes">Certificats pour personnes physiques :</h2>
            <ul class="catalogue">
              {personal.map((s) => (
                <li>
                  <a href={withPartner(`/commande/formulaire?produit=${s.slug}`, p.partner)}>{s.short}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Layout>
  );
}

function NotCoveredPage(p: { me: CustomerContext; name: string; partner: Partner | undefined }) {
  return (
    <Layout title="Produit non couvert" who={{ logoutAction: '/deconnexion', csrf: p.me.session.csrf }}>
      <h1>Produit non couvert par cette démonstration</h1>
      <p>
        Le certificat « {p.name} » est un certificat pour serveurs : le guide de commande couvre les
        certificats pour personnes physiques.
      </p>
      <p>
        <a href={p.partner ? `/commande/catalogue?partenaire=${p.partner.code}` : '/commande/catalogue'}>
          Retour au catalogue
        </a>
      </p>
    </Layout>
  );
}

function RefusedPage(p: { me: CustomerContext; reason: string; back: string }) {
  return (
    <Layout title="Commande refusée" who={{ logoutAction: '/deconnexion', csrf: p.me.session.csrf }}>
      <h1>Commande refusée</h1>
      <Alert message={p.reason} />
      <p>Aucune commande n'a été enregistrée.</p>
      <p>
        <a href={p.back}>Retour au formulaire</a>
      </p>
    </Layout>
  );
}

function ConfirmationPage(p: { me: CustomerContext; order: Order; holder: User | undefined }) {
  const product = findPersonalProduct(p.order.productSlug);
  return (
    <Layout
      title="Votre commande est enregistrée"
      who={{ logoutAction: '/deconnexion', csrf: p.me.session.csrf }}
    >
      <h1>Votre commande est enregistrée</h1>
      <Status message={`Commande n° ${p.order.number}`} />
      <p>
        Vous recevez par mail un formulaire PDF ainsi qu'une liste de justificatif à renvoyer pour valider
        votre demande de certificat.
      </p>
      <dl class="summary">
        <dt>Produit</dt>
        <dd>{product?.name}</dd>
        <dt>Durée</dt>
        <dd>{durationLabel(p.order.duration)}</dd>
        <dt>Porteur</dt>
        <dd>{p.holder ? displayName(p.holder) : ''}</dd>
        <dt>Total</dt>
        <dd>{formatPrice(p.order.totalHT)}</dd>
      </dl>
      <p>
        <a class="button" href="/espace-client">
          Retour à l'espace client
        </a>
      </p>
    </Layout>
  );
}

type Refusal = { status: 400 | 403; reason: string };
const refuse = (status: 400 | 403, reason: string): Refusal => ({ status, reason });

type CheckedOrder = {
  productSlug: string;
  duration: Duration;
  os: OsValue;
  holder: User;
  payment: PaymentMode;
  purchaseOrder: string | null;
  totalHT: number;
  partner: Partner | undefined;
};

// Field lengths of the posted order, checked with zod before the rules (zod is loaded on the
// first order, to keep the portal's start-up short).
const LIMITS = {
  produit: 40,
  duree: 4,
  os: 20,
  porteur: 40,
  autre_porteur: 40,
  paiement: 20,
  bon_commande: 60,
  cgu: 10,
  partenaire: 40,
  prix: 20,
};
let shape: Promise<(form: Form) => string | undefined> | undefined;
function orderShape() {
  shape ??= import('zod').then(({ z }) => {
    const schema = z.looseObject(
      Object.fromEntries(Object.entries(LIMITS).map(([name, max]) => [name, z.string().max(max).optional()])),
    );
    return (form: Form) => {
      const parsed = schema.safeParse(form);
      if (parsed.success) return undefined;
      return parsed.error.issues.some((i) => i.path[0] === 'bon_commande')
        ? 'Le numéro de bon de commande est trop long.'
        : 'Un champ de la commande est trop long.';
    };
  });
  return shape;
}

/** Every rule the page enforces, enforced again: the browser is not trusted. */
async function checkOrder(deps: Deps, me: CustomerContext, form: Form): Promise<CheckedOrder | Refusal> {
  const { rules } = deps;
  const checks = deps.behaviour.orderChecks;
  const tooLong = (await orderShape())(form);
  if (tooLong) return refuse(400, tooLong);
  const partnerCode = field(form, 'partenaire');
  const partner = partnerCode ? findPartner(partnerCode) : undefined;
  if (partnerCode && !partner) return refuse(400, UNKNOWN_PARTNER);

  for (const { field: name, label } of REQUIRED_ORDER_FIELDS) {
    // A checkbox is given only when ticked.
    const given = name === 'cgu' ? checks.cguAccepted(field(form, name)) : field(form, name) !== '';
    if (!given) return refuse(400, `Commande incomplète. Veuillez renseigner : ${label}`);
  }
  const holderChoice = field(form, 'porteur');
  const holderId = holderChoice === 'autre' ? field(form, 'autre_porteur') : holderChoice;
  if (!holderId) return refuse(400, 'Commande incomplète. Veuillez renseigner : Autre porteur');
  const payment = PAYMENT_MODES.find((m) => m.value === field(form, 'paiement'))?.value;
  const purchaseOrder = field(form, 'bon_commande');
  if (payment === PURCHASE_ORDER_MODE && !PURCHASE_ORDER_PATTERN.test(purchaseOrder)) {
    return refuse(400, 'Commande incomplète. Veuillez renseigner : Numéro de bon de commande');
  }

  const product = findPersonalProduct(field(form, 'produit'));
  if (!product) return refuse(400, "Ce type de certificat n'existe pas.");
  if (!productsFor(partner).includes(product)) {
    return refuse(400, "Ce type de certificat n'est pas proposé par ce partenaire.");
  }
  const duration = DURATIONS.find((d) => String(d) === field(form, 'duree'));
  if (!duration) return refuse(400, "Cette durée de validité n'est pas proposée.");
  const os = OS_CHOICES.find((o) => o.value === field(form, 'os'))?.value;
  if (!os) return refuse(400, "Ce système d'exploitation n'est pas proposé.");
  if (!payment) return refuse(400, "Ce moyen de paiement n'existe pas.");

  const price = rules.prices[product.slug][duration];
  const shown = Number(field(form, 'prix').replace(',', '.'));
  if (!checks.priceAccepted(shown, price)) {
    return refuse(400, 'Le prix envoyé ne correspond pas au tarif.');
  }

  const holder = holderId === 'moi' ? me.user : deps.store.user(holderId);
  if (!holder || holder.accountId !== me.account.id || !holder.active) {
    return refuse(403, "Ce porteur n'est pas un utilisateur actif de votre compte.");
  }
  if (holder.id !== me.user.id && !checks.otherHolderAllowed(me.account, rules)) {
    return refuse(
      403,
      'Pour commander pour une autre personne, il faut être Délégué ou Mandataire de Certification.',
    );
  }
  if (!rules.paymentModesFor(me.account).includes(payment)) {
    return refuse(
      403,
      me.account.customerType === 'administration'
        ? 'Pour les administrations, seul le choix « Autre » est disponible.'
        : "Ce moyen de paiement n'est pas disponible pour votre compte.",
    );
  }
  return {
    productSlug: product.slug,
    duration,
    os,
    holder,
    payment,
    purchaseOrder: payment === PURCHASE_ORDER_MODE ? purchaseOrder : null,
    totalHT: price,
    partner,
  };
}

/** The order's mail with its PDF form, for the orderer and, when another person, the holder. */
async function orderMailFor(
  deps: Deps,
  me: CustomerContext,
  order: Order,
  holder: User,
): Promise<Mail | null> {
  const product = findPersonalProduct(order.productSlug);
  if (!product) throw new Error(`order ${order.number}: unknown product ${order.productSlug}`);
  const documents = supportingDocuments({
    administration: me.account.customerType === 'administration',
    faceToFace: product.faceToFace,
    purchaseOrder: order.purchaseOrder !== null,
  });
  const input = { order, product, account: me.account, orderedBy: me.user, holder, documents };
  const { mails } = deps.behaviour;
  return mails.order({ ...input, pdf: await mails.orderForm(input) });
}

export function orderRoutes(deps: Deps) {
  const { store, rules, behaviour } = deps;
  const app = new Hono<AppEnv>();
  app.use('/commande', behaviour.requireCustomer(store));
  app.use('/commande/*', behaviour.requireCustomer(store));

  const partnerFromQuery = (c: Ctx): Partner | undefined => {
    const code = c.req.query('partenaire');
    if (!code) return undefined;
    const partner = findPartner(code);
    if (!partner) throw new PageError(400, 'Code partenaire inconnu', UNKNOWN_PARTNER);
    return partner;
  };

  app.get('/commande', (c) => c.html(<PartnerPage me={c.get('customer')} />));

  app.post('/commande/partenaire', async (c) => {
    const me = c.get('customer');
    const form = await readForm(c);
    if (!checkSessionCsrf(me.session, form)) {
      throw new PageError(
        403,
        'Requête refusée',
        'Le formulaire a expiré. Veuillez recharger la page et réessayer.',
      );
    }
    const code = field(form, 'code');
    if (!code) return c.html(<PartnerPage me={me} error="Veuillez saisir votre code partenaire." />, 400);
    const checked = rules.checkPartnerCode(code);
    if (!checked.ok) return c.html(<PartnerPage me={me} code={code} error={checked.message} />, 400);
    const { partner } = checked;
    return c.redirect(
      partner ? `/commande/catalogue?partenaire=${encodeURIComponent(partner.code)}` : '/commande/catalogue',
      303,
    );
  });

  app.get('/commande/catalogue', (c) => {
    const partner = partnerFromQuery(c);
    return c.html(
      <CataloguePage me={c.get('customer')} partner={partner} personal={rules.catalogue(partner)} />,
    );
  });

  app.get('/commande/formulaire', (c) => {
    const me = c.get('customer');
    const partner = partnerFromQuery(c);
    const slug = c.req.query('produit');
    const server = SERVER_PRODUCTS.find((s) => s.slug === slug);
    if (server) return c.html(<NotCoveredPage me={me} name={server.short} partner={partner} />);
    const preselected = slug ? findPersonalProduct(slug) : undefined;
    if (slug && !preselected) throw new PageError(404, 'Produit inconnu', "Ce produit n'existe pas.");
    if (preselected && !productsFor(partner).includes(preselected)) {
      throw new PageError(
        400,
        'Produit non proposé',
        "Ce type de certificat n'est pas proposé par ce partenaire.",
      );
    }
    if (productsFor(partner).length === 0) {
      throw new PageError(
        400,
        'Produit non proposé',
        'Ce partenaire ne propose pas de certificat pour personnes physiques.',
      );
    }
    const others = store.usersOf(me.account.id).filter((u) => u.id !== me.user.id && u.active);
    const page = behaviour.orderPage(rules, me.account, partner);
    return c.html(
      <OrderFormPage me={me} partner={partner} preselected={preselected} others={others} rules={page} />,
    );
  });

  app.post('/commande', async (c) => {
    const me = c.get('customer');
    const form = await readForm(c);
    const partnerCode = findPartner(field(form, 'partenaire'))?.code;
    const slug = findPersonalProduct(field(form, 'produit'))?.slug;
    const back = `/commande/formulaire?${new URLSearchParams({
      ...(slug ? { produit: slug } : {}),
      ...(partnerCode ? { partenaire: partnerCode } : {}),
    }).toString()}`.replace(/\?$/, '');
    if (!checkSessionCsrf(me.session, form)) {
      const reason = 'Le formulaire a expiré. Veuillez recharger la page et réessayer.';
      return c.html(<RefusedPage me={me} reason={reason} back={back} />, 403);
    }
    const checked = await checkOrder(deps, me, form);
    if ('reason' in checked)
      return c.html(<RefusedPage me={me} reason={checked.reason} back={back} />, checked.status);
    const order = store.addOrder({
      accountId: me.account.id,
      orderedBy: me.user.id,
      holderId: checked.holder.id,
      productSlug: checked.productSlug,
      duration: checked.duration,
      os: checked.os,
      payment: checked.payment,
      purchaseOrder: checked.purchaseOrder,
      totalHT: checked.totalHT,
      partner: checked.partner?.code ?? null,
    });
    // The order is stored: its mail (PDF built, then SMTP) leaves through the outbox, and a
    // failure there is logged, not shown as a failed order.
    sendMail(deps, orderMailFor(deps, me, order, checked.holder));
    return c.redirect(`/commande/confirmation/${order.number}`, 303);
  });

  app.get('/commande/confirmation/:numero', (c) => {
    const me = c.get('customer');
    const order = store.order(c.req.param('numero'));
    // Another account's order is reported as missing, not as forbidden: no hint it exists.
    if (!order || order.accountId !== me.account.id) throw NOT_FOUND();
    return c.html(<ConfirmationPage me={me} order={order} holder={store.user(order.holderId)} />);
  });

  return app;
}
