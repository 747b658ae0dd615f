import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILDS } from '../../support/target/builds.ts';

/**
 * Issue 23, item 5: on each mock build, `npm run profile -- --write FILE` writes its committed
 * profile (profiles/<name>.json) exactly: every entry and price, nobody types a build's table.
 * One child run of the command per build, each on a mock of its own.
 */
const root = join(import.meta.dirname, '..', '..');
// Ports of its own (tests/tooling/faults.spec.ts and timeouts.spec.ts hold 4610 to 4672).
const PORT = 4700;

/** The profile's entries the guide quotes: written from the guide, never read from the portal. */
const GUIDE_TEXTS = ['mandataireNote', 'clearForm'];
const guide = readFileSync(join(root, '..', 'shared', 'guide', 'commander-pack-id-rgs.txt'), 'utf8');

const skins = [...new Map(BUILDS.map((b) => [b.skin, b])).values()];

test.describe('npm run profile', () => {
  test('sur chaque build du mock, le profil relevé est celui du profil commité', () => {
    test.setTimeout(300_000);
    const dir = mkdtempSync(join(tmpdir(), 'profile-record-'));
    try {
      for (const build of skins) {
        const file = join(dir, `${build.skin}.json`);
        const run = spawnSync('npm', ['run', '-s', 'profile', '--', '--build', build.skin, '--write', file], {
          cwd: root,
          env: { ...process.env, BASE_URL: '', MOCK_PORT: String(PORT), CI: '', FORCE_COLOR: '0' },
          encoding: 'utf8',
          timeout: 120_000,
        });
        expect(run.error, `${build.skin}: ${run.stderr}`).toBeUndefined();
        expect(run.status, `${build.skin}: exit ${run.status}\n${run.stdout}\n${run.stderr}`).toBe(0);
        // Every entry found, none differing: the table says so, and the file is the committed one.
        expect(run.stdout).toMatch(/(\d+) of \1 entries recorded, 0 differ from the profile in use/);
        const written = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        const committed = JSON.parse(
          readFileSync(join(root, 'profiles', `${build.profile}.json`), 'utf8'),
        ) as Record<string, unknown>;
        expect(written, `${build.skin}: recorded vs profiles/${build.profile}.json`).toEqual(committed);
        // The two entries the guide quotes are the guide's words, on every build.
        const texts = written.texts as Record<string, string>;
        for (const entry of GUIDE_TEXTS)
          expect(guide, `${build.skin}: texts.${entry} is the guide's words`).toContain(texts[entry]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
