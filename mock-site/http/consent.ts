import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { CONSENT_COOKIE } from '../views/consent.tsx';
import type { AppEnv } from './web.ts';

/**
 * MOCK_CONSENT: a consent dialog over every page until it is answered, as real portals have
 * (views/consent.tsx). Off by default; honoured with or without test mode, like the skin.
 */
export function readConsent(env: NodeJS.ProcessEnv): boolean {
  const value = env.MOCK_CONSENT?.trim().toLowerCase() ?? '';
  if (value === '' || value === 'off') return false;
  if (value === 'on') return true;
  throw new Error(`MOCK_CONSENT: expected on or off, got « ${env.MOCK_CONSENT} »`);
}

/** Tells the views whether this request's page shows the dialog: on, and not answered yet. */
export function consentMiddleware(on: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('askConsent', on && getCookie(c, CONSENT_COOKIE) === undefined);
    await next();
  };
}
