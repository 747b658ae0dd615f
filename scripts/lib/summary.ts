/**
 * The run's summary by guide entry: how many tests passed, failed or were skipped for each step
 * and error case of the guide, and for each failure the guide step where it failed and its trace.
 *
 * One model, fed either by the live run (the reporter, scripts/lib/summary-reporter.ts) or by a
 * JSON report (scripts/summarize-results.ts, on the shards merged by CI), and one Markdown
 * rendering that reads as plain text in a terminal and as a table in a CI job summary.
 */
import { isAbsolute, relative } from 'node:path';
import type { JSONReport, Suite, TestCase, TestError, TestResult, TestStep } from '@playwright/test/reporter';
import { GUIDE, GUIDE_ANNOTATION, PROCEDURE } from '../../guide/guide.ts';
import { parseEnvInfo, stringifyEnvInfo } from 'allure-js-commons/sdk/reporter';
import type { Mode } from '../../support/target/target.ts';
import { reportedTests } from './report.ts';

export type Outcome = 'passed' | 'failed' | 'skipped';

export interface Failure {
  /** The deepest failing step of the guide (« Étape N – … »): where the test failed. */
  step?: string;
  /** The deepest failing step inside it (or alone, when no guide step failed), if another. */
  detail?: string;
  /** When the failure is outside every step: the last guide step that passed before it. */
  after?: string;
  /** The error's first line. */
  message: string;
  /** The trace of the last attempt that recorded one. */
  trace?: string;
  /** Where the trace is when it is not a file here (shards merged on CI: in the HTML report). */
  traceIn?: string;
  attempts: number;
}

export interface SummaryTest {
  /** Describe titles and the test's, joined with « › ». */
  title: string;
  /** `file:line`, relative to the working directory. */
  location: string;
  project: string;
  outcome: Outcome;
  /** Failed, then passed on retry: counted as passed, listed so it is never hidden. */
  flaky: boolean;
  /** Titles of the guide entries the test declares (`covers(...)`). */
  guide: string[];
  failure?: Failure;
}

/** What the run was against; the same fields as the Allure report's environment block. */
export interface RunInfo {
  portal: string;
  mode: Mode;
  /** The version or build the portal shows, when it shows one. */
  portalVersion?: string;
  browser?: string;
  /** Where CI keeps this run's reports. */
  reportUrl?: string;
}

/** The environment block's labels, as the Allure report shows them. */
const PROPERTY: Record<keyof RunInfo, string> = {
  portal: 'Portail',
  portalVersion: 'Version du portail',
  browser: 'Navigateur',
  mode: 'Mode',
  reportUrl: 'Rapports CI',
};

/** RunInfo as Allure's `environment.properties`, the file its results carry their environment in. */
export function runInfoToProperties(info: RunInfo): string {
  return `${stringifyEnvInfo({
    [PROPERTY.portal]: info.portal,
    [PROPERTY.portalVersion]: info.portalVersion ?? 'non affichée par le portail',
    [PROPERTY.browser]: info.browser ?? 'inconnu',
    [PROPERTY.mode]: info.mode,
    ...(info.reportUrl ? { [PROPERTY.reportUrl]: info.reportUrl } : {}),
  })}\n`;
}

/** Back from `environment.properties`; undefined when it lacks the portal or the mode. */
export function runInfoFromProperties(text: string): RunInfo | undefined {
  const p = parseEnvInfo(text);
  const mode = p[PROPERTY.mode];
  if (!p[PROPERTY.portal] || (mode !== 'mock' && mode !== 'staging' && mode !== 'production'))
    return undefined;
  const version = p[PROPERTY.portalVersion];
  return {
    portal: p[PROPERTY.portal]!,
    mode,
    portalVersion: version && version !== 'non affichée par le portail' ? version : undefined,
    browser: p[PROPERTY.browser] && p[PROPERTY.browser] !== 'inconnu' ? p[PROPERTY.browser] : undefined,
    reportUrl: p[PROPERTY.reportUrl],
  };
}

/** A step as both sources have it: only `test.step`s, with their error. */
interface StepNode {
  title: string;
  error?: TestError;
  steps?: StepNode[];
}

/** A step of the guide: « Étape N – … » and « Après la commande – … », titled from guide/guide.ts. */
const isGuideStep = (title: string) =>
  /^Étape\s/.test(title) || Object.values(GUIDE).some((e) => title.startsWith(e.title));

