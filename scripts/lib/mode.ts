/**
 * What kind of portal a run is against, as reports name it:
 * - `mock`: no BASE_URL, the suite starts the bundled mock;
 * - `staging`: BASE_URL with ALLOW_ACCOUNT_CHANGES=true (only a staging portal may have accounts changed);
 * - `production`: any other BASE_URL (read-only).
 */
export type RunMode = 'mock' | 'staging' | 'production';

/** The run's mode from the environment (the same truthy spellings as support/target/target.ts's booleans). */
export function runMode(env: NodeJS.ProcessEnv = process.env): RunMode {
  if (!env.BASE_URL?.trim()) return 'mock';
  const changes = (env.ALLOW_ACCOUNT_CHANGES ?? '').trim().toLowerCase();
  return ['true', '1', 'yes'].includes(changes) ? 'staging' : 'production';
}
