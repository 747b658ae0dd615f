/**
 * `npm run bench`: the suite's speed and cost beside its floor, measured in one run on this
 * machine. Prints a table and writes bench/results.json.
 *
 * - the browser suite (project chromium) with 1 and 2 workers: wall, CPU, per-test times;
 * - the floor: a fresh context, one mock page loaded, context closed (headless shell and full
 *   Chromium), wall and CPU per iteration;
 * - the suite with every test logging in through the form (bench/form-login.config.ts) against the normal run;
 * - the mock's heaviest page under autocannon against a bare node:http server sending the same bytes;
 * - the mock's cold start;
 * - the suite (2 workers) on the mock answering every request 400 ± 300 ms later
 *   (MOCK_FAULTS=latency:400:300) against without: the wall time a slow staging costs, with the
 *   timeouts the suite scaled for it.
 *
 * Each test's time with 1 worker goes to bench/per-test.json, in units of that run's floor, so a
 * later run on a faster or slower machine compares test by test: the bench prints the tests that
 * got more than 25 % slower than in the previous per-test.json, and the per-test medians.
 * `npm run bench -- --suite-only [--repeat N]` measures only the floor and the 1-worker suite,
 * each test N times (a before/after of a change; bench/results.json is left alone).
 * `npm run bench -- --latency-only [--latency-fault latency:1000:500]` runs only the latency part,
 * the suite without and with the fault, and updates its fields in bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveBrowser } from '../support/target/browser.ts';
import { startMock, type RunningMock } from './lib/mock.ts';
import { median, percentile, run, treeCpuMs, waitForUrl } from './lib/proc.ts';
import { readReport, reportedTests, type JSONReport } from './lib/report.ts';

const FLOOR_ITERATIONS = 25;
const LOAD_SECONDS = 5;
const COLD_STARTS = 5;
// Ports from here up; BENCH_BASE_PORT moves them beside another run.
const BASE_PORT = Number(process.env.BENCH_BASE_PORT) || 4610;
const TOKEN = 'bench-token';
// The guide's own example (steps 1 to 12, then its mail and PDF): tests/order-end-to-end.spec.ts.
const PER_TEST_FILE = 'bench/per-test.json';
const SLOWER = 1.25;
const suiteOnly = process.argv.includes('--suite-only');
// --repeat N: each test N times in the --suite-only run; per-test times are then medians, less noisy.
const repeatAt = process.argv.indexOf('--repeat');
const REPEAT = repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 1;
if (!Number.isInteger(REPEAT) || REPEAT < 1)
  throw new Error('--repeat expects a whole number of runs, e.g. --repeat 3');
const latencyOnly = process.argv.includes('--latency-only');
// --latency-fault <rule>: another answer time than the issue's 400 ± 300 ms (mock-site/README.md).
const faultAt = process.argv.indexOf('--latency-fault');
const LATENCY_FAULT = faultAt > 0 ? (process.argv[faultAt + 1] ?? '') : 'latency:400:300';
if (!/^latency:\d+(:\d+)?$/.test(LATENCY_FAULT))
  throw new Error('--latency-fault expects a latency rule, e.g. --latency-fault latency:1000:500');
const ORDER_FLOW_TITLE = process.env.BENCH_ORDER_FLOW ?? 'Commande complète d’un « Pack ID RGS** »';

/** Each run's duration, named by file and title (a test retried counts once a run). */
function testDurations(report: JSONReport): { title: string; ms: number }[] {
  return reportedTests(report).flatMap((t) =>
    t.results.map((r) => ({ title: `${t.file} › ${t.title}`, ms: r.duration })),
  );
}

