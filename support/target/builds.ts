import type { Target } from './target.ts';

/**
 * The builds of the bundled mock the suite knows. Each is a Playwright project of its own
 * (playwright.config.ts), with its mock started on ports of its own, the mock's build (`skin`,
 * mock-site/README.md « Skins ») and the profile its page objects read (support/profile.ts).
 */
export interface Build {
  /** The project's name: `npx playwright test --project=<project>`. */
  project: string;
  /** MOCK_SKIN of the mock this project starts. */
  skin: string;
  /** The page objects' profile for that build. */
  profile: string;
  /** Added to MOCK_PORT, MOCK_SMTP_PORT and MOCK_MAIL_PORT, so the builds' mocks run side by side. */
  portOffset: number;
  /** Its mock shows a consent dialog over every page (MOCK_CONSENT=on), as real portals do. */
  consent?: boolean;
  /**
   * Whether it runs the tests' data variants (`@variant`: the same steps with other prices,
   * durations, kinds of account). Builds that only re-skin the screens leave them to the default.
   */
  variants: boolean;
}

export const BUILDS: readonly Build[] = [
  { project: 'chromium', skin: 'default', profile: 'default', portOffset: 0, variants: true },
  { project: 'chromium-alt', skin: 'alt', profile: 'alt', portOffset: 1, variants: false },
  { project: 'chromium-alt-markup', skin: 'alt-markup', profile: 'default', portOffset: 2, variants: false },
  // A JSF + PrimeFaces portal: another kind of application, so every test, variants included.
  { project: 'chromium-faces', skin: 'faces', profile: 'faces', portOffset: 3, variants: true },
  // The default build under a consent dialog: every test must get past it as a person would.
  {
    project: 'chromium-consent',
    skin: 'default',
    profile: 'default',
    portOffset: 4,
    consent: true,
    variants: true,
  },
];

/** The project every run has: the default build on the mock, the portal itself on BASE_URL. */
export const DEFAULT_BUILD = BUILDS[0]!;

/**
 * The profile the tests of one build read: on a deployed portal, the one PORTAL_PROFILE names (a
 * deployed portal is one build); on the mock, the build's own, except that a PORTAL_PROFILE given
 * replaces the default project's (`PORTAL_PROFILE=profiles/mine.json npm run e2e`: a patched mock
 * build tested with a recorded profile). The other projects keep theirs.
 */
export function profileFor(target: Target, build: Build): string {
  if (!target.isMock) return target.portalProfile;
  return build.project === DEFAULT_BUILD.project && target.portalProfileGiven
    ? target.portalProfile
    : build.profile;
}

/**
 * The target as the tests of one build see it: on the mock, that build's mock and profile
 * (`profileFor`); a deployed portal is one build, the one PORTAL_PROFILE names.
 */
export function forBuild(target: Target, build: Build): Target {
  if (!target.isMock) return target;
  const port = target.mock.port + build.portOffset;
  const mailPort = target.mock.mailPort + build.portOffset;
  return {
    ...target,
    baseURL: `http://127.0.0.1:${port}`,
    portalProfile: profileFor(target, build),
    mock: {
      ...target.mock,
      port,
      smtpPort: target.mock.smtpPort + build.portOffset,
      mailPort,
      mailURL: `http://127.0.0.1:${mailPort}`,
      skin: build.skin,
    },
  };
}

/**
 * The projects named on the command line (`--project x`, `--project=x`), as patterns with
 * Playwright's `*` wildcard; undefined when none is named (every project runs).
 */
export function projectsOnCommandLine(argv: readonly string[] = process.argv): RegExp[] | undefined {
  const names: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--project' && argv[i + 1]) names.push(argv[i + 1]!);
    else if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
  });
  if (!names.length) return undefined;
  const pattern = (name: string) =>
    new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
  return names.map(pattern);
}

/** The project of the mock's own HTTP tests, which run against the default build's mock. */
export const MOCK_HTTP_PROJECT = 'mock-http';

/** The builds whose mock a run needs: those of the projects it names, or all of them. */
export function buildsToStart(argv: readonly string[] = process.argv): Build[] {
  const named = projectsOnCommandLine(argv);
  if (!named) return [...BUILDS];
  const wanted = (project: string) => named.some((p) => p.test(project));
  return BUILDS.filter((b) => wanted(b.project) || (b === DEFAULT_BUILD && wanted(MOCK_HTTP_PROJECT)));
}
