import { PORTAL_RULES } from '../../domain/portal-rules.ts';
import { BEHAVIOUR } from '../../http/behaviour.ts';
import { ACCOUNT_DEFECTS } from './accounts.ts';
import { AFTER_ORDER_DEFECTS } from './after-order.ts';
import { MESSAGE_DEFECTS } from './messages.ts';
import { ORDER_DEFECTS } from './orders.ts';
import type { Defect, Override, Parts } from './overrides.ts';
import { SIGNUP_AND_USER_DEFECTS } from './signup-and-users.ts';

export type { Override, Parts } from './overrides.ts';

/**
 * Named, plausible regressions the mock can be started with (`MOCK_DEFECTS=a,b`), so the suite can
 * prove it catches them (`npm run defects`). Only honoured in test mode (`MOCK_TEST_TOKEN` set).
 * A defect is not a branch in the portal's code: it replaces one of the portal's rules
 * (`PortalRules`, domain/portal-rules.ts) or a part of its behaviour (`Behaviour`,
 * http/behaviour.ts), and http/server.ts hands the result to `buildApp`, as it does the faults. The
 * order page's script follows what it is told in its `data-rules`, so a page defect replaces what
 * the page is told (`orderPage`), the server's own checks unchanged.
 *
 * Each defect is one entry, its summary beside its override, in the file of its part of the
 * procedure (the groups of the rule inventory, guide/rules/*.ts). To add one: an entry in its
 * group's file, then `npm run defects -- --only <name>` until the suite catches it.
 */
const GROUPS = [
  ACCOUNT_DEFECTS,
  SIGNUP_AND_USER_DEFECTS,
  ORDER_DEFECTS,
  AFTER_ORDER_DEFECTS,
  MESSAGE_DEFECTS,
];

const ALL = {
  ...ACCOUNT_DEFECTS,
  ...SIGNUP_AND_USER_DEFECTS,
  ...ORDER_DEFECTS,
  ...AFTER_ORDER_DEFECTS,
  ...MESSAGE_DEFECTS,
} satisfies Record<string, Defect>;

export type DefectName = keyof typeof ALL;

/** A name in two groups would silently keep only one of them: refused when the module loads. */
const twice = GROUPS.flatMap((g, i) => Object.keys(g).filter((n) => GROUPS.slice(i + 1).some((h) => n in h)));
if (twice.length) throw new Error(`defects named in two groups: ${twice.join(', ')}`);

const entries = Object.entries(ALL) as [DefectName, Defect][];

/** Each defect's name → what it breaks. */
export const DEFECTS = Object.fromEntries(entries.map(([name, d]) => [name, d.summary])) as Record<
  DefectName,
  string
>;

/** Each defect's override: what it replaces, and with what. */
export const OVERRIDES = Object.fromEntries(entries.map(([name, d]) => [name, d.override])) as Record<
  DefectName,
  Override
>;

/** The defects this process was started with; an unknown name stops the mock with its name. */
export function activeDefects(env: NodeJS.ProcessEnv): DefectName[] {
  if (!env.MOCK_TEST_TOKEN?.trim()) return [];
  const names = (env.MOCK_DEFECTS ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in DEFECTS));
  if (unknown.length) {
    throw new Error(
      `MOCK_DEFECTS: unknown defect(s) ${unknown.join(', ')}; known: ${Object.keys(DEFECTS).join(', ')}`,
    );
  }
  return [...new Set(names as DefectName[])];
}

/** The real rules and behaviour with these defects' overrides applied, in order. */
export function withDefects(names: readonly DefectName[]): Parts {
  let parts: Parts = { rules: PORTAL_RULES, behaviour: BEHAVIOUR };
  for (const name of names) {
    const o = OVERRIDES[name];
    parts = {
      rules: o.rules ? { ...parts.rules, ...o.rules(parts.rules) } : parts.rules,
      behaviour: o.behaviour ? { ...parts.behaviour, ...o.behaviour(parts.behaviour) } : parts.behaviour,
    };
  }
  return parts;
}
