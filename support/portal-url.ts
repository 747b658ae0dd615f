import { target } from './target/target.ts';

/**
 * Addresses on the portal under test. Its base URL may carry a path (a portal served under
 * https://staging.example.fr/portail/), while the profile's paths (support/profile.ts) are written
 * from the portal's own root: '/login'. Playwright, like `new URL`, resolves '/login' against the
 * origin and drops '/portail/', so every address is built here instead.
 */

/**
 * The base URL a portal address stands for: its origin alone at the root (as
 * `http://127.0.0.1:3210`), else origin and path ending with '/', since the path is the portal's
 * folder (`https://x/portail` and `https://x/portail/` are the same portal).
 */
export function portalBaseURL(address: URL): string {
  if (address.pathname === '/') return address.origin;
  return `${address.origin}${address.pathname.replace(/\/*$/, '/')}`;
}

/**
 * The absolute address of a portal path (with its query) under the base URL: '/login' under
 * 'https://x/portail/' is 'https://x/portail/login'. An absolute address (a link from an e-mail)
 * is returned as it is.
 */
export function portalURL(baseURL: string, path: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) return path;
  const base = new URL(baseURL);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\/+/, ''), base).toString();
}

let workerBase: string | undefined;

/**
 * Makes `portalBase()` the base URL of the build a worker tests (fixtures/internal.ts): on the
 * mock each build's portal has its own port, and a worker runs the tests of one build only.
 */
export function usePortalBase(baseURL: string): void {
  workerBase = baseURL;
}

/** The base URL of the portal under test in this worker (the configured one outside a worker). */
export function portalBase(): string {
  return workerBase ?? target.baseURL;
}
