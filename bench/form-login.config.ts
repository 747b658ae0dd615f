import { defineConfig } from '@playwright/test';
import type { SessionFixtures } from '../fixtures/session.ts';
import config from '../playwright.config.ts';
import { formLogin } from './form-login.ts';

/** The suite's config with every login through the form (`npm run bench`, figure `uiLoginRatio`). */
export default defineConfig<Pick<SessionFixtures, 'logInWith'>>(config, { use: { logInWith: formLogin } });
