import { defineConfig } from '@playwright/test';
import type { LogInWith } from '../fixtures/session.ts';
import config from '../playwright.config.ts';
import { formLogin } from './form-login.ts';

/**
 * The suite's config with every login through the form (`npm run bench`, figure `uiLoginRatio`).
 * A function given in `use` is taken for a fixture: this one hands the login function over to
 * the `logInWith` option (fixtures/session.ts).
 */
const handOver = async ({}, use: (value: LogInWith) => Promise<void>) => use(formLogin);

export default defineConfig(config, { use: { logInWith: handOver } as Record<string, unknown> });
