/**
 * Bundles the mock portal into mock-site/dist with esbuild, so that it starts with plain Node:
 * no TypeScript loader, and its dependencies read from a few files instead of hundreds
 * (start to first page fell from ~0.9 s under tsx to ~0.3 s). Lazy imports (pdf-lib, nodemailer,
 * the test API) become chunks loaded on first use. MailDev stays external: it runs in its own
 * process (mail/mail-catcher.ts) and does not bundle (jsdom).
 *
 * Several mocks may build at once (shards, checks): every file is written beside its target and
 * renamed over it, so a mock starting meanwhile reads either the old file or the new one, whole.
 *
 * `node --import tsx mock-site/build.ts` (npm run build:mock) builds once; scripts import buildMock.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = join(HERE, 'dist');
export const SERVER_BUNDLE = join(DIST_DIR, 'server.mjs');

export async function buildMock(): Promise<void> {
  const result = await build({
    // Both at the top of dist/, whatever their folders: server.mjs forks its sibling mail-catcher.mjs.
    entryPoints: [
      { in: join(HERE, 'http', 'server.ts'), out: 'server' },
      { in: join(HERE, 'mail', 'mail-catcher.ts'), out: 'mail-catcher' },
    ],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['maildev'],
    // pdf-lib's ES build: its CommonJS one loses its named exports through a dynamic import.
    alias: { 'pdf-lib': 'pdf-lib/es/index.js' },
    sourcemap: true,
    outdir: DIST_DIR,
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS packages call require(); ES modules have none of their own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(DIST_DIR, { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildMock();
