import { getContext } from 'hono/context-storage';

/**
 * The consent dialog a real portal shows over every page until it is answered (MOCK_CONSENT=on):
 * a tarteaucitron-like banner, « Tout accepter » / « Tout refuser », over a backdrop that covers
 * the page, so that no click reaches the page beneath before it is answered. The page's script
 * (public/consent.js) writes the answer in a cookie and takes the dialog away; http/consent.ts
 * reads the cookie and tells the views whether to ask (`askConsent`).
 */

/** The cookie the answer is kept in: `acceptee` or `refusee`. */
export const CONSENT_COOKIE = 'certigna_consentement';

/** The script that answers the dialog, served from /static. */
export const CONSENT_SCRIPT = 'consent.js';

/** Whether the page being rendered shows the dialog (set for every request by http/consent.ts). */
export function useAskConsent(): boolean {
  return getContext<{ Variables: { askConsent?: boolean } }>().var.askConsent === true;
}

export function ConsentDialog() {
  return (
    <div class="consent" id="tarteaucitronRoot" data-cookie={CONSENT_COOKIE}>
      <div
        class="consent__dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="consent-titre"
        aria-describedby="consent-texte"
      >
        <p class="consent__title" id="consent-titre">
          Gestion de vos préférences sur les cookies
        </p>
        <p id="consent-texte">
          Ce site utilise des cookies pour mesurer son audience et améliorer votre expérience. Vous pouvez les
          accepter ou les refuser.
        </p>
        <div class="consent__buttons">
          <button type="button" class="button" data-consent="acceptee">
            Tout accepter
          </button>
          <button type="button" class="button button--secondary" data-consent="refusee">
            Tout refuser
          </button>
        </div>
      </div>
    </div>
  );
}
