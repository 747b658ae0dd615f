import { getContext } from 'hono/context-storage';
import type { Skin } from '../skin.ts';
import type { AppEnv } from '../web.ts';

/** The skin of the request being answered (set by app.ts before any route), for the views. */
export function useSkin(): Skin {
  return getContext<AppEnv>().var.skin;
}
