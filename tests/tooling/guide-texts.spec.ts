import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Every text the guide quotes is located exactly (pages/guide-text.ts): the whole text, with its
 * case and accents. A locator in pages/ or tests/ given a guide text without `guideName(…)`,
 * `EXACT` or `exact: true`, or a case-insensitive pattern of a guide text, fails here.
 */
const root = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(root, '..', 'shared', 'guide', 'commander-pack-id-rgs.txt'), 'utf8');
const inGuide = (text: string) => text.trim().length > 2 && guide.includes(text.trim());
const inGuideAnyCase = (text: string) => text.length > 4 && guide.toLowerCase().includes(text.toLowerCase());

const sources = ['pages', 'tests']
  .flatMap((dir) => readdirSync(join(root, dir)).map((f) => `${dir}/${f}`))
  .filter((f) => f.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(root, name), 'utf8') }));

/** A regular expression literal in a call's arguments: its source and flags. */
const REGEX = /\/((?:[^/\\\n]|\\.)+)\/([a-z]*)/g;

/** Each `getByRole(…)`, `getByText(…)`, `getByLabel(…)` call's arguments, with its line. */
function locatorCalls(text: string): { line: number; args: string }[] {
  const calls: { line: number; args: string }[] = [];
  for (const m of text.matchAll(/getBy(Role|Text|Label)\(/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    while (i < text.length && depth > 0) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
      i++;
    }
    const args = text.slice(m.index + m[0].length, i - 1);
    // A role (« link », « radio ») is no text of the page.
    const texts = m[1] === 'Role' ? args.replace(/^\s*'[^']*'\s*,?/, '') : args;
    calls.push({ line: text.slice(0, m.index).split('\n').length, args: texts });
  }
  return calls;
}

/** The string literals of a call's arguments (its regular expressions left out). */
const literals = (args: string) =>
  [...args.replace(REGEX, '').matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );

/** The guide texts a locator call finds loosely, as `file:line « text »`. */
function looseGuideTexts(files: { name: string; text: string }[]): string[] {
  const loose: string[] = [];
  for (const { name, text } of files)
    for (const { line, args } of locatorCalls(text)) {
      const exact = /guideName\(|\bEXACT\b|exact: true/.test(args);
      for (const literal of literals(args).filter(inGuide))
        if (!exact) loose.push(`${name}:${line} « ${literal} »`);
      for (const m of args.matchAll(REGEX)) {
        const words = m[1]!.replace(/^\^|\$$/g, '').replace(/\\s[*+?]?/g, ' ');
        if (m[2]!.includes('i') && inGuideAnyCase(words)) loose.push(`${name}:${line} /${m[1]}/${m[2]}`);
      }
    }
  return loose;
}

test('Les textes du guide sont cherchés tels quels : le texte entier, sa casse et ses accents', () => {
  expect(looseGuideTexts(sources), 'locate these with guideName(…) or EXACT (pages/guide-text.ts)').toEqual(
    [],
  );
});

test('Le contrôle voit un texte du guide cherché en partie, ou sans sa casse', () => {
  const loose = looseGuideTexts([
    {
      name: 'pages/example.ts',
      text: [
        "page.getByRole('link', { name: 'Nouvelle commande' });",
        'page.getByText(/^identifiant ou mot de passe incorrect$/i);',
        "page.getByRole('link', guideName('Nouvelle commande'));",
        "page.getByText('Identifiant ou mot de passe incorrect', EXACT);",
      ].join('\n'),
    },
  ]);
  expect(loose).toEqual([
    'pages/example.ts:1 « Nouvelle commande »',
    'pages/example.ts:2 /^identifiant ou mot de passe incorrect$/i',
  ]);
});
