/**
 * The run's summary as a chat message, POSTed to RESULTS_WEBHOOK_URL when it is set.
 *
 * The body is `{ "text": "…" }`: the one shape both a Slack incoming webhook and a Microsoft Teams
 * incoming webhook (connector card) accept. Its text avoids each one's own markup (Slack's
 * `*bold*` and `<url|label>`, Teams' `[label](url)`): plain lines, a « - » list, bare URLs, which
 * both show as they are. A webhook that fails is reported on the console, never fails the run.
 */
import { PROCEDURE } from '../../guide/guide.ts';
import { count, countsText, failedAt, runInfoText, type RunInfo, type SummaryTest } from './summary.ts';

export interface WebhookMessage {
  text: string;
}

/** At most this many failures are listed; the report has them all. */
const MAX_LISTED = 15;

export function webhookMessage(tests: SummaryTest[], info: RunInfo): WebhookMessage {
  const c = count(tests);
  const failed = tests.filter((t) => t.outcome === 'failed');
  const verdict = failed.length ? `${failed.length} en échec` : 'tout passe';
  // Paragraphs apart by a blank line, list items one per line: Teams joins single newlines into
  // one paragraph except in a list, Slack keeps them as they are.
  const blocks = [
    `${PROCEDURE} — ${verdict} (${info.mode})`,
    runInfoText(info),
    `${tests.length} tests : ${countsText(c)}.`,
  ];
  if (failed.length) {
    const items = failed
      .slice(0, MAX_LISTED)
      .map(
        (t) =>
          `- ${t.guide.length ? t.guide.join(' ; ') : 'hors guide'} : ${failedAt(t.failure!)} — ${t.location} ${t.title}`,
      );
    if (failed.length > MAX_LISTED)
      items.push(`- … et ${failed.length - MAX_LISTED} autres, dans le rapport`);
    blocks.push('Étapes du guide en échec :', items.join('\n'));
  }
  if (info.reportUrl) blocks.push(`Rapport : ${info.reportUrl}`);
  return { text: blocks.join('\n\n') };
}

export interface WebhookOutcome {
  ok: boolean;
  /** What happened, for one console line: « HTTP 200 », « HTTP 500 … », the network error. */
  detail: string;
}

/** POSTs the message; never throws, gives up after `timeoutMs`. */
export async function postWebhook(
  url: string,
  message: WebhookMessage,
  timeoutMs = 10_000,
): Promise<WebhookOutcome> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await res.text().catch(() => '')).slice(0, 200);
    return { ok: res.ok, detail: `HTTP ${res.status}${res.ok || !body ? '' : ` ${body}`}` };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    return { ok: false, detail: err.cause?.code ?? err.cause?.message ?? err.message };
  }
}

/** Where CI shows this run: GitHub Actions, GitLab CI or Jenkins; RESULTS_REPORT_URL wins. */
export function ciReportUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.RESULTS_REPORT_URL?.trim()) return env.RESULTS_REPORT_URL.trim();
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  return env.CI_JOB_URL || env.BUILD_URL || undefined;
}

/**
 * Sends the summary to RESULTS_WEBHOOK_URL when set and says how it went on the console.
 * The URL itself is never printed: it holds the channel's secret.
 */
export async function notify(
  tests: SummaryTest[],
  info: RunInfo,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): Promise<WebhookOutcome | undefined> {
  const url = env.RESULTS_WEBHOOK_URL?.trim();
  if (!url) return undefined;
  const outcome = await postWebhook(url, webhookMessage(tests, info));
  log(
    outcome.ok
      ? `Résumé envoyé au webhook RESULTS_WEBHOOK_URL (${outcome.detail}).`
      : `Le webhook RESULTS_WEBHOOK_URL n'a pas pris le résumé (${outcome.detail}) ; le résultat des tests n'en dépend pas.`,
  );
  return outcome;
}
