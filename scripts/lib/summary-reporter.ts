/**
 * Playwright reporter: at the end of every run, prints the summary by guide entry
 * (scripts/lib/summary.ts), and records what the run was against for the Allure report.
 *
 * - Terminal: the table of guide entries with passed / failed / skipped, each failure with the
 *   « Étape N … » step where it failed and its trace.
 * - Allure: `environment.properties` in the Allure results (portal, its version when it shows
 *   one, browser and version, mode), which the report shows as its environment block. The file
 *   travels with the results, so shards merged on CI keep it.
 * - Not sharded only (shards are summed up once, by `summarize-results.ts --publish`):
 *   the job summary ($GITHUB_STEP_SUMMARY) and the webhook (RESULTS_WEBHOOK_URL).
 * - `--list` runs no test: nothing is printed, written or posted (nor is the portal asked its version).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium, firefox, webkit } from '@playwright/test';
import type { FullConfig, FullProject, Reporter, Suite } from '@playwright/test/reporter';
import { target } from '../../support/target/target.ts';
import { launchOptionsFor } from '../../support/target/browser.ts';
import { renderSummary, runInfoToProperties, testsFromSuite, type RunInfo } from './summary.ts';
import { ciReportUrl, notify } from './webhook.ts';

/** The browser the projects drive, with its version, as `<name> --version` gives it. */
export function browserDescription(project: FullProject | undefined): string | undefined {
  if (!project) return undefined;
  const name = project.use.browserName ?? project.use.defaultBrowserType ?? 'chromium';
  if (project.use.connectOptions?.wsEndpoint) return `${name}, distant (PW_WS_ENDPOINT)`;
  // As the workers choose it: full Chromium for a headed run (support/target/browser.ts).
  const launch = project.use.launchOptions ?? {};
  let executable = launchOptionsFor(launch, project.use.headless ?? launch.headless).executablePath;
  try {
    executable ??= { chromium, firefox, webkit }[name].executablePath();
    // « Chromium 156.0.8078.114 built on Debian… »: the name and version are enough.
    const version = execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 5_000 })
      .split('\n')[0]!
      .replace(/\s+built on .*$/, '')
      .trim();
    return `${version} (${basename(executable)})`;
  } catch {
    return `${name}${executable ? ` (${basename(executable)})` : ''}, version non lue`;
  }
}

/**
 * The version or build the portal shows on its home page, if any: a version header, a
 * `<meta name="version|build|generator">`, or « version 2.3.1 » / « build 1234 » / « v2.3 » in its text.
 */
export async function portalVersion(baseURL: string): Promise<string | undefined> {
  try {
    const res = await fetch(baseURL, { signal: AbortSignal.timeout(5_000) });
    for (const header of ['x-app-version', 'x-version', 'x-build', 'x-build-version', 'x-release']) {
      const value = res.headers.get(header)?.trim();
      if (value) return value;
    }
    const html = (await res.text()).slice(0, 500_000);
    for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
      if (!/\bname=["']?(?:version|app-version|build|generator)["'\s>]/i.test(tag)) continue;
      const content = tag.match(/\bcontent=["']([^"']+)["']/i)?.[1]?.trim();
      if (content) return content;
    }
    const text = html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    return text.match(
      /\b(?:version|build|release)\s*:?\s*v?\d+(?:\.\d+)*[\w.+-]*|\bv\d+\.\d+(?:\.\d+)*[\w.+-]*/i,
    )?.[0];
  } catch {
    return undefined;
  }
}

/** What Playwright hands every reporter; `_mode` is how its own reporters tell `--list` apart. */
interface ReporterOptions {
  _mode?: string;
}

export default class SummaryReporter implements Reporter {
  private config!: FullConfig;
  private root!: Suite;
  private version: Promise<string | undefined> = Promise.resolve(undefined);
  /** `--list`: no test runs, so there is nothing to sum up, print or post. */
  private readonly listing: boolean;

  constructor(options: ReporterOptions = {}) {
    this.listing = options._mode === 'list';
  }

  printsToStdio(): boolean {
    // Listing: say so, and Playwright adds its own listing reporter, as with no reporter at all.
    return !this.listing;
  }

  onBegin(config: FullConfig, root: Suite): void {
    this.config = config;
    this.root = root;
    if (this.listing) return;
    // Now, while the portal is up (the mock is stopped before onEnd).
    const baseURL = this.browserProject()?.use.baseURL;
    if (baseURL) this.version = portalVersion(baseURL);
  }

  async onEnd(): Promise<void> {
    if (this.listing) return;
    const project = this.browserProject();
    const info: RunInfo = {
      portal: project?.use.baseURL ?? process.env.BASE_URL ?? 'inconnu',
      mode: target.mode,
      portalVersion: await this.version,
      browser: browserDescription(project),
      reportUrl: ciReportUrl(),
    };
    const tests = testsFromSuite(this.root);
    this.writeAllureEnvironment(info);
    const summary = renderSummary(tests, info);
    console.log(`\n${summary}\n`);

    const shard = this.config.shard;
    if (shard && shard.total > 1) return;
    const stepSummary = process.env.GITHUB_STEP_SUMMARY;
    if (stepSummary) {
      try {
        appendFileSync(stepSummary, `${summary}\n`);
      } catch (e) {
        console.log(`Résumé non écrit dans $GITHUB_STEP_SUMMARY : ${(e as Error).message}`);
      }
    }
    await notify(tests, info);
  }

  /** The project whose `use` drives a browser: the first that names one. */
  private browserProject(): FullProject | undefined {
    const projects = this.config.projects;
    return projects.find((p) => p.use.browserName ?? p.use.defaultBrowserType) ?? projects[0];
  }

  private writeAllureEnvironment(info: RunInfo): void {
    const allure = this.config.reporter.find(([name]) => name.includes('allure-playwright'));
    if (!allure) return;
    const dir = (allure[1] as { resultsDir?: string } | undefined)?.resultsDir ?? 'allure-results';
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'environment.properties'), runInfoToProperties(info));
    } catch (e) {
      console.log(`Environnement du rapport Allure non écrit : ${(e as Error).message}`);
    }
  }
}
