import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { test, type Locator } from '@playwright/test';
import { expect } from './matchers.ts';
import { displayName, holderName } from '../pages/model.ts';
import type { PortalProfile } from './profile.ts';
import type { Account } from './portal/test-api.ts';

/**
 * Screen snapshots (tests/screens.spec.ts, docs/builds.md « Screen snapshots »): the ARIA snapshot
 * of a screen's main region, recorded per build under `profiles/<build>/screens/`.
 *
 * `--update-snapshots` rewrites a whole snapshot from the page, with Playwright's guesses for what
 * changes (runs of two digits or more become `\d+`: order numbers, SIRETs, dates) and every other
 * text literal: a pattern written by hand for a generated name, e-mail or login would be lost, and
 * the next run, with other values, would fail. So after an update this module writes those
 * values back as patterns itself: each line of the recorded snapshot that shows one of the test's
 * generated values is written again from the page, with the value replaced by its pattern.
 */

/** A value of this run that a screen shows, and the pattern its snapshot keeps instead. */
export interface Shown {
  readonly text: string;
  readonly pattern: string;
}

/** What the screens show of a customer account: its company and its users' names, e-mails, logins. */
export function shownOf(account: Pick<Account, 'company' | 'users'>): Shown[] {
  const values: Shown[] = [{ text: account.company, pattern: '.+' }];
  for (const user of account.users) {
    values.push(
      { text: displayName(user), pattern: '.+' },
      { text: holderName(user), pattern: '.+' },
      { text: user.email, pattern: '\\S+@\\S+' },
      { text: user.login, pattern: '\\S+' },
    );
  }
  return values.filter((v) => v.text.trim() !== '');
}

/** An order number the screen shows, as the build's pattern (support/profile.ts). */
export function shownOrder(number: string, profile: Pick<PortalProfile, 'orderNumber'>): Shown {
  return { text: number, pattern: profile.orderNumber.source };
}

/** What decides whether a run can check its screens against recorded ones. */
export interface ScreensRun {
  /** The bundled mock's builds: their snapshots are committed, a missing one is a failure. */
  readonly onMock: boolean;
  /** The build's snapshot folder (the project's `toMatchAriaSnapshot.pathTemplate`). */
  readonly folder: string;
  /** The run's `--update-snapshots` mode (Playwright's default is `missing`). */
  readonly updateSnapshots: string;
}

/**
 * Why a run skips its screens, or undefined when it checks them: a deployed portal whose folder
 * has no recorded screens yet would fail every screen on its first run (Playwright writes a
 * missing snapshot and fails), which says nothing about the portal. Asked to record them
 * (`--update-snapshots`, i.e. `changed` or `all`), it runs; on the mock's builds it never skips.
 */
export function unrecordedScreens(run: ScreensRun): string | undefined {
  if (run.onMock || run.updateSnapshots === 'all' || run.updateSnapshots === 'changed') return undefined;
  if (existsSync(run.folder)) return undefined;
  // Under the project, as a path from its root (profiles/…); elsewhere, as it is.
  const inside = relative(process.cwd(), run.folder);
  const folder = inside && !inside.startsWith('..') ? inside : run.folder;
  return `no recorded screens for ${folder}: record them with --update-snapshots and review them (docs/builds.md, « Screen snapshots »)`;
}

/** The running test's snapshot folder for screens, from its project's path template. */
export function screensFolder(): string {
  return dirname(test.info().snapshotPath('screen.aria.yml', { kind: 'aria' }));
}

/**
 * The screen's region matches its recorded snapshot, `<screen>.aria.yml` in the build's folder
 * (the project's `toMatchAriaSnapshot.pathTemplate`). When this assertion has just written it
 * (missing, or `--update-snapshots`), the values the screen shows of this run become patterns.
 */
export async function expectScreen(
  region: Locator,
  screen: string,
  shown: readonly Shown[] = [],
): Promise<void> {
  const name = `${screen}.aria.yml`;
  const file = test.info().snapshotPath(name, { kind: 'aria' });
  const before = await writtenAt(file);
  await expect(region, `the « ${screen} » screen as recorded for this build`).toMatchAriaSnapshot({ name });
  // Only a snapshot Playwright has just written (missing, or updated): one recorded and reviewed
  // before, patterns edited by hand included, is left as it is.
  if ((await writtenAt(file)) === before) return;
  const recorded = await readFile(file, 'utf8');
  const kept = keepSessionIds(
    shown.length === 0 ? recorded : keepPatterns(recorded, await region.ariaSnapshot(), shown),
  );
  if (kept !== recorded) {
    await writeFile(file, kept, 'utf8');
    test.info().annotations.push({
      type: 'screen snapshot',
      description: `${name}: this run's values kept as patterns`,
    });
  }
}

