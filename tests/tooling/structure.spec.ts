import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/**
 * The mock's layers (mock-site/README.md, « How the mock is organised »): no import circle
 * anywhere, and the domain (the rules) on its own, below the web plumbing and the views.
 */
const MOCK = 'mock-site';

/** Every .ts/.tsx file under mock-site/, by its path from the project root. */
function mockSources(dir = MOCK): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return ['dist', 'node_modules'].includes(e.name) ? [] : mockSources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** What a file imports: `import … from`, `export … from`, `import '…'` and `import('…')`. */
function importsOf(text: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1] ?? ''));
}

/** A relative import as a path from the project root (`mock-site/http/app.ts`). */
function resolved(from: string, specifier: string): string {
  return join(from, '..', specifier).split('\\').join('/');
}

/** The mock's files and the files each one imports (relative imports only). */
function importGraph(): Map<string, string[]> {
  return new Map(
    mockSources().map((file) => [
      file,
      [
        ...new Set(
          importsOf(readFileSync(join(root, file), 'utf8'))
            .filter((s) => s.startsWith('.'))
            .map((s) => resolved(file, s)),
        ),
      ],
    ]),
  );
}

/** Every import circle, each written `a.ts → b.ts → a.ts` (depth first; one per closing edge). */
function importCircles(graph: Map<string, string[]>): string[] {
  const circles: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      circles.push([...path.slice(at), file].map((f) => f.slice(MOCK.length + 1)).join(' → '));
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return circles;
}

test('No import circle anywhere in mock-site/', () => {
  const graph = importGraph();
  expect(graph.size, 'the mock’s sources were found').toBeGreaterThan(20);
  expect(importCircles(graph), 'break the circle: move what both sides need one layer down').toEqual([]);
});

/** The imports of mock-site/domain/ that leave it (node: built-ins aside). */
function domainEscapes(): string[] {
  return mockSources(`${MOCK}/domain`).flatMap((file) =>
    importsOf(readFileSync(join(root, file), 'utf8'))
      .filter((s) => !s.startsWith('node:'))
      .filter((s) => !s.startsWith('.') || !resolved(file, s).startsWith(`${MOCK}/domain/`))
      .map((s) => `${file}: ${s}`),
  );
}

test('mock-site/domain/ imports only itself: no hono, no http/, no views/', () => {
  expect(existsSync(join(root, MOCK, 'domain')), 'the rules live in mock-site/domain/').toBe(true);
  expect(domainEscapes(), 'the rules stay pure: the web plumbing and the views import them').toEqual([]);
});

/** The relative imports of these folders of mock-site/ that reach into the app (http/) or test mode. */
function importsOfTheApp(dirs: readonly string[]): string[] {
  const app = [`${MOCK}/http/`, `${MOCK}/test-mode/`];
  return dirs.flatMap((dir) =>
    mockSources(`${MOCK}/${dir}`).flatMap((file) =>
      importsOf(readFileSync(join(root, file), 'utf8'))
        .filter((s) => s.startsWith('.') && app.some((a) => resolved(file, s).startsWith(a)))
        .map((s) => `${file}: ${s}`),
    ),
  );
}

test('mock-site/builds/, mail/ and views/ import nothing from http/ or test-mode/: the app is built on them', () => {
  expect(importsOfTheApp(['builds', 'mail', 'views'])).toEqual([]);
});
