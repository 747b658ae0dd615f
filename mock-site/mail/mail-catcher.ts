import { MailDev } from 'maildev';

/**
 * MailDev in a process of its own, forked by http/server.ts. Its modules (jsdom among them) take over
 * a second of CPU to load: in the portal's process they would hold up its first page, here they
 * load on the other core while the portal already answers.
 *
 * Contract with the parent: ports and mail directory from the environment, `{ ready: true }` over
 * IPC once SMTP and the web UI listen, exit when told to (SIGTERM/SIGINT) or when the parent is
 * gone (IPC disconnect), so a killed portal never leaves its mail catcher behind.
 */
const env = process.env;
const md = new MailDev({
  smtp: Number(env.SMTP_PORT),
  web: Number(env.MAIL_WEB_PORT),
  ip: '127.0.0.1',
  webIp: '127.0.0.1',
  silent: true,
  mailDirectory: env.MAIL_DIRECTORY,
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await md.stop().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
process.on('disconnect', () => void stop());

try {
  await md.start();
} catch (err) {
  // Usually a port already taken: one line saying so, not a stack trace.
  console.error(`MailDev : ${(err as Error).message}`);
  process.exit(1);
}
process.send?.({ ready: true });
