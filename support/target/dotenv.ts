import { config } from 'dotenv';

/**
 * Loads `.env` into the environment, once, before any module reads it: imported first by
 * support/profile.ts and support/target/target.ts, whichever a process imports first (the page
 * objects' profile is read while the target's own imports are evaluated). The environment wins
 * over `.env`.
 */
config({ quiet: true });