/** Runs the browser suite against a fresh mock started by the config, returning its figures. */
async function runSuite(
  label: string,
  workers: number,
  port: number,
  config = 'playwright.config.ts',
  repeat = 1,
  faults = '',
) {
  const jsonFile = `bench/${label}.tmp.json`;
  const r = await run(
    `npx playwright test --config=${config} --project=chromium --workers=${workers} --repeat-each=${repeat} --reporter=json`,
    {
      // A fresh mock per run, never one left running on the port (CI mode does not reuse servers).
      CI: '1',
      PLAYWRIGHT_JSON_OUTPUT_FILE: jsonFile,
      MOCK_PORT: String(port),
      MOCK_SMTP_PORT: String(port + 1),
      MOCK_MAIL_PORT: String(port + 2),
      MOCK_TEST_TOKEN: TOKEN,
      BASE_URL: '',
      MOCK_FAULTS: faults,
    },
  );
  let report: JSONReport;
  try {
    report = readReport(jsonFile);
  } catch {
    throw new Error(`${label}: the suite wrote no JSON report (exit ${r.code}).\n${r.stderr.slice(-2000)}`);
  }
  rmSync(jsonFile, { force: true });
  if (report.stats.unexpected > 0)
    throw new Error(
      `${label}: ${report.stats.unexpected} test(s) failed; a benchmark of a failing suite means nothing`,
    );
  const durations = testDurations(report);
  // Global setup's line: « Portal answer time: median 412 ms over 5 requests → timeouts ×3: … ».
  const timing = /Portal answer time: median (\d+) ms[^\n]*timeouts ×([\d.]+)/.exec(r.stdout);
  console.log(
    `  ${label}: ${durations.length} tests, ${(r.wallMs / 1000).toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU${timing ? `, answer ${timing[1]} ms → timeouts ×${timing[2]}` : ''}, ${report.stats.flaky} flaky`,
  );
  return {
    wallMs: r.wallMs,
    cpuMs: r.cpuMs,
    durations,
    workers,
    flaky: report.stats.flaky,
    answerMs: timing ? Number(timing[1]) : undefined,
    timeoutScale: timing ? Number(timing[2]) : undefined,
  };
}

type SuiteRun = Awaited<ReturnType<typeof runSuite>>;

/** The latency figures of bench/results.json: the suite under LATENCY_FAULT against `base`, same workers. */
function latencyFigures(base: SuiteRun, slow: SuiteRun) {
  return {
    latencyFault: LATENCY_FAULT,
    latencyBaseWallMs: Math.round(base.wallMs),
    latencyWallMs: Math.round(slow.wallMs),
    latencyRatio: round(slow.wallMs / base.wallMs, 2),
    latencyAnswerMs: slow.answerMs ?? null,
    latencyTimeoutScale: slow.timeoutScale ?? null,
    latencyFlaky: slow.flaky,
  };
}

/** `--latency-only`: the suite without and with the fault; its fields replace those of bench/results.json. */
async function latencyOnlyRun() {
  console.log(`The browser suite, 2 workers, without and with MOCK_FAULTS=${LATENCY_FAULT}:`);
  const base = await runSuite('workers-2', 2, BASE_PORT + 310);
  const slow = await runSuite('latency', 2, BASE_PORT + 330, 'playwright.config.ts', 1, LATENCY_FAULT);
  const figures = latencyFigures(base, slow);
  let results: Record<string, unknown> = {};
  try {
    results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
  } catch {
    // No earlier bench: the file holds the latency figures alone until a full run.
  }
  writeFileSync('bench/results.json', JSON.stringify({ ...results, ...figures }, null, 2) + '\n');
  for (const [key, value] of Object.entries(figures)) console.log(`| ${key} | ${value} |`);
  console.log('\nWrote the latency figures to bench/results.json');
}

/** A fresh context, one mock page, context closed: the least a browser test can cost. */
async function measureFloor(executablePath: string | undefined, mock: RunningMock) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const url = `${mock.url}/connexion`;
  const walls: number[] = [];
  const cpus: number[] = [];
  // Warm-up: the first context pays for process start-up that a suite pays once per worker.
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext();
    await (await ctx.newPage()).goto(url);
    await ctx.close();
  }
  for (let i = 0; i < FLOOR_ITERATIONS; i++) {
    const cpu0 = treeCpuMs();
    const t0 = performance.now();
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url);
    await ctx.close();
    walls.push(performance.now() - t0);
    cpus.push(treeCpuMs() - cpu0);
  }
  const version = browser.version();
  await browser.close();
  return { floorMs: median(walls), floorCpuMs: median(cpus), version };
}

