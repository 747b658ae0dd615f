import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILDS, buildsToStart, projectsOnCommandLine } from '../../support/target/builds.ts';

/**
 * The npm scripts a QA runs do what README « Commands » says: the portal suite alone under
 * `npm run e2e`, one project per build of the mock, and the checks of the mock itself always on
 * the mock, whatever `.env` points at. Listings only (`--list`): no browser, no portal, no server.
 */
const root = join(import.meta.dirname, '..', '..');
// A deployed portal in the environment, as a QA's `.env` may hold; nothing connects to it here.
const STAGING = { BASE_URL: 'https://staging.certigna.example/', ALLOW_ACCOUNT_CHANGES: 'true' };

/** The projects an npm script would run, from its listing, and how many tests each. */
function projectsListed(script: string, env: NodeJS.ProcessEnv = {}): Record<string, number> {
  const run = spawnSync('npm', ['run', '-s', script, '--', '--list', '--reporter=list'], {
    cwd: root,
    env: { ...process.env, ...env, CI: '', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const counts: Record<string, number> = {};
  for (const [, project] of run.stdout.matchAll(/^\s*\[([\w-]+)\] ›/gm))
    counts[project!] = (counts[project!] ?? 0) + 1;
  return counts;
}

/** How many of the default build's tests a build runs: all of them, fewer or more. */
function share(count: number | undefined, ofDefault: number | undefined): 'all' | 'fewer' | 'more' {
  if (count === ofDefault) return 'all';
  return (count ?? 0) < (ofDefault ?? 0) ? 'fewer' : 'more';
}
/** A build that runs the data variants runs every test of the default build; the others fewer. */
const expectedShare = (build: (typeof BUILDS)[number]) => (build.variants ? 'all' : 'fewer');

test.describe('Les commandes', () => {
  test('npm run e2e lance la suite du portail seule : ni les tests du mock, ni ceux des outils', () => {
    expect(Object.keys(projectsListed('e2e'))).toEqual(['chromium']);
  });

  test('Les vérifications du mock restent sur le mock quand .env vise un portail déployé', () => {
    expect(Object.keys(projectsListed('test:mock', STAGING))).toEqual(['mock-http']);
    const all = projectsListed('test:all-on-mock', STAGING);
    expect(Object.keys(all).sort()).toEqual(['mock-http', 'tooling', ...BUILDS.map((b) => b.project)].sort());
  });

  test('Chaque build du mock est un projet ; les builds qui ne changent que les écrans laissent les variantes de données au build par défaut', () => {
    const all = projectsListed('e2e:builds');
    expect(Object.keys(all)).toEqual(BUILDS.map((b) => b.project));
    // Each other build: every test of the default build when it runs the variants, fewer otherwise.
    expect(BUILDS.slice(1).map((b) => `${b.project}: ${share(all[b.project], all.chromium)}`)).toEqual(
      BUILDS.slice(1).map((b) => `${b.project}: ${expectedShare(b)}`),
    );
  });

  test('npm run e2e:consent lance la suite du portail sur chaque build, sous le bandeau de cookies du mock', () => {
    expect(Object.keys(projectsListed('e2e:consent'))).toEqual(BUILDS.map((b) => b.project));
  });

  test('Un projet nommé ne démarre que le mock de son build', () => {
    expect(
      buildsToStart(['node', 'playwright', 'test', '--project=chromium-alt']).map((b) => b.skin),
    ).toEqual(['alt']);
    expect(buildsToStart(['node', 'playwright', 'test', '--project', 'chromium']).map((b) => b.skin)).toEqual(
      ['default'],
    );
    expect(buildsToStart(['node', 'playwright', 'test', '--project=chromium*'])).toHaveLength(BUILDS.length);
    expect(buildsToStart(['node', 'playwright', 'test', '-g', '@smoke'])).toHaveLength(BUILDS.length);
    // The mock's own HTTP tests need the default build's mock; the tools' tests start their own.
    expect(buildsToStart(['node', 'playwright', 'test', '--project=mock-http']).map((b) => b.skin)).toEqual([
      'default',
    ]);
    expect(buildsToStart(['node', 'playwright', 'test', '--project=tooling'])).toEqual([]);
    expect(projectsOnCommandLine(['node', 'playwright', 'test'])).toBeUndefined();
  });
});
