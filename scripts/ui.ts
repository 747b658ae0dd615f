/**
 * `npm run ui`: Playwright's UI mode where only Debian's Chromium is installed. `--ui` opens its
 * window in a Chromium Playwright finds by itself (its own download, Chrome or Edge) and stops with
 * « No chromium-based browser found » otherwise; here the UI is served on 127.0.0.1 instead
 * (`--ui-host`, `--ui-port`) and opened in the suite's own full Chromium. Extra arguments go to
 * `playwright test` (`npm run ui -- --project=chromium-alt`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, resolveBrowser } from '../support/target/browser.ts';
import { orExit } from '../support/target/config-error.ts';

const port = process.env.UI_PORT || '9323';
const url = `http://127.0.0.1:${port}`;
const browser = orExit(() => resolveBrowser(true));
const ownWindow = browser.source === 'playwright';
const args = ['playwright', 'test', ...(ownWindow ? ['--ui'] : ['--ui-host=127.0.0.1', `--ui-port=${port}`])];
const ui = spawn('npx', [...args, ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe'] });

let opened = false;
ui.stderr.pipe(process.stderr);
// Playwright says where the UI is served on one of its outputs: watch both.
// The address may come split across two chunks: each output is read as one growing text.
for (const output of [ui.stdout, ui.stderr]) {
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-4096);
    openWhenServed(text);
  });
}
ui.stdout.pipe(process.stdout);

function openWhenServed(output: string): void {
  // Playwright prints the address once the UI is served; then the window opens on it.
  if (ownWindow || opened || !output.includes(url)) return;
  opened = true;
  openWindow(3);
}

/**
 * Opens the window on the UI. A Chromium that fails to start (it could not reach the display yet,
 * as seen on a loaded machine) is started again, up to `attempts` times; closing the window ends
 * the UI mode.
 */
function openWindow(attempts: number): void {
  // As root (a container, a CI machine) Chromium starts only without its sandbox, as Playwright's do.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  // A profile of its own: a Chromium already open on the default one would take the window over.
  const profile = mkdtempSync(join(tmpdir(), 'playwright-ui-'));
  const started = Date.now();
  const window = spawn(
    browser.executablePath!,
    [`--app=${url}`, `--user-data-dir=${profile}`, ...sandbox, ...CHROMIUM_ARGS],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Chromium's own complaints (D-Bus, GPU) are noise while it runs; kept to explain a failed start.
  let complaints = '';
  window.stderr.on('data', (chunk: Buffer) => (complaints = (complaints + chunk.toString()).slice(-4096)));
  window.on('exit', (code, signal) => {
    rmSync(profile, { recursive: true, force: true });
    if (code && Date.now() - started < 10_000 && attempts > 1)
      return void setTimeout(() => openWindow(attempts - 1), 1_000);
    if (code)
      console.error(
        `The UI window's Chromium ended with code ${code} (${signal ?? 'no signal'}):\n${complaints}`,
      );
    ui.kill('SIGINT');
  });
}
ui.on('exit', (code) => process.exit(code ?? 0));