async function sessionCookie(mock: RunningMock): Promise<string> {
  const headers = { 'content-type': 'application/json', 'x-test-token': TOKEN };
  const n = String(Date.now()).slice(-5);
  const login = `bench${n}`;
  const create = await fetch(`${mock.url}/__test__/accounts`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      company: 'Bench SARL',
      siret: '73282932000074',
      kind: 'mandataire',
      users: [
        {
          firstName: 'Paul',
          lastName: 'Bench',
          email: `${login}@example.test`,
          login,
          password: 'Bench-2026!',
          admin: true,
        },
        {
          firstName: 'Anne',
          lastName: 'Autre',
          email: `${login}b@example.test`,
          login: `${login}b`,
          password: 'Bench-2026!',
        },
      ],
    }),
  });
  if (!create.ok)
    throw new Error(`seeding the bench account failed: ${create.status} ${await create.text()}`);
  const res = await fetch(`${mock.url}/__test__/sessions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ login }),
  });
  if (!res.ok) throw new Error(`session for the bench account failed: ${res.status}`);
  const { cookie } = (await res.json()) as { cookie: { name: string; value: string } };
  return `${cookie.name}=${cookie.value}`;
}

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections: 10, duration: LOAD_SECONDS, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  return { rps: result.requests.average, p99Ms: result.latency.p99 };
}

/** A bare node:http server in its own process answering the same bytes: the ceiling for one Node process. */
async function startBareServer(port: number, bodyFile: string, contentType: string) {
  const code = `
    const body = require('node:fs').readFileSync(${JSON.stringify(bodyFile)});
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': ${JSON.stringify(contentType)}, 'content-length': body.length });
      res.end(body);
    }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await waitForUrl(`http://127.0.0.1:${port}/`, 5_000, child);
  return child;
}

type PerTest = { floorMs: number; measuredAt: string; commit: string; tests: Record<string, number> };

/**
 * Compares this run's per-test times with the previous run's, each in units of its own floor (a
 * fresh context and one page), and writes this run's. Prints the per-test medians and every test
 * more than 25 % slower than before.
 */
function comparePerTest(durations: { title: string; ms: number }[], floorMs: number) {
  // A test run several times (--repeat) counts with its median.
  const runs = new Map<string, number[]>();
  for (const d of durations) runs.set(d.title, [...(runs.get(d.title) ?? []), d.ms]);
  const tests: Record<string, number> = {};
  for (const [title, ms] of runs) tests[title] = Math.round(median(ms));
  let previous: PerTest | undefined;
  try {
    previous = JSON.parse(readFileSync(PER_TEST_FILE, 'utf8')) as PerTest;
  } catch {
    console.log(`\nNo earlier ${PER_TEST_FILE}: this run becomes the reference.`);
  }
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const now: PerTest = { floorMs: Math.round(floorMs), measuredAt: new Date().toISOString(), commit, tests };
  if (previous) {
    const common = Object.keys(tests).filter((t) => previous.tests[t] !== undefined);
    const before = common.map((t) => previous.tests[t]! / previous.floorMs);
    const after = common.map((t) => tests[t]! / floorMs);
    console.log(
      `\nPer test, 1 worker, against ${PER_TEST_FILE} of ${previous.measuredAt.slice(0, 10)} (${previous.commit}), ${common.length} tests in both:`,
    );
    console.log(
      `  median before ${Math.round(median(common.map((t) => previous.tests[t]!)))} ms (${median(before).toFixed(2)} floors of ${previous.floorMs} ms), after ${Math.round(median(common.map((t) => tests[t]!)))} ms (${median(after).toFixed(2)} floors of ${Math.round(floorMs)} ms)`,
    );
    const slower = common
      .map((t, i) => ({ t, ratio: after[i]! / before[i]! }))
      .filter((x) => x.ratio > SLOWER)
      .sort((a, b) => b.ratio - a.ratio);
    console.log(`  tests more than ${Math.round((SLOWER - 1) * 100)} % slower (in floors): ${slower.length}`);
    for (const x of slower)
      console.log(`    ×${x.ratio.toFixed(2)}  ${x.t} (${previous.tests[x.t]} → ${tests[x.t]} ms)`);
    const added = Object.keys(tests).length - common.length;
    if (added) console.log(`  ${added} test(s) new since then`);
  }
  writeFileSync(PER_TEST_FILE, JSON.stringify(now, null, 2) + '\n');
  console.log(`Wrote ${PER_TEST_FILE}`);
}

