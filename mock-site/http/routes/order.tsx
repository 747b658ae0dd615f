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
  POSTAL_ADDRESS,
  REQUIRED_ORDER_FIELDS,
  SERVER_PRODUCTS,
  serverProductsFor,
  supportingDocuments,
  UNKNOWN_PARTNER,
} from '../domain.ts';
import type { Mail } from '../mail.ts';
import type { Order, User } from '../store.ts';
import type { Skin } from '../skin.ts';
import { Alert, CsrfField, Status, Submit, TextField } from '../views/components.tsx';
import { useSkin } from '../views/skin.ts';
import { Heading, levels, Region } from '../views/structure.tsx';
import { Layout } from '../views/layout.tsx';
import { OrderFormPage } from '../views/order-form.tsx';
import type { AppEnv, Ctx, CustomerContext, Deps, Form } from '../web.ts';
import { checkSessionCsrf, CSRF_REFUSED, field, NOT_FOUND, PageError, readForm, sendMail } from '../web.ts';

function PartnerPage(p: { me: CustomerContext; code?: string; error?: string }) {
  const { t, markup, paths, fields } = useSkin();
  const level = levels('partner');
  return (
    <Layout title="Passez-vous par un partenaire ?" who={{ csrf: p.me.session.csrf }}>
      <Heading level={level.page}>Passez-vous par un partenaire ?</Heading>
      <p>
        Si vous passez par un partenaire de Certigna, saisissez son code. Sinon, cliquez sur « Continuer sans
        code partenaire »
      </p>
      <div class={markup.cls('columns')}>
        <Region id="avec-code" title="Je dispose d'un code partenaire" level={level.part}>
          <p>
            Ce code est transmis par certains de nos partenaires et permet de vous guider dans vos commandes.
            Saisissez votre code partenaire puis cliquez sur le bouton pour poursuivre votre commande.
          </p>
          <Alert message={p.error} />
          <form method="post" action={paths.partnerCode} novalidate>
            <CsrfField token={p.me.session.csrf} />
            <TextField
              form="partnerCode"
              id="code-partenaire"
              name={fields.partnerCode.code}
              label="Votre code partenaire"
              value={p.code}
              autocomplete="off"
            />
            <Submit form="partnerCode" label={t('Valider le code partenaire')} />
          </form>
        </Region>
        <Region id="sans-code" title="Sans code partenaire" level={level.part}>
          <p>En poursuivant sans code partenaire, vous accédez à l'ensemble des produits Certigna.</p>
          <form method="get" action={paths.catalogue}>
            <Submit form="noPartner" variant="secondary" label="Continuer sans code partenaire" />
          </form>
        </Region>
      </div>
    </Layout>
  );
}

/** A page of the order with the skin's query parameters: product (by its posted value) and partner. */
function orderLink(skin: Skin, path: string, product: string | undefined, partner: Partner | undefined) {
  const { fields, encode } = skin;
  const query = [
    ...(product ? [`${fields.order.produit}=${encode('produit', product)}`] : []),
    ...(partner ? [`${fields.order.partenaire}=${encodeURIComponent(partner.code)}`] : []),
  ];
  return query.length ? `${path}?${query.join('&')}` : path;
}

function CataloguePage(p: {
  me: CustomerContext;
  partner: Partner | undefined;
  personal: readonly PersonalProduct[];
}) {
  const skin = useSkin();
  const { t, markup, paths } = skin;
  const level = levels('catalogue');
  const parts = [
    { id: 'cat-serveurs', title: 'Certificats pour serveurs :', products: serverProductsFor(p.partner) },
    { id: 'cat-personnes', title: 'Certificats pour personnes physiques :', products: p.personal },
  ];
  return (
    <Layout title="Nouvelle commande" who={{ csrf: p.me.session.csrf }}>
      <Heading level={level.page}>Nouvelle commande</Heading>
      {p.partner && <Status message={t('Code partenaire : {}', p.partner.name)} />}
      <div class={markup.cls('columns')}>
        {parts.map(
          (part) =>
            part.products.length > 0 && (
              <Region id={part.id} title={part.title} level={level.part}>
                <ul class="catalogue">
                  {part.products.map((s) => (
                    <li>
                      <a href={orderLink(skin, paths.form, s.slug, p.partner)}>{s.short}</a>
                    </li>
                  ))}
                </ul>
              </Region>
            ),
        )}
      </div>
    </Layout>
  );
}

