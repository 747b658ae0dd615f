/**
 * Proves the suite runs its browsers on a remote Playwright browser server: starts one locally
 * (`chromium.launchServer` with the suite's own Chromium, since `npx playwright run-server` only
 * launches Playwright's downloaded builds), then runs the @smoke tests with PW_WS_ENDPOINT set.
 * The server's process tree must have done the browser work, and the tests must pass.
 */
import { readFileSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, resolveBrowser } from '../support/target/browser.ts';
import { run, treeCpuMs } from './lib/proc.ts';

const report = 'reports/remote-browser.json';
const server = await chromium.launchServer({
  executablePath: resolveBrowser(false).executablePath,
  args: CHROMIUM_ARGS,
  host: '127.0.0.1',
});
const pid = server.process().pid!;
let status = 1;
try {
  const cpuBefore = treeCpuMs(pid);
  console.log(`browser server at ${server.wsEndpoint()}; running the @smoke tests through it...`);
  rmSync(report, { force: true });
  const r = await run('npx playwright test --project=chromium --grep @smoke --reporter=json', {
    PW_WS_ENDPOINT: server.wsEndpoint(),
    PLAYWRIGHT_JSON_OUTPUT_FILE: report,
  });
  const cpuMs = treeCpuMs(pid) - cpuBefore;
  const { stats } = JSON.parse(readFileSync(report, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  console.log(
    `@smoke through the remote browser: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.skipped} skipped; ` +
      `the browser server used ${Math.round(cpuMs)} ms of CPU (exit ${r.code})`,
  );
  // A run that launched local browsers would leave the server idle: demand real work there.
  if (stats.expected > 0 && stats.unexpected === 0 && r.code === 0 && cpuMs > 100) status = 0;
  else console.error('remote browser check: FAILED');
} finally {
  await server.close();
}
process.exit(status);
