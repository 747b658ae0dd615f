import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { MailDev } from 'maildev';
import { buildApp } from './app.ts';
import { SmtpMailer } from './mail.ts';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo, STAFF } from './seed.ts';
import { MemoryStore } from './store.ts';

/** Entry point: MailDev, then the portal, both on loopback only. */
const started = performance.now();
const env = process.env;
const port = Number(env.PORT ?? 3000);
const smtpPort = Number(env.SMTP_PORT ?? 1025);
const mailWebPort = Number(env.MAIL_WEB_PORT ?? 1080);
const testToken = env.MOCK_TEST_TOKEN?.trim() || undefined;
const HOST = '127.0.0.1';

// One mail directory per process, so mocks running side by side never share mail.
const mailDirectory = mkdtempSync(join(tmpdir(), 'certigna-mock-mail-'));
const maildev = new MailDev({
  smtp: smtpPort,
  web: mailWebPort,
  ip: HOST,
  webIp: HOST,
  silent: true,
  mailDirectory,
});
await maildev.start();

const store = new MemoryStore();
await seedDemo(store);
const mailer = new SmtpMailer(smtpPort, HOST);
const app = buildApp({ store, mailer, testToken });

const server = serve({ fetch: app.fetch, port, hostname: HOST }, () => {
  const ms = Math.round(performance.now() - started);
  const lines = [
    `Portail Certigna (maquette) : http://localhost:${port}/  (prêt en ${ms} ms)`,
    `Courriels (MailDev)         : http://localhost:${mailWebPort}/`,
    `Mode test                   : ${testToken ? 'activé (API /__test__)' : 'désactivé'}`,
    'Comptes de démonstration (mot de passe ' + DEMO_PASSWORD + ') :',
    ...DEMO_LOGINS.map((d) => `  - ${d.login.padEnd(16)} ${d.who}`),
    `  - ${STAFF.login.padEnd(16)} personnel Certigna, sur http://localhost:${port}/manager/connexion`,
  ];
  console.log(lines.join('\n'));
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  mailer.close();
  await maildev.stop().catch(() => undefined);
  rmSync(mailDirectory, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
