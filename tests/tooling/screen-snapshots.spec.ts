import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { unrecordedScreens } from '../../support/screen-snapshots.ts';

/**
 * When tests/screens.spec.ts skips: on a deployed portal whose snapshot folder was never recorded
 * (its first run would fail every screen), unless the run records them; never on the mock's
 * builds, whose snapshots are committed (a missing one there must fail). Folders live under each
 * test's own output folder.
 */
test.describe('Screen snapshots of a build not recorded yet', () => {
  test('a deployed portal without its folder skips, saying which folder and how to record it', () => {
    const folder = test.info().outputPath('deployed-portal.example-production', 'screens');
    const reason = unrecordedScreens({ onMock: false, folder, updateSnapshots: 'missing' });
    expect(reason).toBe(
      `no recorded screens for ${relative(process.cwd(), folder)}: record them with --update-snapshots and review them (docs/builds.md, « Screen snapshots »)`,
    );
  });

  test('a deployed portal with its folder recorded checks its screens', () => {
    const folder = test.info().outputPath('recorded', 'screens');
    mkdirSync(folder, { recursive: true });
    expect(unrecordedScreens({ onMock: false, folder, updateSnapshots: 'missing' })).toBeUndefined();
    expect(unrecordedScreens({ onMock: false, folder, updateSnapshots: 'none' })).toBeUndefined();
  });

  test('a deployed portal asked to record its screens runs them', () => {
    const folder = test.info().outputPath('never-recorded', 'screens');
    for (const mode of ['changed', 'all'])
      expect(unrecordedScreens({ onMock: false, folder, updateSnapshots: mode }), mode).toBeUndefined();
    expect(unrecordedScreens({ onMock: false, folder, updateSnapshots: 'none' })).toContain(
      'no recorded screens for ',
    );
  });

  test('a build of the mock never skips, even with its folder missing', () => {
    const folder = test.info().outputPath('a-build-of-the-mock', 'screens');
    for (const mode of ['missing', 'none'])
      expect(unrecordedScreens({ onMock: true, folder, updateSnapshots: mode }), mode).toBeUndefined();
  });
});
