import { expect, test, type Page } from '@playwright/test';
import { answerOverlays, CONSENT_DIALOGS, OVERLAY_VARIABLE, portalOverlays } from '../../support/overlays.ts';
import { loadProfile } from '../../support/profile.ts';
import { ORIGIN, serveMock } from './in-process-mock.ts';

/** The default build's profile: the mock these tests start is that build. */
const profile = loadProfile('default');

/**
 * Overlays over a portal's pages (support/overlays.ts): consent dialogs as the common vendors
 * word them, and a portal's own overlay named by PORTAL_OVERLAY. Each page below is written here
 * (`page.setContent`, no network) as the vendor shows it: a layer over the whole page, so that no
 * click reaches the page until it is answered. The handlers must answer « refuser » where the
 * dialog offers it; the page records which button was clicked.
 */

/** A page with « Commander » under an overlay; a click on one of its buttons records its name and closes it. */
function pageUnder(overlay: string): string {
  return `<!doctype html><html lang="fr"><body>
    <main><h1>Nouvelle commande</h1><button id="order">Commander</button><p id="clicked"></p><p id="answer"></p></main>
    <div id="overlay" style="position:fixed;inset:0;z-index:1000;background:rgb(0 0 0 / 50%)">
      <div role="dialog" aria-label="Cookies" style="background:#fff;margin:4rem auto;max-width:30rem">${overlay}</div>
    </div>
    <script>
      document.getElementById('order').addEventListener('click', () => {
        document.getElementById('clicked').textContent = 'commande';
      });
      document.querySelectorAll('#overlay button, #overlay a').forEach((b) => b.addEventListener('click', (e) => {
        e.preventDefault();
        document.getElementById('answer').textContent = b.textContent.trim();
        document.getElementById('overlay').remove();
      }));
    </script>
  </body></html>`;
}

/** The dialogs, as each vendor words its buttons, and the one the suite must click. */
const DIALOGS = [
  {
    who: 'tarteaucitron',
    html: '<p>Ce site utilise des cookies.</p><button>✓ Tout accepter</button><button>✗ Tout refuser</button><button>Personnaliser</button>',
    answer: '✗ Tout refuser',
  },
  {
    who: 'OneTrust',
    html: '<p>Nous utilisons des cookies.</p><button>Tout accepter</button><button>Tout refuser</button><button>Paramètres des cookies</button>',
    answer: 'Tout refuser',
  },
  {
    who: 'Didomi',
    html: '<p>Vos données, vos choix.</p><a href="#">Continuer sans accepter →</a><button>En savoir plus</button><button>Accepter &amp; Fermer</button>',
    answer: 'Continuer sans accepter →',
  },
  {
    who: 'Axeptio, with a refusal',
    html: '<p>Ce site utilise des cookies.</p><button>Non merci</button><button>Je choisis</button><button>OK pour moi</button>',
    answer: 'Non merci',
  },
  {
    who: 'Axeptio, information only',
    html: '<p>Ce site utilise des cookies techniques uniquement.</p><button>OK pour moi</button>',
    answer: 'OK pour moi',
  },
] as const;

async function orderUnder(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Commander' }).click();
  await expect(page.locator('#clicked')).toHaveText('commande');
}

test('Without the handlers, a click under a consent dialog fails', async ({ page }) => {
  await page.setContent(pageUnder(DIALOGS[0].html));
  await expect(page.getByRole('button', { name: 'Commander' }).click({ timeout: 1_500 })).rejects.toThrow(
    /intercepts pointer events/,
  );
});

for (const dialog of DIALOGS) {
  test(`${dialog.who}: the dialog is answered « ${dialog.answer} », then the click goes through`, async ({
    page,
  }) => {
    await answerOverlays(page, CONSENT_DIALOGS);
    await page.setContent(pageUnder(dialog.html));
    await orderUnder(page);
    await expect(page.locator('#answer')).toHaveText(dialog.answer);
  });
}

test('PORTAL_OVERLAY: the portal’s own overlay is closed by the button it names', async ({ page }) => {
  const overlays = portalOverlays({ [OVERLAY_VARIABLE]: 'Maintenance programmée|Fermer' });
  await answerOverlays(page, overlays);
  await page.setContent(
    pageUnder('<p>Maintenance programmée samedi de 8 h à 12 h.</p><button>Fermer</button>'),
  );
  await orderUnder(page);
  await expect(page.locator('#answer')).toHaveText('Fermer');
});

test('PORTAL_OVERLAY: several overlays, separated by « ; »; unset or empty, none', () => {
  expect(
    portalOverlays({ [OVERLAY_VARIABLE]: 'Maintenance programmée|Fermer; Besoin d’aide ?|Réduire' }),
  ).toHaveLength(2);
  expect(portalOverlays({})).toEqual([]);
  expect(portalOverlays({ [OVERLAY_VARIABLE]: '  ' })).toEqual([]);
});

for (const wrong of ['Maintenance programmée', 'Maintenance|', '|Fermer', 'a|b|c', 'Maintenance|Fermer;']) {
  test(`PORTAL_OVERLAY « ${wrong} » stops the run with one line naming the variable`, () => {
    expect(() => portalOverlays({ [OVERLAY_VARIABLE]: wrong })).toThrow(
      /^PORTAL_OVERLAY: expected « <a text the overlay shows>\|<the label of the button[^\n]*$/,
    );
  });
}

test.describe('the mock’s consent dialog (MOCK_CONSENT=on)', () => {
  test.use({ baseURL: ORIGIN });

  test('covers every page until answered; « Tout refuser » keeps it away for the site', async ({
    page,
    context,
  }) => {
    await serveMock(context, { consent: true });
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Espace client' });
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(link.click({ timeout: 1_500 })).rejects.toThrow(/intercepts pointer events/);

    await answerOverlays(page);
    // The handler answers before the click: the click then reaches the page beneath.
    await link.hover();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await context.cookies()).find((c) => c.name === 'certigna_consentement')?.value).toBe('refusee');
    // The answer holds for the site: the next page asks nothing.
    await page.goto(profile.paths.login);
    await expect(page.getByRole('heading', { name: 'Connexion à votre espace client' })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});