function NotCoveredPage(p: { me: CustomerContext; name: string; partner: Partner | undefined }) {
  const skin = useSkin();
  const { t } = skin;
  return (
    <Layout title="Produit non couvert" who={{ csrf: p.me.session.csrf }}>
      <Heading level={levels('notCovered').page}>{t('Produit non couvert par cette démonstration')}</Heading>
      <p>
        Le certificat « {p.name} » est un certificat pour serveurs : le guide de commande couvre les
        certificats pour personnes physiques.
      </p>
      <p>
        <a href={orderLink(skin, skin.paths.catalogue, undefined, p.partner)}>{t('Retour au catalogue')}</a>
      </p>
    </Layout>
  );
}

function RefusedPage(p: { me: CustomerContext; reason: string; back: string }) {
  const { t } = useSkin();
  return (
    <Layout title={t('Commande refusée')} who={{ csrf: p.me.session.csrf }}>
      <Heading level={levels('refused').page}>{t('Commande refusée')}</Heading>
      <Alert message={p.reason} />
      <p>{t("Aucune commande n'a été enregistrée.")}</p>
      <p>
        <a href={p.back}>{t('Retour au formulaire')}</a>
      </p>
    </Layout>
  );
}

function ConfirmationPage(p: { me: CustomerContext; order: Order; holder: User | undefined }) {
  const { t, markup, paths } = useSkin();
  const product = findPersonalProduct(p.order.productSlug);
  return (
    <Layout title={t('Votre commande est enregistrée')} who={{ csrf: p.me.session.csrf }}>
      <Heading level={levels('confirmation').page}>{t('Votre commande est enregistrée')}</Heading>
      <Status message={t('Commande n° {}', p.order.number)} />
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
        <a class={markup.cls('button')} href={paths.area}>
          {t("Retour à l'espace client")}
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

/** The posted order in the portal's own names and values, whatever the skin posts. */
function decodeOrder(skin: Skin, form: Form): Form {
  const decoded: Form = { ...form };
  for (const name of ['produit', 'duree', 'os', 'porteur', 'paiement', 'cgu'] as const) {
    const posted = form[name];
    if (posted !== undefined) decoded[name] = skin.decode(name, posted);
  }
  return decoded;
}

/**
 * Every rule the page enforces, enforced again: the browser is not trusted. Refusal reasons are
 * the portal's own messages (the page shows them in the skin's words), the incomplete ones already
 * in the skin's words.
 */
async function checkOrder(deps: Deps, me: CustomerContext, form: Form): Promise<CheckedOrder | Refusal> {
  const { rules } = deps;
  const { t, say } = deps.skin;
  const incomplete = (label: string) =>
    refuse(400, t('Commande incomplète. Veuillez renseigner : {}', say(label)));
  const checks = deps.behaviour.orderChecks;
  const tooLong = (await orderShape())(form);
  if (tooLong) return refuse(400, tooLong);
  const partnerCode = field(form, 'partenaire');
  const partner = partnerCode ? findPartner(partnerCode) : undefined;
  if (partnerCode && !partner) return refuse(400, UNKNOWN_PARTNER);

  for (const { field: name, label } of REQUIRED_ORDER_FIELDS) {
    // A checkbox is given only when ticked.
    const given = name === 'cgu' ? checks.cguAccepted(field(form, name)) : field(form, name) !== '';
    if (!given) return incomplete(label);
  }
  const holderChoice = field(form, 'porteur');
  const holderId = holderChoice === 'autre' ? field(form, 'autre_porteur') : holderChoice;
  if (!holderId) return incomplete('Autre porteur');
  const payment = PAYMENT_MODES.find((m) => m.value === field(form, 'paiement'))?.value;
  const purchaseOrder = field(form, 'bon_commande');
  if (payment === PURCHASE_ORDER_MODE && !checks.purchaseOrderAccepted(purchaseOrder)) {
    return incomplete('Numéro de bon de commande');
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
  if (!holder || !checks.holderOfAccount(holder, me.account.id)) {
    return refuse(403, "Ce porteur n'est pas un utilisateur actif de votre compte.");
  }
  if (holder.id !== me.user.id && !checks.otherHolderAllowed(me.account, rules)) {
    return refuse(
      403,
      'Pour commander pour une autre personne, il faut être Délégué ou Mandataire de Certification.',
    );
  }
  if (!checks.paymentAllowed(me.account, payment, rules)) {
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
  const input = {
    order,
    product,
    account: me.account,
    orderedBy: me.user,
    holder,
    documents,
    address: POSTAL_ADDRESS,
    skin: deps.skin,
  };
  const { mails } = deps.behaviour;
  return mails.order({ ...input, pdf: await mails.orderForm(input) });
}

export function orderRoutes(deps: Deps) {
  const { store, rules, behaviour, skin } = deps;
  const { paths, fields, t, say } = skin;
  const app = new Hono<AppEnv>();
  app.use(paths.order, behaviour.requireCustomer(store));
  app.use(`${paths.order}/*`, behaviour.requireCustomer(store));

  const partnerFromQuery = (c: Ctx): Partner | undefined => {
    const code = c.req.query(fields.order.partenaire);
    if (!code) return undefined;
    const partner = findPartner(code);
    if (!partner) throw new PageError(400, 'Code partenaire inconnu', UNKNOWN_PARTNER);
    return partner;
  };

  app.get(paths.order, (c) => c.html(<PartnerPage me={c.get('customer')} />));

  app.post(paths.partnerCode, async (c) => {
    const me = c.get('customer');
    const form = await readForm(c, 'partnerCode');
    if (!checkSessionCsrf(me.session, form)) throw CSRF_REFUSED();
    const code = field(form, 'code');
    if (!code) return c.html(<PartnerPage me={me} error={say(behaviour.emptyPartnerCodeAnswer)} />, 400);
    const checked = rules.checkPartnerCode(code);
    if (!checked.ok) return c.html(<PartnerPage me={me} code={code} error={say(checked.message)} />, 400);
    return c.redirect(orderLink(skin, paths.catalogue, undefined, checked.partner), 303);
  });

  app.get(paths.catalogue, (c) => {
    const partner = partnerFromQuery(c);
    return c.html(
      <CataloguePage me={c.get('customer')} partner={partner} personal={rules.catalogue(partner)} />,
    );
  });

  app.get(paths.form, (c) => {
    const me = c.get('customer');
    const partner = partnerFromQuery(c);
    const asked = c.req.query(fields.order.produit);
    const slug = asked === undefined ? undefined : skin.decode('produit', asked);
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
    const others = behaviour.accounts.offeredHolders(store.usersOf(me.account.id), me.user);
    const told = behaviour.orderPage(rules, me.account, partner);
    const page = { ...told, placeholder: say(told.placeholder) };
    return c.html(
      <OrderFormPage me={me} partner={partner} preselected={preselected} others={others} rules={page} />,
    );
  });

  app.post(paths.placeOrder, async (c) => {
    const me = c.get('customer');
    const form = decodeOrder(skin, await readForm(c, 'order'));
    const partner = findPartner(field(form, 'partenaire'));
    const slug = findPersonalProduct(field(form, 'produit'))?.slug;
    const back = orderLink(skin, paths.form, slug, partner);
    if (!checkSessionCsrf(me.session, form)) {
      const reason = t('Le formulaire a expiré. Veuillez recharger la page et réessayer.');
      return c.html(<RefusedPage me={me} reason={reason} back={back} />, 403);
    }
    const checked = await checkOrder(deps, me, form);
    if ('reason' in checked)
      return c.html(<RefusedPage me={me} reason={say(checked.reason)} back={back} />, checked.status);
    const order = store.addOrder(
      {
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
      },
      skin.orderNumber,
    );
    // The order is stored: its mail (PDF built, then SMTP) leaves through the outbox, and a
    // failure there is logged, not shown as a failed order.
    sendMail(deps, orderMailFor(deps, me, order, checked.holder));
    return c.redirect(paths.confirmation(order.number), 303);
  });

  app.get(paths.confirmation(':numero'), (c) => {
    const me = c.get('customer');
    const order = store.order(c.req.param('numero') ?? '');
    // Another account's order is reported as missing, not as forbidden: no hint it exists.
    if (!order || order.accountId !== me.account.id) throw NOT_FOUND();
    return c.html(<ConfirmationPage me={me} order={order} holder={store.user(order.holderId)} />);
  });

  return app;
}
