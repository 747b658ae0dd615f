/**
 * `npm run coverage`: the traceability matrix, guide step or error case → tests, built
 * from the suite's own listing (`playwright test --list --reporter=json`), never from a
 * hand-kept table. Exits 1 when a step or error case of the guide has no test, when a
 * test declares no guide entry, or when a test names an entry the guide list lacks. Then the
 * rule inventory (guide/rules.ts): each rule → its tests (on each of its sides) and the named
 * defects that break it; exits 1 on a rule or side with no test, a rule with no defect, a defect
 * that names no rule, or a rule a test names that the inventory lacks.
 */
import { GUIDE, type GuideId } from '../guide/guide.ts';
import { RULE_INVENTORY, ruleCheckLabel, type Rule, type RuleId } from '../guide/rules.ts';
import { DEFECTS } from '../mock-site/test-mode/defects/index.ts';
import { listTests, type Listed } from './lib/listing.ts';

const PROJECT = process.env.COVERAGE_PROJECT ?? 'chromium';

const tests = listTests(PROJECT);
const byTitle = new Map<string, Listed[]>();
for (const t of tests) for (const c of t.covers) byTitle.set(c, [...(byTitle.get(c) ?? []), t]);

const known = new Set<string>(Object.values(GUIDE).map((e) => e.title));
const uncovered: string[] = [];
let feature = '';
const lines: string[] = [`Guide → tests (${tests.length} tests in project « ${PROJECT} »)`, ''];
for (const id of Object.keys(GUIDE) as GuideId[]) {
  const entry = GUIDE[id];
  if (entry.feature !== feature) {
    feature = entry.feature;
    lines.push(`■ ${feature}`);
  }
  const covering = byTitle.get(entry.title) ?? [];
  if (covering.length === 0) uncovered.push(entry.title);
  lines.push(`  ${covering.length === 0 ? '✗' : '✓'} ${entry.title}  [${covering.length}]`);
  for (const t of covering) lines.push(`      - ${t.title}  (${t.where})`);
}
console.log(lines.join('\n'));

// The rule inventory: each rule (each of its sides) → tests, and the defects that break it.
const byCheck = new Map<string, Listed[]>();
for (const t of tests) for (const c of t.checks) byCheck.set(c, [...(byCheck.get(c) ?? []), t]);
const ruleLines: string[] = [
  '',
  `Rules → tests and defects (${Object.keys(RULE_INVENTORY).length} rules)`,
  '',
];
const ruleProblems: string[] = [];
const knownChecks = new Set<string>();
const defectsOfRules = new Set<string>();
for (const id of Object.keys(RULE_INVENTORY) as RuleId[]) {
  const r: Rule = RULE_INVENTORY[id];
  const sides = r.sides ? r.sides.map((side) => ruleCheckLabel({ rule: id, side })) : [id];
  const missing = sides.filter((label) => (byCheck.get(label) ?? []).length === 0);
  ruleLines.push(`  ${missing.length || r.defects.length === 0 ? '✗' : '✓'} ${id} [${r.source}]: ${r.says}`);
  for (const label of sides) {
    knownChecks.add(label);
    const covering = byCheck.get(label) ?? [];
    if (covering.length === 0) ruleProblems.push(`No test checks rule ${label}`);
    for (const t of covering)
      ruleLines.push(`      ${r.sides ? `${label.slice(id.length + 1)} ` : ''}- ${t.title}  (${t.where})`);
  }
  ruleLines.push(`      defects: ${r.defects.join(', ') || 'none'}`);
  if (r.defects.length === 0)
    ruleProblems.push(`No named defect breaks rule ${id} (mock-site/test-mode/defects/)`);
  for (const d of r.defects) {
    defectsOfRules.add(d);
    if (!(d in DEFECTS)) ruleProblems.push(`Rule ${id} names a defect the mock lacks: ${d}`);
  }
}
console.log(ruleLines.join('\n'));
for (const label of byCheck.keys())
  if (!knownChecks.has(label)) ruleProblems.push(`Tests check a rule the inventory lacks: ${label}`);
// A defect that no rule names proves nothing the inventory can show.
for (const d of Object.keys(DEFECTS).filter((name) => !defectsOfRules.has(name)))
  ruleProblems.push(`Defect ${d} breaks no rule of the inventory (guide/rules/)`);

const undeclared = tests.filter((t) => t.covers.length === 0);
const strangers = [...byTitle.keys()].filter((title) => !known.has(title));
const problems = [
  ...uncovered.map((title) => `No test covers: ${title}`),
  ...undeclared.map((t) => `Test declares no guide entry: ${t.title} (${t.where})`),
  ...strangers.map((title) => `Tests name an entry the guide list lacks: ${title}`),
  ...ruleProblems,
];
console.log('');
if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `Every step and error case of the guide has a test (${Object.keys(GUIDE).length} entries), every rule too (${Object.keys(RULE_INVENTORY).length} rules).`,
);
