import type { MiddlewareHandler } from 'hono';
import type { Mailer } from '../mail/mailer.ts';
import { errorPage } from '../views/error.tsx';

/**
 * Injected faults, to show how the suite reports a slow or failing portal. Read from
 * `MOCK_FAULTS` (test mode only: ignored without MOCK_TEST_TOKEN), comma-separated rules:
 *
 *   latency:<ms>[:<jitter>]   answer every request (every path and method, static files, /health
 *                             and the test API too) after a delay drawn uniformly from
 *                             [<ms> − <jitter>, <ms> + <jitter>]: a remote portal's answer time
 *   slow:<path>:<ms>          answer every request to <path> <ms> later
 *   503:<path>:once|always|N  answer 503 « Service indisponible » to the first N requests (once = 1)
 *   mail:fail                 every mail delivery fails (logged, as a real SMTP failure would be)
 *   mail:slow:<ms>            every mail delivery takes <ms> longer
 *
 * <path> is a request path without query string, matched exactly, or a prefix when it ends
 * with `*` (`/commande/*`). Every method matches. Counters are per mock process.
 */

type PageFault = { kind: 'slow'; path: string; ms: number } | { kind: '503'; path: string; left: number };

/** Every request's delay: the mean and the half-width of the uniform spread around it. */
export type Latency = { ms: number; jitterMs: number };

export type Faults = {
  latency?: Latency | undefined;
  pages: PageFault[];
  mail: { fail: boolean; slowMs: number };
};

const MAX_MS = 120_000;

function milliseconds(text: string | undefined, rule: string, what = 'delay'): number {
  const ms = Number(text);
  if (!text || !Number.isInteger(ms) || ms < 0 || ms > MAX_MS)
    throw new Error(`MOCK_FAULTS: « ${rule} »: the ${what} must be a whole number of ms from 0 to ${MAX_MS}`);
  return ms;
}

function requestPath(text: string | undefined, rule: string): string {
  if (!text || !text.startsWith('/')) throw new Error(`MOCK_FAULTS: « ${rule} »: the path must start with /`);
  return text;
}

/** Parses the rules; a wrong rule stops the mock with a message naming it. */
export function parseFaults(spec: string): Faults {
  const faults: Faults = { pages: [], mail: { fail: false, slowMs: 0 } };
  for (const rule of spec
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)) {
    const [kind, a, b, ...rest] = rule.split(':');
    if (rest.length) throw new Error(`MOCK_FAULTS: « ${rule} »: too many parts`);
    if (kind === 'latency') {
      if (faults.latency) throw new Error(`MOCK_FAULTS: « ${rule} »: one latency rule only`);
      const ms = milliseconds(a, rule);
      const jitterMs = b === undefined ? 0 : milliseconds(b, rule, 'jitter');
      if (jitterMs > ms)
        throw new Error(
          `MOCK_FAULTS: « ${rule} »: the jitter (${jitterMs} ms) must not exceed the delay (${ms} ms)`,
        );
      faults.latency = { ms, jitterMs };
    } else if (kind === 'slow') {
      faults.pages.push({ kind: 'slow', path: requestPath(a, rule), ms: milliseconds(b, rule) });
    } else if (kind === '503') {
      const times = b === 'always' ? Infinity : b === 'once' ? 1 : Number(b);
      if (!(times === Infinity || (Number.isInteger(times) && times > 0)))
        throw new Error(`MOCK_FAULTS: « ${rule} »: say once, always or a number of requests`);
      faults.pages.push({ kind: '503', path: requestPath(a, rule), left: times });
    } else if (kind === 'mail' && a === 'fail' && b === undefined) {
      faults.mail.fail = true;
    } else if (kind === 'mail' && a === 'slow') {
      faults.mail.slowMs = milliseconds(b, rule);
    } else {
      throw new Error(
        `MOCK_FAULTS: « ${rule} » is not a fault; expected latency:<ms>[:<jitter>], slow:<path>:<ms>, 503:<path>:once|always|N, mail:fail or mail:slow:<ms>`,
      );
    }
  }
  return faults;
}

/** The faults of this process: none unless test mode is on and MOCK_FAULTS names some. */
export function readFaults(env: NodeJS.ProcessEnv = process.env): Faults | undefined {
  if (!env.MOCK_TEST_TOKEN?.trim() || !env.MOCK_FAULTS?.trim()) return undefined;
  return parseFaults(env.MOCK_FAULTS);
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A delay drawn uniformly from [ms − jitter, ms + jitter]; `random` is replaceable for tests. */
export function latencyDelay({ ms, jitterMs }: Latency, random: () => number = Math.random): number {
  return Math.round(ms - jitterMs + random() * 2 * jitterMs);
}

/**
 * The latency fault, as the outermost middleware: every request waits before anything else runs,
 * so the mock's own timings (the slow-answer log) stay its own and do not count the network it plays.
 */
export function latencyMiddleware(latency: Latency): MiddlewareHandler {
  return async (_c, next) => {
    await delay(latencyDelay(latency));
    await next();
  };
}

/** The page faults, as one middleware placed before every route. */
export function faultMiddleware(faults: Faults): MiddlewareHandler {
  return async (c, next) => {
    for (const fault of faults.pages) {
      if (!matches(fault.path, c.req.path)) continue;
      if (fault.kind === 'slow') await delay(fault.ms);
      else if (fault.left > 0) {
        fault.left -= 1;
        return c.html(
          errorPage(
            503,
            'Service indisponible',
            'Le service est momentanément indisponible. Veuillez réessayer.',
          ),
          503,
          { 'retry-after': '1' },
        );
      }
    }
    await next();
  };
}

/** The mail faults, around the real mailer. */
export function faultyMailer(inner: Mailer, faults: Faults): Mailer {
  return {
    async send(mail) {
      if (faults.mail.slowMs) await delay(faults.mail.slowMs);
      if (faults.mail.fail) throw new Error('injected fault: mail delivery failed (MOCK_FAULTS=mail:fail)');
      await inner.send(mail);
    },
  };
}
