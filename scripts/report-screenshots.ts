/**
 * Opens the Allure report straight from disk (file://) in headless Chromium and takes the README's
 * screenshots of it: the overview (trend, environment), the tree by guide entry, and the first
 * failed test with its guide step, screenshot and trace. Fails when the report does not show its
 * tree: the check that the report opens without a server, by what is on screen.
 *
 * Usage: node --import tsx scripts/report-screenshots.ts [allure-report/index.html] [docs]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, resolveBrowser } from '../support/target/browser.ts';
import { GUIDE, PROCEDURE } from '../guide/guide.ts';

const index = resolve(process.argv[2] ?? 'allure-report/index.html');
const out = resolve(process.argv[3] ?? 'docs');
const url = pathToFileURL(index).href;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: resolveBrowser(false).executablePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const shot = async (name: string) => {
  await page.screenshot({ path: join(out, name) });
  console.log(`${join(out, name)}`);
};
/** Clicks a tree group open; a group already open stays open. */
const open = async (p: Page, name: string) => {
  const node = p.locator('.node[data-node-kind="group"]', {
    has: p.locator(':scope > .node__title .node__name', { hasText: name }),
  });
  if ((await node.count()) && !(await node.first().getAttribute('class'))?.includes('node__expanded'))
    await node.first().locator(':scope > .node__title').click();
};

try {
  await page.goto(url);
  await page.getByText('Environnement', { exact: true }).waitFor({ timeout: 15_000 });
  await shot('allure-overview.png');

  await page.goto(`${url}#behaviors`);
  // The tree: the guide, its parts, their steps and error cases.
  await page.locator('.node__name', { hasText: PROCEDURE }).waitFor({ timeout: 15_000 });
  await open(page, PROCEDURE);
  for (const part of new Set(Object.values(GUIDE).map((e) => e.feature))) await open(page, part);
  await shot('allure-guide-tree.png');

  // The first failed test, under its guide entry: its failing step, the page's screenshot, the trace.
  const closedWithFailure = page.locator(
    '.node[data-node-kind="group"]:not(.node__expanded) > .node__title:has(.label_status_failed)',
  );
  while (await closedWithFailure.count()) await closedWithFailure.first().click();
  const failed = page
    .locator('.node:not([data-node-kind="group"]) > .node__title')
    .filter({ has: page.locator('.status-icon_status_failed') });
  if (await failed.count()) {
    // Tall enough for the error, the steps and the page's screenshot under them.
    await page.setViewportSize({ width: 1400, height: 1500 });
    await failed.first().click();
    const step = page
      .locator('.step__title_hasContent')
      .filter({ hasText: /^(Étape|Après la commande)/ })
      .filter({ has: page.locator('.status-icon_status_failed') });
    if (await step.count()) await step.last().click();
    const hooks = page.locator('.step__title_hasContent', { hasText: 'After Hooks' });
    if (await hooks.count()) await hooks.first().click();
    const screenshot = page.locator('.attachment-row', { hasText: 'image/png' });
    if (await screenshot.count()) await screenshot.first().click();
    await page.waitForTimeout(500);
    await shot('allure-failed-test.png');
  } else console.log('No failed test in this report: no screenshot of one.');
} finally {
  await browser.close();
}
