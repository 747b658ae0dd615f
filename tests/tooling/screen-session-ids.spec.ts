import { expect, test } from '@playwright/test';
import { keepSessionIds } from '../../support/screen-snapshots.ts';

/**
 * A JSF portal's first page names the new session in its links (`;jsessionid=<id>`, the faces
 * build's too): a recorded screen keeps the link's path, the session id of the recording run as an
 * optional pattern, so the next run (another id, or the cookie kept and none) matches it.
 */
test('A rewritten link is kept as its path, the session id optional; other links as recorded', () => {
  const recorded = [
    '- link "Espace client":',
    '  - /url: /portail/page.xhtml;jsessionid=xsOA-lejD_8?x=1',
    '- link "Se connecter":',
    '  - /url: /autre-page.xhtml',
  ].join('\n');
  const kept = keepSessionIds(recorded).split('\n');
  expect(kept[1]).toBe('  - /url: /\\/portail\\/page\\.xhtml(;jsessionid=[^\\/?#]+)?\\?x=1/');
  expect(kept[3]).toBe('  - /url: /autre-page.xhtml');
  const pattern = new RegExp(kept[1]!.replace(/^\s*- \/url: \/(.*)\/$/, '$1'));
  expect(pattern.test('/portail/page.xhtml;jsessionid=other-id?x=1')).toBe(true);
  expect(pattern.test('/portail/page.xhtml?x=1')).toBe(true);
  expect(pattern.test('/portail/autre.xhtml?x=1')).toBe(false);
});
