import type { Skin } from '../builds/skin.ts';
import type { PortalRules } from '../domain/portal-rules.ts';
import type { Store } from '../domain/store.ts';
import type { Mail, Mailer } from '../mail/mailer.ts';
import type { Behaviour } from './behaviour.ts';

/** What every route is built with (app.ts makes it once), and the outbox the routes send mail through. */
export type Deps = {
  store: Store;
  mailer: Mailer;
  rules: PortalRules;
  behaviour: Behaviour;
  /** Which build of the portal this is: paths, form contract, wording, markup (builds/). */
  skin: Skin;
  /** Set in test mode only: the token the test API requires. */
  testToken?: string | undefined;
  log?: (message: string) => void;
};

/**
 * Hands a mail to the outbox and returns at once, as a portal with a mail queue does: the page
 * answers without waiting for SMTP. Failures are logged, not shown: the action itself succeeded.
 * A null mail is none to send.
 */
export function sendMail(deps: Deps, mail: Mail | null | Promise<Mail | null>): void {
  Promise.resolve(mail)
    .then((m) => m && deps.mailer.send(m))
    .catch((err: unknown) =>
      (deps.log ?? console.error)(`a mail failed: ${err instanceof Error ? err.stack : String(err)}`),
    );
}
