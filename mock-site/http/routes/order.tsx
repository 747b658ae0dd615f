import { Hono } from 'hono';
import { orderLink } from '../../builds/order-link.ts';
import type { Skin } from '../../builds/skin.ts';
import type { Partner } from '../../domain/catalogue.ts';
import {
  findPartner,
  findPersonalProduct,
  productsFor,
  SERVER_PRODUCTS,
  UNKNOWN_PARTNER,
} from '../../domain/catalogue.ts';
import { POSTAL_ADDRESS, supportingDocuments } from '../../domain/documents.ts';
import { checkOrder } from '../../domain/order-checks.ts';
import { orderFormState } from '../../domain/order-page.ts';
import type { CustomerContext, Order, User } from '../../domain/store.ts';
import type { Mail } from '../../mail/mailer.ts';
import { CataloguePage } from '../../views/catalogue.tsx';
import { ConfirmationPage } from '../../views/confirmation.tsx';
import { expiredPartialResponse, orderPartialResponse } from '../../views/faces-partial.tsx';
import { NotCoveredPage } from '../../views/not-covered.tsx';
import { OrderFormPage } from '../../views/order-form.tsx';
import { PartnerPage } from '../../views/partner.tsx';
import { RefusedPage } from '../../views/refused.tsx';
import type { Deps } from '../deps.ts';
import { sendMail } from '../deps.ts';
import { isFaces } from '../faces.ts';
import { checkSessionCsrf } from '../sessions.ts';
import type { AppEnv, Ctx, Form } from '../web.ts';
import { CSRF_REFUSED, field, NOT_FOUND, PageError, readForm } from '../web.ts';

/**
 * The order: partner step, catalogue, order form, placing the order (its checks are
 * domain/order-checks.ts), confirmation.
 */

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
  const faces = isFaces(skin);
  const app = new Hono<AppEnv>();
  app.use(paths.order, behaviour.requireCustomer(store));
  app.use(`${paths.order}/*`, behaviour.requireCustomer(store));
  // A build whose order pages are not below the partner step (`.xhtml` views) guards each by its path.
  const below = (path: string) => path === paths.order || path.startsWith(`${paths.order}/`);
  const others = [
    paths.partnerCode,
    paths.catalogue,
    paths.form,
    paths.placeOrder,
    paths.confirmation(':numero'),
  ];
  for (const path of new Set(others.filter((p) => !below(p))))
    app.use(path, behaviour.requireCustomer(store));

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
    return c.html(formPage(me, partner, preselected));
  });

  /** What the order page is told of the rules, its price box's prompt in the skin's words. */
  const toldFor = (me: CustomerContext, partner: Partner | undefined) => {
    const told = behaviour.orderPage(rules, me.account, partner);
    return { ...told, placeholder: say(told.placeholder) };
  };

  /** The order form, or (the faces build) a refused order's form again with what was posted. */
  const formPage = (
    me: CustomerContext,
    partner: Partner | undefined,
    preselected: ReturnType<typeof findPersonalProduct>,
    refused?: { posted: Form; reason: string },
  ) => {
    const others = behaviour.accounts.offeredHolders(store.usersOf(me.account.id), me.user);
    return (
      <OrderFormPage
        me={me}
        partner={partner}
        preselected={preselected}
        others={others}
        told={toldFor(me, partner)}
        posted={refused?.posted}
        error={refused && `${t('Commande refusée')} : ${refused.reason}`}
      />
    );
  };
  const xml = { 'content-type': 'text/xml; charset=utf-8' };

  app.post(paths.placeOrder, async (c) => {
    const me = c.get('customer');
    const form = decodeOrder(skin, await readForm(c, 'order'));
    const partner = findPartner(field(form, 'partenaire'));
    const slug = findPersonalProduct(field(form, 'produit'))?.slug;
    const back = orderLink(skin, paths.form, slug, partner);
    // The faces build: a choice asks the server (PrimeFaces' AJAX), which answers the page's new state.
    if (faces && form['javax.faces.partial.ajax'] === 'true') {
      if (!checkSessionCsrf(me.session, form)) return c.body(expiredPartialResponse(), 200, xml);
      const state = orderFormState(toldFor(me, partner), form);
      return c.body(await orderPartialResponse(state, me.session.csrf), 200, xml);
    }
    // A JSF portal shows a refused order's form again, with what was chosen and why.
    const refuse = (reason: string, status: 400 | 403 | 409) =>
      faces
        ? c.html(formPage(me, partner, findPersonalProduct(slug ?? ''), { posted: form, reason }), 200)
        : c.html(<RefusedPage me={me} reason={reason} back={back} />, status);
    if (!checkSessionCsrf(me.session, form)) {
      // The faces build: an unknown ViewState, the page again with its message (app.ts).
      if (faces) throw CSRF_REFUSED();
      const reason = t('Le formulaire a expiré. Veuillez recharger la page et réessayer.');
      return c.html(<RefusedPage me={me} reason={reason} back={back} />, 403);
    }
    const tooLong = (await orderShape())(form);
    if (tooLong) return refuse(say(tooLong), 400);
    const checked = checkOrder(form, {
      rules,
      checks: behaviour.orderChecks,
      account: me.account,
      orderer: me.user,
      userById: (id) => store.user(id),
    });
    if (!checked.ok) {
      const reason =
        'missing' in checked
          ? t('Commande incomplète. Veuillez renseigner : {}', say(checked.missing))
          : checked.reason;
      return refuse(say(reason), checked.status);
    }
    const placed = checked.order;
    const order = store.addOrder(
      {
        accountId: me.account.id,
        orderedBy: me.user.id,
        holderId: placed.holder.id,
        productSlug: placed.productSlug,
        duration: placed.duration,
        os: placed.os,
        payment: placed.payment,
        purchaseOrder: placed.purchaseOrder,
        totalHT: placed.totalHT,
        partner: placed.partner?.code ?? null,
      },
      skin.orderNumber,
    );
    // The order is stored: its mail (PDF built, then SMTP) leaves through the outbox, and a
    // failure there is logged, not shown as a failed order.
    sendMail(deps, orderMailFor(deps, me, order, placed.holder));
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