function machine(browserVersion: string): string {
  let distro = `${os.type()} ${os.release()}`;
  try {
    const pretty = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) distro = `${pretty[1]} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux: keep the kernel name.
  }
  const cpus = os.cpus();
  return `${cpus.length} cores, ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${distro}, Node ${process.version}, Chromium ${browserVersion}`;
}

async function main() {
  mkdirSync('bench', { recursive: true });
  const suiteBrowser = resolveBrowser(false);
  const fullChromium = resolveBrowser(true);

  if (latencyOnly) return latencyOnlyRun();

  if (suiteOnly) {
    const m = await startMock({ port: BASE_PORT + 100, testToken: TOKEN });
    let f;
    try {
      f = await measureFloor(suiteBrowser.executablePath, m);
    } finally {
      await m.stop();
    }
    console.log(`Floor: ${f.floorMs.toFixed(0)} ms. The browser suite, 1 worker:`);
    const only = await runSuite('workers-1', 1, BASE_PORT + 300, 'playwright.config.ts', REPEAT);
    comparePerTest(only.durations, f.floorMs);
    return;
  }

  console.log('Cold start of the mock (process start to first page served; to /health with mail):');
  const firstPages: number[] = [];
  const readies: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const m = await startMock({ port: BASE_PORT + 10 * i, testToken: TOKEN });
    firstPages.push(m.firstPageMs);
    readies.push(m.startMs);
    await m.stop();
  }
  const coldStartMs = median(firstPages);
  const mockReadyMs = median(readies);
  console.log(
    `  median of ${COLD_STARTS}: first page ${coldStartMs.toFixed(0)} ms, mail catcher up ${mockReadyMs.toFixed(0)} ms`,
  );

  const mock = await startMock({ port: BASE_PORT + 100, testToken: TOKEN });
  let floor, fullFloor, mockLoad, bareLoad;
  try {
    console.log('Floor: fresh context, one page, context closed...');
    floor = await measureFloor(suiteBrowser.executablePath, mock);
    fullFloor = await measureFloor(fullChromium.executablePath, mock);
    console.log(
      `  suite's browser ${floor.floorMs.toFixed(0)} ms; full Chromium ${fullFloor.floorMs.toFixed(0)} ms`,
    );

    console.log(`Load: the order form under autocannon (${LOAD_SECONDS} s each)...`);
    const cookie = await sessionCookie(mock);
    const heaviest = `${mock.url}/commande/formulaire?produit=rgs2`;
    const page = await fetch(heaviest, { headers: { cookie } });
    if (!page.ok) throw new Error(`the order form answered ${page.status}`);
    const bodyFile = 'bench/order-form.tmp.html';
    writeFileSync(bodyFile, Buffer.from(await page.arrayBuffer()));
    mockLoad = await load(heaviest, { cookie });
    const bare = await startBareServer(
      BASE_PORT + 200,
      bodyFile,
      page.headers.get('content-type') ?? 'text/html',
    );
    try {
      bareLoad = await load(`http://127.0.0.1:${BASE_PORT + 200}/`, {});
    } finally {
      bare.kill();
      rmSync(bodyFile, { force: true });
    }
  } finally {
    await mock.stop();
  }

  console.log('The browser suite (each run starts its own mock):');
  const w1 = await runSuite('workers-1', 1, BASE_PORT + 300);
  const w2 = await runSuite('workers-2', 2, BASE_PORT + 310);
  const uiLogin = await runSuite('ui-login', 1, BASE_PORT + 320, 'bench/form-login.config.ts');
  const slow = await runSuite('latency', 2, BASE_PORT + 330, 'playwright.config.ts', 1, LATENCY_FAULT);

  // The config's default is 2 workers (playwright.config.ts), 1 when WORKERS=1.
  const configured = process.env.WORKERS?.trim() === '1' ? w1 : w2;
  const medianOf = (run: typeof w1) => Math.round(median(run.durations.map((d) => d.ms)));
  const testMs = configured.durations.map((d) => d.ms);
  const sum = testMs.reduce((a, b) => a + b, 0);
  const orderFlow = configured.durations.find((d) => d.title.includes(ORDER_FLOW_TITLE));
  if (!orderFlow) throw new Error(`no test titled like "${ORDER_FLOW_TITLE}" (set BENCH_ORDER_FLOW)`);

  const results = {
    tests: configured.durations.length,
    machine: machine(floor.version),
    defaultWorkers: configured.workers,
    wallMs1: Math.round(w1.wallMs),
    wallMs2: Math.round(w2.wallMs),
    speedup: round(w1.wallMs / w2.wallMs, 2),
    efficiency: round(sum / (configured.wallMs * configured.workers), 2),
    medianTestMs: Math.round(median(testMs)),
    medianTestMs1: medianOf(w1),
    medianTestMs2: medianOf(w2),
    p95TestMs: Math.round(percentile(testMs, 95)),
    cpuMsPerTest: Math.round(configured.cpuMs / configured.durations.length),
    cpuMsPerTest1: Math.round(w1.cpuMs / w1.durations.length),
    floorMs: Math.round(floor.floorMs),
    floorCpuMs: Math.round(floor.floorCpuMs),
    fullChromiumFloorMs: Math.round(fullFloor.floorMs),
    fullChromiumFloorCpuMs: Math.round(fullFloor.floorCpuMs),
    orderFlowMs: Math.round(orderFlow.ms),
    orderFlowFloorRatio: round(orderFlow.ms / floor.floorMs, 2),
    uiLoginWallMs: Math.round(uiLogin.wallMs),
    uiLoginRatio: round(uiLogin.wallMs / w1.wallMs, 2),
    mockRps: Math.round(mockLoad.rps),
    mockP99Ms: mockLoad.p99Ms,
    nodeHttpRps: Math.round(bareLoad.rps),
    nodeHttpP99Ms: bareLoad.p99Ms,
    mockVsNodeHttp: round(mockLoad.rps / bareLoad.rps, 2),
    coldStartMs: Math.round(coldStartMs),
    mockReadyMs: Math.round(mockReadyMs),
    ...latencyFigures(w2, slow),
    measuredAt: new Date().toISOString(),
  };
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  comparePerTest(w1.durations, floor.floorMs);

  const targets: Record<string, string> = {
    medianTestMs: `≤ 2 × floorMs = ${2 * results.floorMs}`,
    cpuMsPerTest: `≤ 2 × floorCpuMs = ${2 * results.floorCpuMs}`,
    orderFlowFloorRatio: '≤ 6',
    mockVsNodeHttp: '≥ 0.5',
    coldStartMs: '≤ 500',
  };
  const met: Record<string, boolean> = {
    medianTestMs: results.medianTestMs <= 2 * results.floorMs,
    cpuMsPerTest: results.cpuMsPerTest <= 2 * results.floorCpuMs,
    orderFlowFloorRatio: results.orderFlowFloorRatio <= 6,
    mockVsNodeHttp: results.mockVsNodeHttp >= 0.5,
    coldStartMs: results.coldStartMs <= 500,
  };
  console.log(`\nMachine: ${results.machine}\n`);
  console.log('| figure | value | target |');
  console.log('| --- | --- | --- |');
  for (const [key, value] of Object.entries(results)) {
    if (key === 'machine' || key === 'measuredAt') continue;
    const target = targets[key] ? `${targets[key]} ${met[key] ? '(met)' : '(NOT met)'}` : '';
    console.log(`| ${key} | ${value} | ${target} |`);
  }
  console.log('\nWrote bench/results.json');
}

function round(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}

await main();
