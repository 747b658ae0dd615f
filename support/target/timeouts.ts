import { target } from './target.ts';

/**
 * Timeouts that follow the portal (README « Timeouts »). The base values were chosen on the local
 * mock, which answers in a few milliseconds; a staging that answers each request in hundreds of
 * milliseconds needs them longer. Global setup measures the portal's answer time once per run,
 * picks a scale and hands it to the workers through the environment: each worker loads
 * playwright.config.ts afresh and computes its timeouts from it. PORTAL_TIMEOUT_SCALE sets the
 * scale by hand.
 */

/** The suite's timeouts on a fast portal, in ms. */
export const BASE_TIMEOUTS = { action: 5_000, navigation: 10_000, expect: 5_000, test: 30_000 } as const;
export type Timeouts = Record<keyof typeof BASE_TIMEOUTS, number>;

/**
 * A median answer up to this keeps the base timeouts; each further step of it adds one base
 * (412 ms → ×3, 1 s → ×7). A page is a few requests in a row (the page, then its styles and
 * scripts), a test a few dozen: the time a step needs grows with the answer time, about linearly.
 */
export const REFERENCE_ANSWER_MS = 150;
/** Past ×10 a test may hang 5 minutes before failing: a portal that slow needs a look, not longer waits. */
export const MAX_MEASURED_SCALE = 10;
/** Requests timed, after one untimed (a first connection and the portal's own warm-up). */
export const MEASURED_REQUESTS = 5;

/** Set by global setup for the workers, never by hand (support/target/variables.ts). */
export const MEASURED_SCALE_VARIABLE = 'PORTAL_TIMEOUT_SCALE_MEASURED';

/** The scale for a median answer time: 1 for a fast portal, one more per REFERENCE_ANSWER_MS. */
export function scaleFor(medianMs: number): number {
  return Math.min(MAX_MEASURED_SCALE, Math.max(1, Math.ceil(medianMs / REFERENCE_ANSWER_MS)));
}

/**
 * This process's scale: PORTAL_TIMEOUT_SCALE when set by hand, else what this run's global setup
 * measured (in the workers; 1 in the main process before it has measured).
 */
export function timeoutScale(env: NodeJS.ProcessEnv = process.env): number {
  if (target.timeoutScale !== undefined) return target.timeoutScale;
  const measured = Number(env[MEASURED_SCALE_VARIABLE]);
  return Number.isFinite(measured) && measured >= 1 ? measured : 1;
}

/** A wait chosen for a fast portal, scaled like the suite's timeouts. */
export function scaled(ms: number, scale = timeoutScale()): number {
  return Math.round(ms * scale);
}

export function suiteTimeouts(scale = timeoutScale()): Timeouts {
  return {
    action: scaled(BASE_TIMEOUTS.action, scale),
    navigation: scaled(BASE_TIMEOUTS.navigation, scale),
    expect: scaled(BASE_TIMEOUTS.expect, scale),
    test: scaled(BASE_TIMEOUTS.test, scale),
  };
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/** « timeouts ×3: action 15 s, navigation 30 s, expect 15 s, test 90 s » */
export function describeTimeouts(scale: number, t: Timeouts = suiteTimeouts(scale)): string {
  return `timeouts ×${scale}: action ${seconds(t.action)}, navigation ${seconds(t.navigation)}, expect ${seconds(t.expect)}, test ${seconds(t.test)}`;
}

export type AnswerTime = { medianMs: number; requests: number };

/** How long each request may take before the measure gives up on the portal. */
const REQUEST_LIMIT_MS = 30_000;

/**
 * The portal's answer time: the median of MEASURED_REQUESTS GETs of the given pages in turn
 * (the home and login pages), each read to its last byte, redirects followed as a browser would.
 */
export async function measureAnswerTime(urls: readonly string[]): Promise<AnswerTime> {
  const get = async (url: string) => {
    const res = await fetch(url, { signal: AbortSignal.timeout(REQUEST_LIMIT_MS), redirect: 'follow' });
    await res.arrayBuffer();
  };
  await get(urls[0]!);
  const times: number[] = [];
  for (let i = 0; i < MEASURED_REQUESTS; i++) {
    const started = performance.now();
    await get(urls[i % urls.length]!);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(times[Math.floor(times.length / 2)]!), requests: times.length };
}

/**
 * Global setup's part: measures the portal at `urls` (none: this run starts no portal), chooses
 * the scale, hands it to the workers through the environment, and returns the line the run
 * prints: « Portal answer time: median 412 ms over 5 requests → timeouts ×3: action 15 s, … ».
 */
export async function chooseTimeouts(
  urls: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ scale: number; line: string }> {
  // A value inherited from a parent run (a tooling test's child run) is not this run's measure.
  delete env[MEASURED_SCALE_VARIABLE];
  let figure: string;
  let measured: number | undefined;
  if (!urls.length) figure = 'Portal answer time: not measured (this run starts no portal)';
  else {
    try {
      const { medianMs, requests } = await measureAnswerTime(urls);
      measured = scaleFor(medianMs);
      figure = `Portal answer time: median ${medianMs} ms over ${requests} requests`;
    } catch (error) {
      // The tests will say what is wrong with the portal; the timeouts stay as they are.
      figure = `Portal answer time: not measured (${(error as Error).message})`;
    }
  }
  const byHand = target.timeoutScale;
  const scale = byHand ?? measured ?? 1;
  if (byHand === undefined) env[MEASURED_SCALE_VARIABLE] = String(scale);
  const how = byHand === undefined ? '' : ' (PORTAL_TIMEOUT_SCALE)';
  return { scale, line: `${figure} → ${describeTimeouts(scale)}${how}` };
}
