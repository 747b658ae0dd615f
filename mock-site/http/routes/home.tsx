import { Hono } from 'hono';
import { HomePage } from '../../views/home.tsx';
import type { AppEnv } from '../web.ts';

/** The home page, at `/` (the welcome page) and at the build's own path. */
export function homeRoutes(home: string) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.html(<HomePage />));
  if (home !== '/') app.get(home, (c) => c.html(<HomePage />));
  return app;
}
