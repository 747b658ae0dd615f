import type { Locator, Page } from '@playwright/test';

/*
 * Containers found by what the guide fixes, whatever element a build wraps them in (a fieldset, a
 * table row, a section, a plain div): the innermost element that holds both the guide's text and
 * the controls asked for. `*` is the one generic selector here, on purpose: it names no tag, id or
 * class of any build.
 */

type Role = Parameters<Page['getByRole']>[0];

/** A form's question by its text (« Quel système d'exploitation ? »), with its controls. */
export function question(page: Page, text: string | RegExp, control: Role = 'radio'): Locator {
  return page
    .locator('*')
    .filter({ hasText: text })
    .filter({ has: page.getByRole(control) })
    .last();
}

/** A part of a screen by its heading, with the content asked for (rows, list items, links…). */
export function part(page: Page, heading: string, content: Role): Locator {
  return page
    .locator('*')
    .filter({ has: page.getByRole('heading', { name: heading, exact: true }) })
    .filter({ has: page.getByRole(content) })
    .last();
}

/** Table rows or list items: how a build lists things (orders, users, search results). */
export function entries(scope: Locator | Page): Locator {
  return scope.getByRole('row').or(scope.getByRole('listitem'));
}

/**
 * A table cell by its column header's text, never by position: the header row says where the
 * column is in this build.
 */
export async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  await table.getByRole('columnheader').first().waitFor();
  const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`No column « ${header} » (columns: ${headers.join(', ')})`);
  return row.getByRole('cell').nth(index);
}

/** Everything the page says, to read a value whose place the build decides (an order number). */
export function pageText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}
