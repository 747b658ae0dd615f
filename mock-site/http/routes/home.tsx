import { Hono } from 'hono';
import { HomePage } from '../../views/home.tsx';
import type { AppEnv } from '../web.ts';

export function homeRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.html(<HomePage />));
  return app;
}
