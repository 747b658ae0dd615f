/** Reads a Playwright JSON report and flattens it into one record per test and project (the scripts' common reader). */
import { readFileSync } from 'node:fs';
import type { JSONReport, JSONReportSuite, JSONReportTest } from '@playwright/test/reporter';

export type { JSONReport };

/** One test of one project as a Playwright JSON report holds it, with where it sits. */
export interface ReportedTest extends JSONReportTest {
  /** The describe titles, then the test's own (the file left out). */
  titlePath: string[];
  /** `titlePath` joined with « › ». */
  title: string;
  file: string;
  line: number;
  tags: string[];
}

/** A JSON report written by Playwright's `json` reporter. Throws when the file is missing or cut short. */
export function readReport(path: string): JSONReport {
  return JSON.parse(readFileSync(path, 'utf8')) as JSONReport;
}

/** Every test of the report, of one project or of all; a report of `--list` has them too. */
export function reportedTests(report: Pick<JSONReport, 'suites'>, project?: string): ReportedTest[] {
  const tests: ReportedTest[] = [];
  const walk = (suite: JSONReportSuite, path: string[]) => {
    // `specs` is absent from suites that only hold describes in some Playwright versions.
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests) {
        if (project && t.projectName !== project) continue;
        const titlePath = [...path, spec.title];
        tests.push({
          ...t,
          titlePath,
          title: titlePath.join(' › '),
          file: spec.file,
          line: spec.line,
          // The JSON report drops the « @ » that the tags are written and selected with.
          tags: spec.tags.map((tag) => (tag.startsWith('@') ? tag : `@${tag}`)),
        });
      }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  // The top suites are files: their names come with each test as `file`.
  for (const file of report.suites) walk(file, []);
  return tests;
}