/** When the file was last written, or undefined when there is none. */
const writtenAt = (file: string) =>
  stat(file).then(
    (s) => s.mtimeMs,
    () => undefined,
  );

/**
 * A link's URL as a servlet container rewrites it on a session's first page (`;jsessionid=<id>`,
 * a JSF portal's): the session id is this run's, so the snapshot keeps the link's path with the
 * parameter optional (the next pages, the cookie kept, show none).
 */
export function keepSessionIds(yml: string): string {
  return yml.replace(
    /^(\s*- \/url: )([^\s;]*);jsessionid=[^/?#\s]+(\S*)$/gm,
    (_line, lead: string, path: string, rest: string) =>
      `${lead}/${escapeRegExp(path)}(;jsessionid=[^\\/?#]+)?${escapeRegExp(rest)}/`,
  );
}

// In a snapshot's /pattern/, a slash is escaped too.
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The recorded snapshot with each line that shows one of the values written again from the page's
 * line (same tree, line for line), the values as their patterns; the other lines as recorded. A
 * snapshot that does not line up with the page is left as it is.
 */
export function keepPatterns(recorded: string, page: string, shown: readonly Shown[]): string {
  const recordedLines = recorded.split('\n');
  const pageLines = page.split('\n');
  if (recordedLines.length !== pageLines.length) return recorded;
  const longestFirst = [...shown].sort((a, b) => b.text.length - a.text.length);
  return recordedLines
    .map((line, i) => {
      const pageLine = pageLines[i]!;
      return longestFirst.some((v) => pageLine.includes(v.text))
        ? templateLine(pageLine, longestFirst)
        : line;
    })
    .join('\n');
}

/** A text as a snapshot pattern: the values as their patterns, runs of 2+ digits as `\d+`. */
function asPattern(text: string, shown: readonly Shown[]): string {
  let pattern = '';
  let rest = text;
  while (rest) {
    const hits = shown
      .map((v) => ({ v, at: rest.indexOf(v.text) }))
      .filter((h) => h.at >= 0)
      .sort((a, b) => a.at - b.at || b.v.text.length - a.v.text.length);
    const first = hits[0];
    const plain = first ? rest.slice(0, first.at) : rest;
    pattern += escapeRegExp(plain).replace(/\b\d{2,}\b/g, '\\d+');
    if (!first) break;
    pattern += first.v.pattern;
    rest = rest.slice(first.at + first.v.text.length);
  }
  return `/${pattern}/`;
}

/** A YAML scalar as the snapshot writes it: plain, 'single' or "double" quoted. */
function unquote(scalar: string): string {
  if (scalar.startsWith("'")) return scalar.slice(1, -1).replace(/''/g, "'");
  if (scalar.startsWith('"')) return JSON.parse(scalar) as string;
  return scalar;
}

/** A YAML scalar: plain when YAML reads it back as it is, else single-quoted. */
const quote = (text: string) =>
  /^[\s'"&*!|>%@`{[\]},#?-]|: | #|:$|\s$/.test(text) ? `'${text.replace(/'/g, "''")}'` : text;

// role "name" [attributes], as a key of the snapshot's YAML.
const KEY = /^([\w-]+)( "(?:[^"\\]|\\.)*")?((?: \[[^\]]*\])*)$/;

/** One line of the page's snapshot, its name and text turned into patterns where they show a value. */
function templateLine(line: string, shown: readonly Shown[]): string {
  const [, indent = '', item = ''] = /^(\s*- )(.*)$/.exec(line) ?? [];
  let key: string;
  let value: string | undefined;
  let hasChildren = false;
  if (item.startsWith("'")) {
    const end = /^'(?:[^']|'')*'/.exec(item)![0];
    key = unquote(end);
    const after = item.slice(end.length);
    hasChildren = after === ':';
    if (after.startsWith(': ')) value = unquote(after.slice(2));
  } else {
    const colon = item.indexOf(': ');
    if (colon >= 0 && KEY.test(item.slice(0, colon))) {
      key = item.slice(0, colon);
      value = unquote(item.slice(colon + 2));
    } else if (item.endsWith(':')) {
      key = item.slice(0, -1);
      hasChildren = true;
    } else key = item;
  }
  const parts = KEY.exec(key);
  if (!parts) return line;
  const [, role, quotedName, attributes = ''] = parts;
  const name = quotedName ? (JSON.parse(quotedName.slice(1)) as string) : undefined;
  const shows = (text: string | undefined) => text !== undefined && shown.some((v) => text.includes(v.text));
  const newKey = `${role}${name === undefined ? '' : ` ${shows(name) ? asPattern(name, shown) : JSON.stringify(name)}`}${attributes}`;
  const newValue = value === undefined ? undefined : shows(value) ? asPattern(value, shown) : value;
  return `${indent}${quote(newKey)}${newValue !== undefined ? `: ${quote(newValue)}` : hasChildren ? ':' : ''}`;
}
