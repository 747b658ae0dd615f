import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { activeDefects, DEFECTS } from '../../mock-site/defects.ts';

/**
 * The named defects of the mock (`MOCK_DEFECTS`, mock-site/defects.ts) that `npm run defects`
 * switches on one by one: each listed defect has a branch in the mock's code, every branch names
 * a listed defect, and defects only exist in test mode. Reads the sources; starts nothing.
 */

const MOCK = 'mock-site';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'tests' ? [] : sources(path);
    return /\.(ts|tsx|js)$/.test(e.name) && e.name !== 'defects.ts' ? [path] : [];
  });
}

/** Defect names used by branches: `isOn('…')` in the server, `defect('…')` in the page's script. */
function branches(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sources(MOCK)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:isOn|defect)\('([^']+)'\)/g)) {
      used.set(m[1]!, [...(used.get(m[1]!) ?? []), file]);
    }
  }
  return used;
}

test('Every named defect has a kebab-case name, a description and at least 20 of them exist', () => {
  const names = Object.keys(DEFECTS);
  expect(names.length).toBeGreaterThanOrEqual(20);
  for (const [name, description] of Object.entries(DEFECTS)) {
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(description.length, name).toBeGreaterThan(10);
  }
});

test('Every named defect is a branch in the mock’s code, and every branch names a listed defect', () => {
  const used = branches();
  const unused = Object.keys(DEFECTS).filter((name) => !used.has(name));
  const unlisted = [...used.keys()].filter((name) => !(name in DEFECTS));
  expect(unused, 'listed in DEFECTS but switched on nowhere').toEqual([]);
  expect(unlisted, 'branches naming no listed defect').toEqual([]);
});

test('Defects are only honoured in test mode, and an unknown name is refused by name', () => {
  expect([...activeDefects({ MOCK_DEFECTS: 'commander-never-greyed' })]).toEqual([]);
  expect([
    ...activeDefects({ MOCK_TEST_TOKEN: 't', MOCK_DEFECTS: ' commander-never-greyed , pdf-wrong-holder ' }),
  ]).toEqual(['commander-never-greyed', 'pdf-wrong-holder']);
  expect(() => activeDefects({ MOCK_TEST_TOKEN: 't', MOCK_DEFECTS: 'commander-never-greyd' })).toThrow(
    /unknown defect\(s\) commander-never-greyd/,
  );
});
