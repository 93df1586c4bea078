import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** Clock ticks per second of /proc (USER_HZ); 100 on Linux. */
const ticksPerSecond = 100;

/** CPU time (user + system) a process has used, in ms; undefined off Linux. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** Busy CPU time of the whole machine (all cores, idle and iowait excluded), in ms. */
export function machineBusyMs(): number | undefined {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
    return ((user! + nice! + system! + irq! + softirq! + steal!) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

export interface CpuWindow {
  /** CPU ms the target process used in the window. */
  targetMs: number;
  /** CPU ms the PostgreSQL server processes used in the window (0 when none run). */
  databaseMs: number;
  /** Cores' worth of CPU that processes outside the bench used meanwhile (other work on the machine). */
  otherCores: number;
}

/** CPU ms per running process whose command name is `name` (the PostgreSQL server: "postgres"). */
function cpuByName(name: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== name) continue;
      const ms = processCpuMs(Number(entry));
      if (ms !== undefined) found.set(Number(entry), ms);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return found;
}

/** Measures CPU use of `targetPid`, of the database server and of everything else while `work` runs. */
export async function measureCpu<T>(targetPid: number, benchPids: number[], work: () => Promise<T>): Promise<{ result: T; cpu?: CpuWindow }> {
  const ownPids = [targetPid, process.pid, ...benchPids];
  const snapshot = () => ({ machine: machineBusyMs(), own: ownPids.map(processCpuMs), database: safe(() => cpuByName('postgres')), at: performance.now() });
  const before = snapshot();
  const result = await work();
  const after = snapshot();
  if (before.machine === undefined || after.machine === undefined || [...before.own, ...after.own].some((v) => v === undefined)) return { result };
  const used = ownPids.map((_, i) => after.own[i]! - before.own[i]!);
  let databaseMs = 0;
  for (const [pid, ms] of after.database ?? []) databaseMs += ms - (before.database?.get(pid) ?? ms);
  const others = after.machine - before.machine - used.reduce((a, b) => a + b, 0) - databaseMs;
  return { result, cpu: { targetMs: used[0]!, databaseMs, otherCores: Math.max(0, others / (after.at - before.at)) } };
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** How busy the machine is right now, in cores (sampled over `ms`). */
export async function machineLoadCores(ms = 1_000): Promise<number | undefined> {
  const before = machineBusyMs();
  const t0 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineBusyMs();
  if (before === undefined || after === undefined) return undefined;
  return (after - before) / (performance.now() - t0);
}

export const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);
