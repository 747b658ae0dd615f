import { expect, test } from '@playwright/test';
import { buildApp } from '../http/app.ts';
import { MemoryStore } from '../http/memory-store.ts';
import { latencyDelay, parseFaults, readFaults } from '../test-mode/faults.ts';

/**
 * MOCK_FAULTS=latency:<ms>:<jitter> (mock-site/README.md, « Faults »): every request, on every
 * path and method, answered after a delay drawn uniformly from [ms − jitter, ms + jitter]. The
 * app is built in this process and asked directly, as the suite's own mock runs without the fault;
 * the bounds expected come from the rule's text (400 ± 300 ms: 100 to 700 ms).
 */
const TOKEN = 'latency-spec-token';
const app = (faults: string) =>
  buildApp({
    store: new MemoryStore(),
    mailer: { send: async () => undefined },
    testToken: TOKEN,
    faults: readFaults({ MOCK_TEST_TOKEN: TOKEN, MOCK_FAULTS: faults }),
    log: () => undefined,
  });

// Pages, a static file, the health check, a 404, a refused POST and the test API: all delayed.
const REQUESTS: [string, RequestInit?][] = [
  ['/'],
  ['/connexion'],
  ['/static/portal.css'],
  ['/health'],
  ['/page-qui-n-existe-pas'],
  ['/connexion', { method: 'POST', body: new URLSearchParams({ login: 'x', password: 'y' }) }],
  ['/__test__/accounts/inconnu/orders', { headers: { 'x-test-token': TOKEN } }],
];
// Timers never fire early; a busy 2-core machine may fire them late.
const LATE_SLACK_MS = 400;

test('latency:400:300 delays every request, every path and method, by 100 to 700 ms, spread over that range', async () => {
  const slow = app('latency:400:300');
  // 42 requests at once: 6 of each kind, timed one by one.
  const timed = await Promise.all(
    Array.from({ length: 6 }, () => REQUESTS)
      .flat()
      .map(async ([path, init]) => {
        const started = performance.now();
        const res = await slow.request(path, init);
        await res.arrayBuffer();
        return { path, method: init?.method ?? 'GET', ms: performance.now() - started };
      }),
  );
  for (const { path, method, ms } of timed) {
    expect(ms, `${method} ${path}`).toBeGreaterThanOrEqual(99);
    expect(ms, `${method} ${path}`).toBeLessThan(700 + LATE_SLACK_MS);
  }
  // Drawn, not fixed: the delays cover the range (each bound missed by 42 draws: p ≈ 1e-5).
  const delays = timed.map((t) => t.ms);
  expect(Math.min(...delays)).toBeLessThan(250);
  expect(Math.max(...delays)).toBeGreaterThan(550);
  const mean = delays.reduce((a, b) => a + b, 0) / delays.length;
  expect(mean).toBeGreaterThan(250);
  expect(mean).toBeLessThan(560);

  // Without the fault, the same requests answer at once.
  const fast = app('');
  const started = performance.now();
  await Promise.all(REQUESTS.map(async ([path, init]) => (await fast.request(path, init)).arrayBuffer()));
  expect(performance.now() - started).toBeLessThan(100);
});

test('The delay is uniform between mean − jitter and mean + jitter; no jitter is a fixed delay', () => {
  const rule = parseFaults('latency:400:300').latency!;
  expect(latencyDelay(rule, () => 0)).toBe(100);
  expect(latencyDelay(rule, () => 0.5)).toBe(400);
  expect(latencyDelay(rule, () => 0.999999)).toBe(700);
  const fixed = parseFaults('latency:250').latency!;
  for (const r of [0, 0.3, 0.99]) expect(latencyDelay(fixed, () => r)).toBe(250);
});

test('A wrong latency rule is refused, naming it; outside test mode it is ignored', () => {
  for (const [rule, says] of [
    ['latency:400:500', 'the jitter (500 ms) must not exceed the delay (400 ms)'],
    ['latency:soon', 'the delay must be a whole number of ms'],
    ['latency:400:-5', 'the jitter must be a whole number of ms'],
    ['latency:', 'the delay must be a whole number of ms'],
    ['latency:400:300:9', 'too many parts'],
  ] as const)
    expect(() => parseFaults(rule), rule).toThrow(`MOCK_FAULTS: « ${rule} »: ${says}`);
  expect(() => parseFaults('latency:100,latency:200')).toThrow(
    'MOCK_FAULTS: « latency:200 »: one latency rule only',
  );
  expect(readFaults({ MOCK_FAULTS: 'latency:400:300' })).toBeUndefined();
});
