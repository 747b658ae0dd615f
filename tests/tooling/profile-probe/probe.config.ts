import { defineConfig } from '@playwright/test';
import config from '../../../playwright.config.ts';

/**
 * The suite's own config (its projects, their `build` option, the webServer of each build's mock),
 * with the `chromium` and `chromium-alt` projects running only probe.ts:
 * tests/tooling/profile-file.spec.ts runs it as a child run to see which profile each project's
 * page objects receive.
 */
export default defineConfig({
  ...config,
  projects: (config.projects ?? [])
    .filter((p) => p.name === 'chromium' || p.name === 'chromium-alt')
    .map((p) => ({ ...p, testDir: import.meta.dirname, testMatch: 'probe.ts', testIgnore: [] })),
});
