/**
 * Named, plausible regressions the mock can be started with (`MOCK_DEFECTS=a,b`), so the suite can
 * prove it catches them. Only honoured in test mode. No defect is defined yet: each will be a small
 * `if (isOn('name'))` branch next to the rule it breaks.
 */
/** Every known defect, by name, with what it breaks. Empty until the defects issue. */
export const DEFECTS: Readonly<Record<string, string>> = {};

export function activeDefects(env: NodeJS.ProcessEnv = process.env): Set<string> {
  if (!env.MOCK_TEST_TOKEN) return new Set();
  return new Set(
    (env.MOCK_DEFECTS ?? '')
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean),
  );
}

const active = activeDefects();

export function isOn(name: string): boolean {
  return active.has(name);
}
