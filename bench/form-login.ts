import type { LogInWith } from '../fixtures/session.ts';
import { LoginPage } from '../pages/login-page.ts';
import { loadProfile } from '../support/profile.ts';

/**
 * The benchmark's comparison run: every test logs in through the form instead of the API
 * shortcut, to show what the shortcut saves (npm run bench, `uiLoginRatio`).
 */
export const formLogin: LogInWith = async (user, context, target) => {
  const loginPage = new LoginPage(await context.newPage(), loadProfile(target.portalProfile));
  await loginPage.open();
  const answer = await loginPage.logIn(user);
  if (answer.status() !== 303) throw new Error(`The form login of ${user.login} answered ${answer.status()}`);
  // Closing the page mid-redirect can leave the context's next navigation hanging: land first.
  await loginPage.page.waitForURL((url) => url.pathname !== '/connexion');
  await loginPage.page.close();
};
