import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The suite's shape, kept as the README describes it: small fixture files composed by one entry
 * module, page objects that do not reach into the runner's fixtures, step titles from the guide.
 */
const root = join(import.meta.dirname, '..', '..');
const filesIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }));

test('Every fixture and rule file stays under 150 lines', () => {
  const long = [...filesIn('fixtures'), ...filesIn('guide/rules')]
    .map((f) => ({ name: f.name, lines: f.text.split('\n').length - 1 }))
    .filter((f) => f.lines > 150);
  expect(long, 'split the fixture files that grew past 150 lines').toEqual([]);
});

/** Every file of the suite's own code, recursively (mock-site, node_modules and reports aside). */
const suiteFiles = (dir: string): { name: string; text: string }[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? suiteFiles(`${dir}/${e.name}`)
      : e.name.endsWith('.ts')
        ? [{ name: `${dir}/${e.name}`, text: readFileSync(join(root, dir, e.name), 'utf8') }]
        : [],
  );
// test.extend, base.extend, and the extend of a mergeTests of several fixture files.
const definesFixtures = (text: string) =>
  /(\b(test|base|internal|\w+Test)|\bmergeTests\([^)]*\))\.extend[<(]/.test(text);

test('Every test.extend lives in fixtures/, and fixtures/ holds nothing else', () => {
  const elsewhere = ['pages', 'support', 'guide', 'tests', 'scripts', 'bench']
    .flatMap(suiteFiles)
    .filter((f) => definesFixtures(f.text))
    .map((f) => f.name);
  expect(elsewhere, 'move these test.extend files to fixtures/').toEqual([]);
  const notFixtures = filesIn('fixtures')
    .filter((f) => f.name !== 'fixtures/index.ts' && !definesFixtures(f.text))
    .map((f) => f.name);
  expect(notFixtures, 'only test.extend files belong in fixtures/ (the rest: support/, guide/)').toEqual([]);
});

test('fixtures/index.ts only composes the fixtures of the other files', () => {
  const index = readFileSync(join(root, 'fixtures/index.ts'), 'utf8');
  expect(index).toContain('mergeTests(');
  expect(index, 'fixtures are defined in their own file, not in index.ts').not.toMatch(/\.extend[<(]/);
});

test('Page objects import nothing from fixtures/ (the guide and support are neutral)', () => {
  const imports = filesIn('pages').flatMap((f) =>
    [...f.text.matchAll(/from '(\.\.\/fixtures\/[^']+)'/g)].map((m) => `${f.name}: ${m[1]}`),
  );
  expect(imports).toEqual([]);
});

test('Page objects title no guide step by hand: guideStep() takes it from guide/guide.ts', () => {
  const typed = filesIn('pages')
    .filter((f) => f.name !== 'pages/step.ts')
    .flatMap((f) => f.text.split('\n').map((line, i) => ({ where: `${f.name}:${i + 1}`, line })))
    .filter(({ line }) => /['"`]Étape\s/.test(line))
    .map(({ where }) => where);
  expect(typed).toEqual([]);
});
