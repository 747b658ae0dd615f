import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { contextStorage } from 'hono/context-storage';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { DEFAULT_SKIN, type Skin } from '../builds/skin.ts';
import { PORTAL_RULES, type PortalRules } from '../domain/portal-rules.ts';
import type { Store } from '../domain/store.ts';
import type { Mailer } from '../mail/mailer.ts';
import { faultMiddleware, faultyMailer, latencyMiddleware, type Faults } from '../test-mode/faults.ts';
import { CONSENT_SCRIPT } from '../views/consent.tsx';
import { errorPage } from '../views/error.tsx';
import { BEHAVIOUR, type Behaviour } from './behaviour.ts';
import { consentMiddleware } from './consent.ts';
import { expiredView, facesMiddleware, facesPath, isFaces } from './faces.ts';
import type { Deps } from './deps.ts';
import { accountRoutes } from './routes/account.tsx';
import { authRoutes } from './routes/auth.tsx';
import { homeRoutes } from './routes/home.tsx';
import { managerRoutes } from './routes/manager.tsx';
import { orderRoutes } from './routes/order.tsx';
import { signupRoutes } from './routes/signup.tsx';
import type { AppEnv } from './web.ts';
import { PageError } from './web.ts';

export type AppOptions = {
  store: Store;
  mailer: Mailer;
  /** Mounts the test API, guarded by this token. */
  testToken?: string | undefined;
  log?: (message: string) => void;
  /** False while a dependency (the mail catcher) is still starting: /health then answers 503. */
  isReady?: () => boolean;
  /** Injected faults (test mode only, from MOCK_FAULTS): slow pages, 503s, mail failures. */
  faults?: Faults | undefined;
  /** The portal's rules: the real ones (PORTAL_RULES) unless a named defect replaced one. */
  rules?: PortalRules | undefined;
  /** How the portal carries them out: the real way (BEHAVIOUR) unless a named defect replaced a part. */
  behaviour?: Behaviour | undefined;
  /** Which build of the portal to be (from MOCK_SKIN): the default one unless told. */
  skin?: Skin | undefined;
  /** A consent dialog over every page until it is answered (from MOCK_CONSENT): off unless told. */
  consent?: boolean | undefined;
};

// mock-site/public: one level up from this module (mock-site/http) run from source, and from the
// bundle (mock-site/dist) alike.
const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

/** The static files, read once: a handful of small files, and no path ever reaches the disk. */
function loadStatic(): Map<string, { body: string; type: string }> {
  const files = new Map<string, { body: string; type: string }>();
  for (const name of ['portal.css', 'order-form.js', 'faces-order.js', CONSENT_SCRIPT]) {
    const ext = name.split('.').pop() ?? '';
    files.set(name, { body: readFileSync(join(PUBLIC_DIR, name), 'utf8'), type: TYPES[ext] ?? 'text/plain' });
  }
  return files;
}

/** An answer slower than this is logged in test mode. */
const SLOW_ANSWER_MS = 1_000;

export function buildApp(options: AppOptions): Hono<AppEnv> {
  const log = options.log ?? ((m: string) => console.error(m));
  const mailer = options.faults ? faultyMailer(options.mailer, options.faults) : options.mailer;
  const behaviour = options.behaviour ?? BEHAVIOUR;
  const skin = options.skin ?? DEFAULT_SKIN;
  const deps: Deps = {
    store: behaviour.store(options.store),
    mailer,
    rules: options.rules ?? PORTAL_RULES,
    behaviour,
    skin,
    testToken: options.testToken,
    log,
  };
  const files = loadStatic();
  const faces = isFaces(skin);
  // The faces build routes on the path without its `;jsessionid=` parameter.
  const app = new Hono<AppEnv>(faces ? { getPath: facesPath } : {});

  // Outermost: the portal's answer time (MOCK_FAULTS=latency:…) wraps everything, timings included.
  if (options.faults?.latency) app.use('*', latencyMiddleware(options.faults.latency));

  // Test mode: an answer slower than a second is logged with the event loop's worst delay since
  // the last one, so a test that timed out on a request says whether the mock was stalled.
  if (options.testToken) {
    const loop = monitorEventLoopDelay({ resolution: 20 });
    loop.enable();
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      const ms = Math.round(performance.now() - started);
      if (ms < SLOW_ANSWER_MS) return;
      log(
        `Réponse lente : ${c.req.method} ${new URL(c.req.url).pathname} en ${ms} ms (boucle d'événements bloquée jusqu'à ${Math.round(loop.max / 1e6)} ms)`,
      );
      loop.reset();
    });
  }

  // First of all: every page, guard and error below reads the skin from the request's context
  // (views through hono's context storage, without it being passed down).
  app.use('*', contextStorage());
  app.use('*', async (c, next) => {
    c.set('skin', skin);
    await next();
  });
  app.use('*', consentMiddleware(options.consent === true));
  if (faces) app.use('*', facesMiddleware());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'same-origin',
      // Meaningless over plain http on loopback, and would pin localhost to https in some browsers.
      strictTransportSecurity: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    // Pages show personal data: never cached (refusals made by the middlewares below included).
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) =>
        c.html(errorPage(413, 'Requête trop volumineuse', 'Le formulaire envoyé est trop volumineux.'), 413),
    }),
  );

  if (options.faults) app.use('*', faultMiddleware(options.faults));

  app.get('/health', (c) => (options.isReady?.() === false ? c.text('starting', 503) : c.text('ok')));
  // Browsers ask for it on every page; an empty answer keeps their consoles free of 404s.
  app.get('/favicon.ico', (c) => c.body(null, 204, { 'cache-control': 'max-age=86400' }));
  app.get('/static/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.html(errorPage(404, 'Page introuvable', "Cette page n'existe pas."), 404);
    return c.body(file.body, 200, { 'content-type': file.type, 'cache-control': 'no-cache' });
  });

  app.route('/', homeRoutes(skin.paths.home));
  app.route('/', authRoutes(deps));
  app.route('/', signupRoutes(deps));
  app.route('/', accountRoutes(deps));
  app.route('/', orderRoutes(deps));
  app.route('/', managerRoutes(deps));
  const token = options.testToken;
  if (token) {
    // Loaded lazily (it brings zod): the portal itself starts faster without it.
    const api = import('../test-mode/test-api.ts').then((m) => m.testApi(options.store, token, skin));
    app.all('/__test__/*', async (c) => (await api).fetch(c.req.raw));
  }

  app.notFound((c) =>
    c.html(errorPage(404, 'Page introuvable', "Cette page n'existe pas ou n'est pas accessible."), 404),
  );

  app.onError((err, c) => {
    // A JSF portal answers an unknown ViewState with the page again and its message.
    if (faces && err instanceof PageError && err.expiredForm) return expiredView(app, c, c.req.path);
    if (err instanceof PageError) return c.html(errorPage(err.status, err.title, err.message), err.status);
    if (err instanceof HTTPException && err.status < 500) {
      return c.html(
        errorPage(err.status, 'Requête invalide', "La requête n'a pas pu être traitée."),
        err.status,
      );
    }
    // A real bug: logged for us, a plain page for the visitor, no details leaked.
    log(
      `500 on ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    return c.html(
      errorPage(500, 'Erreur du serveur', 'Une erreur inattendue est survenue. Veuillez réessayer.'),
      500,
    );
  });

  return app;
}
