import { getContext } from 'hono/context-storage';
import type { AppEnv } from '../http/web.ts';
import type { Skin } from './skin.ts';

/** The skin of the request being answered (set by http/app.ts before any route), for the views. */
export function useSkin(): Skin {
  return getContext<AppEnv>().var.skin;
}
