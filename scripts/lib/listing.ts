/** The suite's tests as `playwright test --list` gives them, with the guide entries and rules each covers (coverage, defects). */
import { spawnSync } from 'node:child_process';
import { GUIDE_ANNOTATION, RULE_ANNOTATION } from '../../guide/guide.ts';
import { reportedTests, type JSONReport } from './report.ts';

/** A test of the suite as its listing gives it: where it is and what it declares it covers. */
export type Listed = {
  title: string;
  /** `file:line`, to run it alone. */
  where: string;
  /** Titles of the guide entries it covers. */
  covers: string[];
  /** The rule checks it declares, as `ruleCheckLabel` writes them. */
  checks: string[];
};

/** The suite's tests of one project, from `playwright test --list` (no browser, no portal). */
export function listTests(project: string): Listed[] {
  const run = spawnSync('npx', ['playwright', 'test', '--list', '--reporter=json', `--project=${project}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // The JSON goes to stdout only when the reporter has no output file.
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: '', PLAYWRIGHT_JSON_OUTPUT_FILE: '' },
  });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    throw new Error(`playwright test --list exited with ${run.status}`);
  }
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as JSONReport;
  const declared = (annotations: { type: string; description?: string }[], type: string) => [
    ...new Set(annotations.filter((a) => a.type === type).map((a) => a.description ?? '')),
  ];
  return reportedTests(report).map((t) => ({
    title: t.title,
    where: `${t.file}:${t.line}`,
    covers: declared(t.annotations, GUIDE_ANNOTATION),
    checks: declared(t.annotations, RULE_ANNOTATION),
  }));
}
