import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Mails } from '../../pages/mails.ts';
import { portalURL, usePortalBase } from '../../support/portal-url.ts';
import { target } from '../../support/target/target.ts';
import { loadProfile } from '../../support/profile.ts';

/**
 * A portal served under a path (BASE_URL=https://staging.example.fr/portail/): every address the
 * suite opens stays under that path, while on a portal at the root (the mock) nothing changes.
 * Plain function calls and one child node process: no browser, and nothing connects anywhere
 * (staging.example.fr is only a string here).
 */
const root = join(import.meta.dirname, '..', '..');
/** The default build's profile: its paths stand for any build's. */
const profile = loadProfile('default');

test.describe('portalURL', () => {
  test('a profile path under a base path stays under it', () => {
    expect(portalURL('https://x/portail/', '/login')).toBe('https://x/portail/login');
    expect(portalURL('https://x/portail', '/login')).toBe('https://x/portail/login');
    expect(portalURL('https://x/portail/', '/')).toBe('https://x/portail/');
    expect(portalURL('https://x/a/b/', '/espace/liste?produit=p1')).toBe(
      'https://x/a/b/espace/liste?produit=p1',
    );
  });

  test('at the root, the same address as Playwright gives a root-relative path', () => {
    for (const base of ['http://127.0.0.1:3210', 'http://127.0.0.1:3210/', 'https://staging.example.fr'])
      for (const path of ['/login', '/', '/espace/liste?produit=p1', '/client/login#top'])
        expect(portalURL(base, path), `${path} under ${base}`).toBe(new URL(path, base).toString());
  });

  test('an absolute address (a link from an e-mail) is kept as it is', () => {
    const link = 'https://staging.example.fr/portail/activation?token=abc';
    expect(portalURL('https://x/portail/', link)).toBe(link);
  });

  test('a link of an e-mail, absolute or root-relative, is read under the base path', () => {
    const path = profile.paths.activationLink;
    const mail = (href: string) => ({ subject: 'Activation', text: '', html: `<a href="${href}?token=t1">` });
    const under = (base: string, href: string) => {
      usePortalBase(base);
      return new Mails(profile).activationLink(mail(href));
    };
    expect(under('https://x/portail/', `https://x/portail${path}`)).toBe(`https://x/portail${path}?token=t1`);
    expect(under('https://x/portail/', `/portail${path}`)).toBe(`https://x/portail${path}?token=t1`);
    expect(under('http://127.0.0.1:3210', path)).toBe(`http://127.0.0.1:3210${path}?token=t1`);
    usePortalBase(target.baseURL);
  });
});

test('goTo opens a profile path under BASE_URL’s path', async () => {
  // A child process: the target is read once per process, from its environment.
  const probe = `
const { goTo } = await import(${JSON.stringify(join(root, 'pages/navigate.ts'))});
const { loadProfile } = await import(${JSON.stringify(join(root, 'support/profile.ts'))});
const profile = loadProfile('default');
const opened = [];
const page = { goto: async (url) => { opened.push(url); return null; } };
await goTo(page, profile.paths.login);
await goTo(page, profile.paths.home);
console.log(JSON.stringify({ opened, login: profile.paths.login }));
`;
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module'], {
    cwd: root,
    env: { ...process.env, BASE_URL: 'https://staging.example.fr/portail/', PORTAL_PROFILE: 'default' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(probe);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  expect(code, stderr).toBe(0);
  const { opened, login } = JSON.parse(stdout) as { opened: string[]; login: string };
  expect(opened).toEqual([
    `https://staging.example.fr/portail${login}`,
    'https://staging.example.fr/portail/',
  ]);
});

/** Every .ts file under `dir`, recursively. */
function sources(dir: string): { name: string; text: string }[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') ? [{ name: path, text: readFileSync(join(root, path), 'utf8') }] : [];
  });
}

test('pages/, support/ and fixtures/ give page.goto nothing but a portalURL(…)', () => {
  // `page.goto('/login')`, `goto(\`/…\`)`, `goto(profile.paths.x)`, `goto(path)`: Playwright would
  // resolve a root-relative path against the origin, dropping the base path. goTo() of
  // pages/navigate.ts takes a profile path and builds the address itself.
  const offending = ['pages', 'support', 'fixtures'].flatMap(sources).flatMap((file) =>
    file.text
      .split('\n')
      .map((line, i) => ({ where: `${file.name}:${i + 1}`, line: line.trim() }))
      .filter(({ line }) => /\.goto\(/.test(line) && !/\.goto\(\s*portalURL\(/.test(line)),
  );
  expect(
    offending.map(({ where, line }) => `${where}: ${line}`),
    'use goTo(page, path) of pages/navigate.ts, or page.goto(portalURL(baseURL, path))',
  ).toEqual([]);
});
