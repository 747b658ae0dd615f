/**
 * A mistake in the suite's configuration (`.env`, the environment, the browser to drive): its
 * message says all a person needs to fix it, so it is shown alone.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads configuration at a module's top level (the config and every worker import these modules):
 * a ConfigError is printed alone, without the stack of the loader that imported the module, and
 * ends the process with exit code 1. Any other error is a bug and keeps its stack.
 */
export function orExit<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // stderr is written synchronously to files and pipes: nothing is lost by exiting now.
    console.error(e.message);
    process.exit(1);
  }
}
