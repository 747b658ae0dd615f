/**
 * The deployed check's closing table: each guide entry (guide/guide.ts) against each
 * configuration, with how many of the tests covering it passed, failed or were skipped.
 */
import { GUIDE } from '../../guide/guide.ts';
import type { JSONReport } from './report.ts';
import { guideTable as countByGuide, testsFromReport, type Counts } from './summary.ts';

export type Tally = Counts;

/** Passed, failed and skipped tests per guide entry title, of one project of a run (the summary's counts). */
export function tallyByEntry(report: Pick<JSONReport, 'suites'>, project: string): Map<string, Tally> {
  const table = countByGuide(testsFromReport(report).filter((t) => t.project === project));
  return new Map(table.parts.flatMap((p) => p.entries.map((e) => [e.title, e.counts] as const)));
}

/** The guide entries with no passing test in that run. */
export function entriesWithoutPass(tally: Map<string, Tally>): string[] {
  return [...tally].filter(([, t]) => t.passed === 0).map(([title]) => title);
}

/** The table, one line per guide entry, « passed/failed/skipped » per column. */
export function guideTable(columns: [string, Map<string, Tally>][]): string {
  const width = 58;
  const cell = 18;
  const cut = (s: string) => (s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width));
  const head = `${'Guide entry'.padEnd(width)} ${columns.map(([name]) => name.padEnd(cell)).join(' ')}`;
  const lines = Object.values(GUIDE).map(({ title }) => {
    const cells = columns.map(([, tally]) => {
      const t = tally.get(title)!;
      return `${t.passed} ✓ ${t.failed} ✗ ${t.skipped} –`.padEnd(cell);
    });
    return `${cut(title)} ${cells.join(' ')}`;
  });
  const totals = columns.map(([, tally]) => {
    const n = Object.keys(GUIDE).length;
    return `${n - entriesWithoutPass(tally).length}/${n} entries ✓`.padEnd(cell);
  });
  return [
    head,
    '-'.repeat(head.length),
    ...lines,
    '-'.repeat(head.length),
    `${'(passed ✓ failed ✗ skipped –)'.padEnd(width)} ${totals.join(' ')}`,
  ].join('\n');
}
