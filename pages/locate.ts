import type { Locator, Page } from '@playwright/test';

/*
 * Containers found by what the guide fixes, whatever element a build wraps them in (a fieldset, a
 * table row, a section, a plain div): the innermost element around the guide's text (or heading)
 * that also holds the controls asked for. The climb is an XPath over HTML's own semantics (native
 * controls or an explicit ARIA role), naming no tag, id or class of any build. Found from the text
 * upwards, not by testing every element of the page: the order form resolves these on each click.
 */

/** The controls a container is recognised by: a native element of that role, or an explicit role. */
const CONTROLS = {
  radio: 'input[@type="radio"] or descendant::*[@role="radio"]',
  checkbox: 'input[@type="checkbox"] or descendant::*[@role="checkbox"]',
  link: 'a[@href] or descendant::*[@role="link"]',
  button:
    'button or descendant::input[@type="submit" or @type="button" or @type="reset"] or descendant::*[@role="button"]',
  textbox:
    'textarea or descendant::input[not(@type) or @type="text" or @type="email" or @type="search" or @type="tel" or @type="url"] or descendant::*[@role="textbox"]',
} as const;

type Control = keyof typeof CONTROLS;

/** The nearest element, from this one upwards, holding a control of that kind. */
function around(anchor: Locator, control: Control): Locator {
  return anchor.locator(`xpath=ancestor-or-self::*[descendant::${CONTROLS[control]}][1]`);
}

/** A form's question by its text (« Quel système d'exploitation ? »), with its controls. */
export function question(page: Page, text: string | RegExp, control: Control = 'radio'): Locator {
  return around(page.getByText(text).last(), control);
}

/** A part of a screen by its heading, with the content asked for (links, a text box, a button). */
export function part(page: Page, heading: string, content: Control): Locator {
  return around(page.getByRole('heading', { name: heading, exact: true }), content);
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
