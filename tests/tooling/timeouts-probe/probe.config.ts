import { defineConfig } from '@playwright/test';
import config from '../../../playwright.config.ts';

/**
 * The suite's own config (its timeouts, global setup, webServer), with the `chromium` project
 * running only probe.ts: tests/tooling/timeouts.spec.ts runs it as a child run to see the
 * timeouts a worker applies. The project keeps its name, so the run starts that build's mock.
 */
export default defineConfig({
  ...config,
  projects: (config.projects ?? [])
    .filter((p) => p.name === 'chromium')
    .map((p) => ({ ...p, testDir: import.meta.dirname, testMatch: 'probe.ts', testIgnore: [] })),
});
