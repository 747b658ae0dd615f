import type { Locator, Page } from '@playwright/test';
import { question } from '../pages/locate.ts';

/**
 * What a portal may show over its pages until someone answers it: a consent dialog, a maintenance
 * or chat banner. Under it every click fails. Each overlay here becomes one of Playwright's locator
 * handlers (`page.addLocatorHandler`): before any action or auto-waiting assertion, when the
 * overlay is visible, it is answered first. fixtures/overlays.ts installs them on every page.
 *
 * Consent dialogs are answered « refuser » wherever they offer it: the suite accepts no tracking on
 * the users' behalf. Axeptio's « OK pour moi » is clicked only where no refusal is offered.
 */
export interface Overlay {
  /** Who shows it, for messages and reports. */
  name: string;
  /** What shows that it is there (visible: Playwright then runs `answer`). */
  shown(page: Page): Locator;
  /** Takes it away; `shown` is then hidden. */
  answer(page: Page): Promise<void>;
}

/** A control named `name` (ignoring the glyphs around it: « ✗ Tout refuser », « Continuer sans accepter → »). */
function named(page: Page, role: 'button' | 'link', name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole(role, { name: new RegExp(`^[^\\p{L}\\p{N}]*${escaped}[^\\p{L}\\p{N}]*$`, 'iu') });
}

/** The visible one of the elements found (a dialog may keep hidden copies of its buttons). */
const visible = (locator: Locator) => locator.filter({ visible: true }).first();

/** A consent dialog whose refusal is a button (or a link styled as one) of that name: clicked. */
function refusal(name: string, label: string): Overlay {
  const shown = (page: Page) => visible(named(page, 'button', label).or(named(page, 'link', label)));
  return { name, shown, answer: (page) => shown(page).click() };
}

/** The consent dialogs real portals show, in French, as they word their buttons. */
export const CONSENT_DIALOGS: readonly Overlay[] = [
  // tarteaucitron (« Tout accepter » / « Tout refuser ») and OneTrust (the same two words).
  refusal('tarteaucitron, OneTrust', 'Tout refuser'),
  // Didomi: « Accepter & Fermer » / « Continuer sans accepter ».
  refusal('Didomi', 'Continuer sans accepter'),
  {
    // Axeptio: « OK pour moi », with « Non merci » beside it unless the site only informs.
    name: 'Axeptio',
    shown: (page) => visible(named(page, 'button', 'OK pour moi')),
    answer: async (page) => {
      const refuse = visible(named(page, 'button', 'Non merci').or(named(page, 'button', 'Tout refuser')));
      if (await refuse.isVisible()) await refuse.click();
      else await visible(named(page, 'button', 'OK pour moi')).click();
    },
  },
];

/** The variable naming a portal's own overlays, and what it expects. */
export const OVERLAY_VARIABLE = 'PORTAL_OVERLAY';
const EXPECTED =
  '« <a text the overlay shows>|<the label of the button that closes it> », several separated by « ; »';

/**
 * A portal's own overlays from PORTAL_OVERLAY, e.g. `Maintenance programmée|Fermer`: shown when
 * the text is visible, closed by the button of that label next to it (the innermost part of the
 * page holding the text and a button). A wrong value throws one line naming the variable.
 */
export function portalOverlays(env: NodeJS.ProcessEnv = process.env): Overlay[] {
  const value = env[OVERLAY_VARIABLE]?.trim() ?? '';
  if (!value) return [];
  return value.split(';').map((entry) => {
    const parts = entry.split('|').map((p) => p.trim());
    const [text, button] = parts;
    if (parts.length !== 2 || !text || !button)
      throw new Error(`${OVERLAY_VARIABLE}: expected ${EXPECTED}, got « ${entry.trim()} »`);
    const shown = (page: Page) => visible(page.getByText(text));
    return {
      name: `« ${text} »`,
      shown,
      answer: (page) =>
        question(page, text, 'button').getByRole('button', { name: button, exact: true }).first().click(),
    };
  });
}

let all: readonly Overlay[] | undefined;
/** Every overlay the suite answers: the consent dialogs, then the portal's own (PORTAL_OVERLAY). */
export function allOverlays(): readonly Overlay[] {
  all ??= [...CONSENT_DIALOGS, ...portalOverlays()];
  return all;
}

/** Installs a locator handler per overlay on the page: from then on each is answered where it appears. */
export async function answerOverlays(
  page: Page,
  overlays: readonly Overlay[] = allOverlays(),
): Promise<void> {
  for (const overlay of overlays) {
    await page.addLocatorHandler(overlay.shown(page), () => overlay.answer(page));
  }
}
