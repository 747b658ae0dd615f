import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PORTAL_RULES } from '../../mock-site/domain/portal-rules.ts';
import { BEHAVIOUR } from '../../mock-site/http/behaviour.ts';
import {
  activeDefects,
  DEFECTS,
  OVERRIDES,
  withDefects,
  type DefectName,
} from '../../mock-site/test-mode/defects/index.ts';

/**
 * The named defects of the mock (`MOCK_DEFECTS`, mock-site/test-mode/defects/) that `npm run defects`
 * switches on one by one: each listed defect replaces a rule or a part of the behaviour handed to
 * `buildApp`, from test-mode/defects/ alone (the portal's code names no defect), and defects only exist in
 * test mode. Reads the sources and builds the overrides; starts nothing.
 */

const MOCK = 'mock-site';
const names = Object.keys(DEFECTS) as DefectName[];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['tests', 'dist'].includes(e.name) ? [] : sources(path);
    return /\.(ts|tsx|js)$/.test(e.name) ? [path] : [];
  });
}

/** Where the mock's code, outside test-mode/defects/, names a defect or switches one. */
function defectMentions(): string[] {
  const found: string[] = [];
  for (const file of sources(MOCK)) {
    if (file.startsWith(join(MOCK, 'test-mode', 'defects'))) continue;
    const text = readFileSync(file, 'utf8');
    for (const name of names) if (text.includes(name)) found.push(`${file}: ${name}`);
    if (/\b(?:isOn|defect)\(|data-defects/.test(text)) found.push(`${file}: a defect switch`);
    // Only the entry point reads the defects, to hand their overrides to buildApp.
    if (/from '[^']*\/defects\/index\.ts'/.test(text) && file !== join(MOCK, 'http', 'server.ts')) {
      found.push(`${file}: imports test-mode/defects/`);
    }
  }
  return found;
}

/** The members of the rules and of the behaviour this defect replaces. */
function replacedBy(name: DefectName): string[] {
  const { rules, behaviour } = withDefects([name]);
  const rulesKeys = Object.keys(PORTAL_RULES) as (keyof typeof PORTAL_RULES)[];
  const behaviourKeys = Object.keys(BEHAVIOUR) as (keyof typeof BEHAVIOUR)[];
  return [
    ...rulesKeys.filter((k) => rules[k] !== PORTAL_RULES[k]),
    ...behaviourKeys.filter((k) => behaviour[k] !== BEHAVIOUR[k]),
  ];
}

test('Every named defect has a kebab-case name, a description and at least 20 of them exist', () => {
  expect(names.length).toBeGreaterThanOrEqual(20);
  for (const [name, description] of Object.entries(DEFECTS)) {
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(description.length, name).toBeGreaterThan(10);
  }
});

test('Every named defect has an override that replaces a rule or a behaviour, and every override is a listed defect', () => {
  expect(Object.keys(OVERRIDES).sort()).toEqual([...names].sort());
  const none = withDefects([]);
  expect(none.rules).toBe(PORTAL_RULES);
  expect(none.behaviour).toBe(BEHAVIOUR);
  for (const name of names) expect(replacedBy(name).length, `${name} replaces nothing`).toBeGreaterThan(0);
  // Several at once combine: each keeps what the others replaced.
  const both = withDefects(['wrong-price-rgs3-2-years', 'cgu-wrong-authority', 'server-accepts-any-price']);
  expect(both.rules.prices.rgs3[2]).toBe(290);
  expect(both.rules.authorities.rgs3).toBe(PORTAL_RULES.authorities.rgs2);
  expect(both.behaviour.orderChecks.priceAccepted(1, 250)).toBe(true);
  expect(both.behaviour.orderChecks.cguAccepted('')).toBe(false);
});

test('No defect is named outside test-mode/defects/: the portal’s code has no defect branch', () => {
  expect(defectMentions()).toEqual([]);
});

test('Defects are only honoured in test mode, and an unknown name is refused by name', () => {
  expect(activeDefects({ MOCK_DEFECTS: 'commander-never-greyed' })).toEqual([]);
  expect(
    activeDefects({ MOCK_TEST_TOKEN: 't', MOCK_DEFECTS: ' commander-never-greyed , pdf-wrong-holder ' }),
  ).toEqual(['commander-never-greyed', 'pdf-wrong-holder']);
  expect(() => activeDefects({ MOCK_TEST_TOKEN: 't', MOCK_DEFECTS: 'commander-never-greyd' })).toThrow(
    /unknown defect\(s\) commander-never-greyd/,
  );
});
