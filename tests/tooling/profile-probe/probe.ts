import { expect, test } from '../../../fixtures/index.ts';

/**
 * Run by tests/tooling/profile-file.spec.ts only (probe.config.ts): what the page objects of this
 * project's worker read, in an annotation of the JSON report. Nothing is opened: the page objects
 * are only built.
 */
test('the profile a worker’s page objects receive', async ({ loginPage, homePage, profile }) => {
  expect(loginPage.profile, 'the page objects receive the worker’s profile').toBe(profile);
  test.info().annotations.push({
    type: 'profile',
    description: JSON.stringify({
      loginPath: loginPage.profile.paths.login,
      homeHeading: homePage.profile.texts.homeHeading,
      sameAsFixture: loginPage.profile === profile && homePage.profile === profile,
    }),
  });
});
