import { getContext } from 'hono/context-storage';
import type { Skin } from './skin.ts';

/**
 * The skin of the request being answered, for the views: http/app.ts sets it (`c.set('skin')`)
 * before any route.
 */
export function useSkin(): Skin {
  return getContext<{ Variables: { skin: Skin } }>().var.skin;
}
