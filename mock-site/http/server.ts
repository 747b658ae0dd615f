import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { readSkin, type Skin } from '../builds/skin.ts';
import { SmtpMailer } from '../mail/mailer.ts';
import { loadPdfLib } from '../mail/pdf.ts';
import { activeDefects, withDefects } from '../test-mode/defects/index.ts';
import { readFaults } from '../test-mode/faults.ts';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_STAFF, seedDemo } from '../test-mode/seed.ts';
import { buildApp } from './app.ts';
import { readConsent } from './consent.ts';
import { MemoryStore } from './memory-store.ts';
import { hashPassword, verifyPassword } from './security.ts';

/**
 * Entry point. The portal listens at once; MailDev (whose modules take over a second to load)
 * starts beside it in its own process (mail/mail-catcher.ts), and /health answers 200 only once both
 * are up. Mail sent in between waits. Run from source with tsx or from the esbuild bundle in
 * mock-site/dist (`npm run build:mock`), which spares the TypeScript loader at every start.
 */
const env = process.env;
const port = Number(env.PORT ?? 3000);
const smtpPort = Number(env.SMTP_PORT ?? 1025);
const mailWebPort = Number(env.MAIL_WEB_PORT ?? 1080);
const testToken = env.MOCK_TEST_TOKEN?.trim() || undefined;
// Read before anything starts, so that a wrong name stops the mock at once.
const faults = readFaults(env);
const { rules, behaviour } = withDefects(activeDefects(env));
const skin = skinOrExit(env);
const consent = consentOrExit(env);
const HOST = '127.0.0.1';
// performance.now() counts from the process start, so this includes Node and tsx booting.
const since = () => `${Math.round(performance.now())} ms`;

// One mail directory per process, so mocks running side by side never share mail. A mock killed
// with SIGKILL (Playwright's default for its webServer) cannot clean up: its leftovers go now.
const MAIL_DIR_PREFIX = 'certigna-mock-mail-';
for (const name of readdirSync(tmpdir())) {
  const owner = Number(
    name.startsWith(MAIL_DIR_PREFIX) ? name.slice(MAIL_DIR_PREFIX.length).split('-')[0] : NaN,
  );
  if (Number.isInteger(owner) && owner > 0 && !alive(owner))
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
}
const mailDirectory = mkdtempSync(join(tmpdir(), `${MAIL_DIR_PREFIX}${process.pid}-`));

/** Another build of the portal (MOCK_SKIN); a wrong name stops the mock with one line, no stack. */
function skinOrExit(vars: NodeJS.ProcessEnv): Skin {
  try {
    return readSkin(vars);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}

/** The consent dialog (MOCK_CONSENT); a wrong value stops the mock with one line, no stack. */
function consentOrExit(vars: NodeJS.ProcessEnv): boolean {
  try {
    return readConsent(vars);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
// The catcher is mail/mail-catcher.ts under tsx, and this file's sibling mail-catcher.mjs in the
// bundle (build.ts). fork() passes this process's execArgv (tsx's loader when run from source).
const fromSource = extname(import.meta.url) === '.ts';
const catcherFile = fileURLToPath(
  new URL(fromSource ? '../mail/mail-catcher.ts' : './mail-catcher.mjs', import.meta.url),
);
const catcher = fork(catcherFile, {
  env: {
    ...env,
    SMTP_PORT: String(smtpPort),
    MAIL_WEB_PORT: String(mailWebPort),
    MAIL_DIRECTORY: mailDirectory,
  },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const mailCatcherReady = new Promise<void>((resolve, reject) => {
  catcher.once('message', () => resolve());
  catcher.once('exit', (code) => reject(new Error(`the mail catcher exited (code ${code})`)));
});

let mailReady = false;
let stopping = false;
catcher.on('exit', (code) => {
  // A portal whose mail goes nowhere would fail tests far from the cause: stop loudly instead.
  if (mailReady && !stopping) {
    console.error(`MailDev s'est arrêté (code ${code}) : la maquette s'arrête aussi.`);
    process.exit(1);
  }
});
const store = new MemoryStore();
await seedDemo(store);
const mailer = new SmtpMailer(smtpPort, HOST, mailCatcherReady);
const app = buildApp({
  store,
  mailer,
  testToken,
  isReady: () => mailReady,
  faults,
  rules,
  behaviour,
  skin,
  consent,
});

const server = serve({ fetch: app.fetch, port, hostname: HOST }, () => {
  console.log(`Portail Certigna (maquette) : http://localhost:${port}/  (prêt en ${since()})`);
});
// Node closes an idle kept-alive connection after 5 s; a client that reuses it at that moment
// (a test's API context idle through a long browser step) gets a reset. Keep them open longer
// than any test stays idle; headers must be allowed a little longer still.
if ('keepAliveTimeout' in server) {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

/**
 * The first password hash, the first pages rendered: done once before /health says ready, so the
 * first tests of a run (several seeding and logging in at once) do not pay for them.
 */
async function warmUp(): Promise<void> {
  await verifyPassword(DEMO_PASSWORD, await hashPassword(DEMO_PASSWORD));
  // An app of its own, without the faults: warming up must not use up a « 503 once ».
  const warm = buildApp({ store, mailer, rules, behaviour, skin, log: () => undefined });
  await Promise.all([warm.request('/'), warm.request(skin.paths.login)]);
}

// Ready once mail can leave and the modules loaded lazily (nodemailer, pdf-lib) are in: the
// first order then costs what any other does.
mailCatcherReady
  .then(() => Promise.all([mailer.warmUp(), loadPdfLib(), warmUp()]))
  .then(
    () => {
      mailReady = true;
      console.log(
        [
          `Courriels (MailDev)         : http://localhost:${mailWebPort}/  (prêt en ${since()})`,
          `Mode test                   : ${testToken ? 'activé (API /__test__)' : 'désactivé'}`,
          `Habillage (MOCK_SKIN)       : ${skin.name}`,
          `Cookies (MOCK_CONSENT)      : ${consent ? 'bandeau affiché' : 'pas de bandeau'}`,
          `Comptes de démonstration (mot de passe ${DEMO_PASSWORD}) :`,
          ...DEMO_LOGINS.map((d) => `  - ${d.login.padEnd(16)} ${d.who}`),
          `  - ${DEMO_STAFF.login.padEnd(16)} personnel Certigna, sur http://localhost:${port}${skin.paths.managerLogin}`,
        ].join('\n'),
      );
    },
    (err: unknown) => {
      console.error(`MailDev n'a pas pu démarrer (ports ${smtpPort}/${mailWebPort}) : ${String(err)}`);
      process.exit(1);
    },
  );

async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  await mailer.close();
  if (catcher.exitCode === null) {
    const exited = new Promise((resolve) => catcher.once('exit', resolve));
    catcher.kill('SIGTERM');
    await exited;
  }
  rmSync(mailDirectory, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
