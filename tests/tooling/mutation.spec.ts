import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { MUTATED_FILES } from '../../scripts/lib/mutation-scope.ts';

/**
 * `npm run mutation` (docs/mutation.md) measures the mock's rules: its scope must follow the mock's
 * domain as it grows, and its settings must keep each mutant live in the mock the browser talks to.
 */
const root = join(import.meta.dirname, '..', '..');
// Types only: nothing in them runs, so Stryker finds nothing to mutate.
const TYPES_ONLY = ['mock-site/domain/store.ts'];

test('Chaque fichier du domaine du mock est muté, et chaque fichier muté existe', () => {
  const domain = readdirSync(join(root, 'mock-site/domain'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `mock-site/domain/${f}`);
  const left = domain.filter((f) => !TYPES_ONLY.includes(f) && !(MUTATED_FILES as string[]).includes(f));
  const missing = MUTATED_FILES.filter((f) => !existsSync(join(root, f)));
  expect({ left, missing }).toEqual({ left: [], missing: [] });
});

test("La configuration de Stryker : le runner de commandes, un mutant à la fois, l'incrémental", () => {
  const config = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(config).toMatchObject({
    testRunner: 'command',
    commandRunner: { command: 'node --import tsx scripts/mutant-run.ts' },
    // Without coverage, every mutant runs; a mutant is only live through the environment variable.
    coverageAnalysis: 'off',
    incremental: true,
    jsonReporter: { fileName: 'bench/mutation.json' },
    tempDirName: '.stryker-tmp',
  });
  // The sandboxes stay out of git, the linters and the formatter.
  expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^\.stryker-tmp\/$/m);
  expect(readFileSync(join(root, '.prettierignore'), 'utf8')).toMatch(/^\.stryker-tmp$/m);
  expect(readFileSync(join(root, 'eslint.config.js'), 'utf8')).toContain("'.stryker-tmp/'");
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { exclude: string[] };
  expect(tsconfig.exclude).toContain('.stryker-tmp');
});

test('Le rapport publié est celui de Stryker, sur les fichiers du périmètre', () => {
  const report = JSON.parse(readFileSync(join(root, 'bench/mutation.json'), 'utf8')) as {
    schemaVersion: string;
    files: Record<string, { mutants: { status: string; statusReason?: string }[] }>;
  };
  expect(report.schemaVersion).toMatch(/^\d/);
  const files = Object.keys(report.files);
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((f) => !(MUTATED_FILES as string[]).includes(f))).toEqual([]);
  const mutants = Object.values(report.files).flatMap((f) => f.mutants);
  // Every mutant of a published report was run, or set aside as equivalent with its reason
  // (`// Stryker disable next-line <mutator>: <why>`); none left pending or stopped by an error.
  const unrun = mutants.filter((m) => !['Killed', 'Survived', 'Timeout', 'Ignored'].includes(m.status));
  const unexplained = mutants.filter((m) => m.status === 'Ignored' && !m.statusReason?.trim());
  expect({ unrun, unexplained }).toEqual({ unrun: [], unexplained: [] });
});
