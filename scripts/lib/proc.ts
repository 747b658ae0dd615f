/**
 * Process helpers shared by the bench and check scripts: CPU time of a process tree read from
 * /proc (Linux), spawning a command with its wall and CPU time, and waiting for a URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// Linux reports CPU times in clock ticks; 100 per second on every kernel config we run on.
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime, in ticks: the process and its reaped children. */
  ticks: number;
}

function readStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const raw = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      const n = (i: number) => Number(fields[i - 3]);
      stats.push({ pid: Number(entry), ppid: n(4), ticks: n(14) + n(15) + n(16) + n(17) });
    } catch {
      // The process ended while we were reading: its time is in its parent's cutime.
    }
  }
  return stats;
}

/** CPU milliseconds used so far by `root` and every live or reaped descendant. */
export function treeCpuMs(root: number = process.pid): number {
  const stats = readStats();
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let ticks = 0;
  const stack = stats.filter((s) => s.pid === root);
  while (stack.length) {
    const s = stack.pop()!;
    ticks += s.ticks;
    stack.push(...(children.get(s.pid) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

export interface RunResult {
  code: number;
  wallMs: number;
  /** CPU of the command and all its descendants (they are all reaped by the time it exits). */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command through bash and reports wall time and the CPU time of its whole tree,
 * taken from bash's `times` (children's user and system time, reaped descendants included).
 */
export function run(command: string, env: NodeJS.ProcessEnv = {}, echo = false): Promise<RunResult> {
  const marker = '__CPU_TIMES__';
  const script = `${command}\nstatus=$?\necho ${marker}; times\nexit $status`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      if (echo) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      if (echo) process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const tail = stdout
        .slice(stdout.lastIndexOf(marker) + marker.length)
        .trim()
        .split('\n');
      // `times` prints the shell's own line, then the children's: "0m1.234s 0m0.567s".
      const secs = [...(tail[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(
        (m) => Number(m[1]) * 60 + Number(m[2]),
      );
      const cpuMs = secs.reduce((a, b) => a + b, 0) * 1000;
      resolve({
        code: code ?? 1,
        wallMs,
        cpuMs,
        stdout: stdout.slice(0, stdout.lastIndexOf(marker)),
        stderr,
      });
    });
  });
}

/** Polls `url` until it answers 2xx, or throws after `timeoutMs`. Returns the ms it took. */
export async function waitForUrl(url: string, timeoutMs = 15_000, child?: ChildProcess): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (child && child.exitCode !== null)
      throw new Error(`process exited (${child.exitCode}) before ${url} answered`);
    try {
      const res = await fetch(url);
      if (res.ok) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    if (performance.now() - started > timeoutMs)
      throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}