function firstLine(error: TestError | undefined): string {
  // Playwright's messages carry terminal colours; a summary is read as text.
  const text = (error?.message ?? error?.value ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const line = text.split('\n').find((l) => l.trim() !== '') ?? 'échec sans message';
  return line.trim().length > 200 ? `${line.trim().slice(0, 199)}…` : line.trim();
}

/** Where, among the steps of one attempt, it failed. */
function whereItFailed(steps: StepNode[]): Pick<Failure, 'step' | 'detail' | 'after'> {
  let step: string | undefined;
  let deepest: string | undefined;
  let lastPassed: string | undefined;
  // Depth first, in the order they ran: down the failing step, past the ones that passed.
  const walk = (list: StepNode[]): boolean => {
    for (const s of list) {
      if (s.error) {
        deepest = s.title;
        if (isGuideStep(s.title)) step = s.title;
        walk(s.steps ?? []);
        return true;
      }
      if (isGuideStep(s.title)) lastPassed = s.title;
      if (walk(s.steps ?? [])) return true;
    }
    return false;
  };
  if (!walk(steps)) return { after: lastPassed };
  return { step, detail: deepest !== step ? deepest : undefined };
}

function failureOf(
  results: { error?: TestError; errors: TestError[]; steps: StepNode[]; trace?: string }[],
): Failure {
  const last = results.at(-1);
  return {
    ...whereItFailed(last?.steps ?? []),
    message: firstLine(last?.error ?? last?.errors[0]),
    trace: [...results].reverse().find((r) => r.trace)?.trace,
    attempts: results.length,
  };
}

function guideTitles(annotations: { type: string; description?: string }[]): string[] {
  const titles = annotations.filter((a) => a.type === GUIDE_ANNOTATION && a.description);
  return [...new Set(titles.map((a) => a.description!))];
}

const outcomeOf = (status: string): Outcome =>
  status === 'unexpected' ? 'failed' : status === 'skipped' ? 'skipped' : 'passed';

const here = (path: string) => (isAbsolute(path) ? relative(process.cwd(), path) : path);

/** The trace an attempt recorded (`trace: 'on-first-retry'`: the retry's), as a path from here. */
function traceOf(attachments: { name: string; path?: string }[]): string | undefined {
  const path = attachments.find((a) => a.name === 'trace' && a.path)?.path;
  return path && here(path);
}

/** The tests of a live run, from the reporter's root suite. */
export function testsFromSuite(root: Suite): SummaryTest[] {
  const toNode = (s: TestStep): StepNode | undefined =>
    s.category === 'test.step'
      ? { title: s.title, error: s.error, steps: s.steps.map(toNode).filter((n) => n !== undefined) }
      : undefined;
  const attempt = (r: TestResult) => ({
    error: r.error,
    errors: r.errors,
    steps: r.steps.map(toNode).filter((n) => n !== undefined),
    trace: traceOf(r.attachments),
  });
  return root.allTests().map((t: TestCase) => {
    const status = t.outcome();
    const outcome = outcomeOf(status);
    return {
      // [root, project, file, ...describes, test]
      title: t.titlePath().slice(3).join(' › '),
      location: `${here(t.location.file)}:${t.location.line}`,
      project: t.parent.project()?.name ?? '',
      outcome,
      flaky: status === 'flaky',
      guide: guideTitles([...t.annotations, ...(t.results.at(-1)?.annotations ?? [])]),
      failure: outcome === 'failed' ? failureOf(t.results.map(attempt)) : undefined,
    };
  });
}

/** The tests of a JSON report (Playwright's `json` reporter, or `merge-reports --reporter=json`). */
export function testsFromReport(report: Pick<JSONReport, 'suites'>): SummaryTest[] {
  return reportedTests(report).map((t) => {
    const outcome = outcomeOf(t.status);
    return {
      title: t.title,
      location: `${here(t.file)}:${t.line}`,
      project: t.projectName,
      outcome,
      flaky: t.status === 'flaky',
      guide: guideTitles([...t.annotations, ...(t.results.at(-1)?.annotations ?? [])]),
      failure:
        outcome === 'failed'
          ? failureOf(
              t.results.map((r) => ({
                error: r.error,
                errors: r.errors,
                steps: r.steps ?? [],
                trace: traceOf(r.attachments),
              })),
            )
          : undefined,
    };
  });
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
}

export interface GuideTable {
  parts: { title: string; counts: Counts; entries: { title: string; counts: Counts }[] }[];
  /** Tests that declare no guide entry: the mock's HTTP tests, the tooling tests. */
  outside: Counts;
  /** Every test once. */
  total: Counts;
}

export function count(tests: SummaryTest[]): Counts {
  const c: Counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  for (const t of tests) {
    c[t.outcome]++;
    if (t.flaky) c.flaky++;
  }
  return c;
}

/** Counts by guide part and entry, in the guide's order; a test covering two entries counts in each. */
export function guideTable(tests: SummaryTest[]): GuideTable {
  const parts: GuideTable['parts'] = [];
  for (const entry of Object.values(GUIDE)) {
    let part = parts.find((p) => p.title === entry.feature);
    if (!part) {
      const inPart = new Set<string>(
        Object.values(GUIDE)
          .filter((e) => e.feature === entry.feature)
          .map((e) => e.title),
      );
      part = {
        title: entry.feature,
        counts: count(tests.filter((t) => t.guide.some((g) => inPart.has(g)))),
        entries: [],
      };
      parts.push(part);
    }
    const title: string = entry.title;
    part.entries.push({ title, counts: count(tests.filter((t) => t.guide.includes(title))) });
  }
  return { parts, outside: count(tests.filter((t) => t.guide.length === 0)), total: count(tests) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** « 83 réussis (dont 1 instable), 1 échoué, 0 ignoré ». */
export function countsText(c: Counts): string {
  const flaky = c.flaky ? ` (dont ${plural(c.flaky, 'instable', 'instables')})` : '';
  return `${plural(c.passed, 'réussi', 'réussis')}${flaky}, ${plural(c.failed, 'échoué', 'échoués')}, ${plural(c.skipped, 'ignoré', 'ignorés')}`;
}

export function runInfoText(info: RunInfo): string {
  const mode = { mock: 'mock (portail simulé fourni)', staging: 'staging', production: 'production' }[
    info.mode
  ];
  return [
    `Portail : ${info.portal}`,
    `mode : ${mode}`,
    `version du portail : ${info.portalVersion ?? 'non affichée par le portail'}`,
    `navigateur : ${info.browser ?? 'inconnu'}`,
  ].join(' · ');
}

/** Where the failure is, in the guide's words: « Étape 7 : … › sub-step ». */
export function failedAt(f: Failure): string {
  if (f.step) return f.detail ? `${f.step} › ${f.detail}` : f.step;
  if (f.detail) return `${f.detail} (hors des étapes numérotées)`;
  if (f.after) return `après ${f.after}, hors de toute étape`;
  return 'avant la première étape du guide';
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The summary as Markdown that also reads as plain text. */
export function renderSummary(tests: SummaryTest[], info: RunInfo): string {
  const t = guideTable(tests);
  const nums = (c: Counts) => [String(c.passed), String(c.failed), String(c.skipped)];
  // An entry no test of this run covers shows dashes: not run, which is not the same as passed.
  const ran = (c: Counts) => (c.passed + c.failed + c.skipped === 0 ? ['—', '—', '—'] : nums(c));
  const rows: string[][] = [];
  for (const part of t.parts) {
    rows.push([`**${cell(part.title)}**`, ...ran(part.counts)]);
    for (const e of part.entries) rows.push([cell(e.title), ...ran(e.counts)]);
  }
  rows.push(['**Tests sans entrée du guide** (portail simulé, outils)', ...nums(t.outside)]);
  rows.push(['**Total** (chaque test compté une fois)', ...nums(t.total)]);

  const out = [
    `## ${PROCEDURE} — résultats par entrée du guide`,
    '',
    runInfoText(info),
    '',
    `${plural(tests.length, 'test', 'tests')} : ${countsText(t.total)}.` +
      (info.reportUrl ? ` Rapports : ${info.reportUrl}` : ''),
    '',
    table(['Entrée du guide', 'réussis', 'échoués', 'ignorés'], rows, [false, true, true, true]),
  ];

  const failed = tests.filter((x) => x.outcome === 'failed');
  if (failed.length) {
    out.push('', `### Échecs (${failed.length})`, '');
    failed.forEach((x, i) => {
      const f = x.failure!;
      const trace = f.trace
        ? `\`${f.trace}\``
        : (f.traceIn ??
          `aucune (${plural(f.attempts, 'essai', 'essais')} ; --trace=on pour en enregistrer une)`);
      out.push(
        `${i + 1}. ${x.guide.length ? x.guide.map(cell).join(' ; ') : 'hors guide'} — \`${x.location}\` ${x.title}`,
        `   - en échec à : ${failedAt(f)}`,
        `   - erreur : ${f.message}`,
        `   - trace : ${trace}`,
      );
    });
    out.push(
      '',
      'Une trace s’ouvre avec `npx playwright show-trace <fichier>` ; captures et traces de tous les échecs : ' +
        '`npx playwright show-report`.',
    );
  }
  const flaky = tests.filter((x) => x.flaky);
  if (flaky.length) {
    out.push('', `### Instables : échec, puis réussite au nouvel essai (${flaky.length})`, '');
    for (const x of flaky) out.push(`- \`${x.location}\` ${x.title}`);
  }
  return out.join('\n');
}
