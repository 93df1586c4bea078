/** Two real bot processes on one fresh PostgreSQL database: spawning, commanding and reading them. */
import { postActivity } from '../helpers/postActivity.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { sql } from '../store/postgresTestDb.js';
import type { ChildCommand, ChildReady } from './instance.child.js';

const CHILD = path.join(import.meta.dirname, 'instance.child.ts');

export interface FreshDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one scenario. The bot process cannot be given a schema: openStore passes
 * none, so createPostgresStore uses "public", and it qualifies every table with its schema, so a
 * search_path in DATABASE_URL (`?options=-csearch_path%3D…`) changes nothing. A fresh database lets
 * the processes run with the production wiring and a plain DATABASE_URL.
 */
export async function freshDatabase(adminUrl: string): Promise<FreshDatabase> {
  const name = `vt_instances_${randomBytes(5).toString('hex')}`;
  await sql(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: async () => void (await sql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
}

export interface Instance extends ChildReady {
  name: string;
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
  /** Everything the process wrote (JSON log lines, errors). */
  output(): string;
  /** The log events of this process with this event name. */
  events(event: string): Record<string, unknown>[];
  command(cmd: ChildCommand): Promise<Record<string, unknown>>;
  /** POSTs an activity to /api/messages as Teams does. */
  send(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  kill(signal: NodeJS.Signals): Promise<void>;
  get alive(): boolean;
}

/** Starts `instance.child.ts` (src/index.ts's wiring with a simulated clock) and waits until it listens. */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { PATH: process.env.PATH ?? '', SCHEDULER: 'off', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  let logLines = '';
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
    logLines += c.toString();
  });
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<ChildReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 30 s:\n${out}`)), 30_000);
    child.on('message', (m: Record<string, unknown>) => {
      if (m.ready) {
        clearTimeout(timer);
        resolve(m as unknown as ChildReady);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before it was ready:\n${out}`));
    });
  });
  const url = `http://127.0.0.1:${ready.port}`;
  const instance: Instance = {
    ...ready,
    name,
    url,
    child,
    exited,
    output: () => out,
    events: (event) =>
      logLines.split('\n').flatMap((line) => {
        if (!line.startsWith('{')) return [];
        const e = JSON.parse(line) as Record<string, unknown>;
        return e.event === event ? [e] : [];
      }),
    command: (cmd) =>
      new Promise((resolve, reject) => {
        const onMessage = (m: Record<string, unknown>) => {
          if (m.reply !== cmd.cmd) return;
          child.off('message', onMessage);
          if (m.error) reject(new Error(`${name} ${cmd.cmd}: ${String(m.error)}`));
          else resolve(m);
        };
        child.on('message', onMessage);
        child.send(cmd);
      }),
    send: (activity) => postActivity(url, activity),
    kill: async (signal) => {
      if (!instance.alive) return;
      child.kill(signal);
      await exited;
    },
    get alive() {
      return child.exitCode === null && child.signalCode === null;
    },
  };
  return instance;
}

/** SIGTERM (the production stop: finish turns and deliveries, close the pool), SIGKILL after 10 s. */
export async function stopInstances(instances: (Instance | undefined)[]): Promise<void> {
  await Promise.all(
    instances.map(async (i) => {
      if (!i?.alive) return;
      const forced = setTimeout(() => i.child.kill('SIGKILL'), 10_000);
      await i.kill('SIGTERM');
      clearTimeout(forced);
    }),
  );
}

/** Sets both instances' clocks to one moment, measured from the same real instant. */
export async function setClocks(instances: Instance[], at: string): Promise<void> {
  const atRealMs = Date.now();
  await Promise.all(instances.map((i) => i.command({ cmd: 'set', at, atRealMs })));
}

/** Polls `probe` until it returns something other than undefined, null or false. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
