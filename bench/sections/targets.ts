import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, removeOnExit, startChild, type Child } from '../lib/children.js';
import { createFreshDatabase } from '../lib/postgres.js';
import type { ReadyMessage } from '../lib/protocol.js';

export type StoreKind = 'lowdb' | 'postgres';

export const storeLabel: Record<StoreKind, string> = { lowdb: 'lowdb', postgres: 'PostgreSQL' };

/** The region the tests use: its coordinator and advisors match test/helpers/activities.ts. */
export const benchRegionFile = 'test/fixtures/region.test.json';

export interface TargetSpec {
  label: string;
  script: string;
  /** Set for this bot: which store it runs on (a fresh data folder or database per start). */
  store?: StoreKind;
}

export const bareRestify: TargetSpec = { label: 'bare restify', script: 'bench/baselines/bareRestify.ts' };
export const echoBot: TargetSpec = { label: 'echo bot', script: 'bench/baselines/echoBot.ts' };
export const thisBot = (store: StoreKind): TargetSpec => ({ label: `this bot (${storeLabel[store]})`, script: 'bench/targets/bot.ts', store });

export interface RunningTarget {
  child: Child;
  ready: ReadyMessage;
  port: number;
}

/**
 * Starts a target in its own process on a fresh port (and, for this bot, a fresh data folder or
 * database), runs `work`, and always stops the process and removes its state afterwards.
 * `onSpawned` runs right after the spawn, before the target is ready (start-up timing).
 */
export async function withTarget<T>(
  spec: TargetSpec,
  options: { nodeArgs?: string[]; onSpawned?: (child: Child, port: number) => Promise<void> },
  work: (target: RunningTarget) => Promise<T>,
): Promise<T> {
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const port = await freePort();
    const env: Record<string, string> = { PORT: String(port), NODE_ENV: 'production' };
    if (spec.store) {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vt-bench-'));
      const registered = removeOnExit(dataDir);
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }).finally(registered.forget));
      Object.assign(env, {
        DATA_DIR: dataDir,
        REGION_FILE: benchRegionFile,
        LOG_LEVEL: 'silent',
        SCHEDULER: 'off',
        DATABASE_URL: '',
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        MicrosoftAppTenantId: '',
        PUBLIC_BASE_URL: '',
      });
      if (spec.store === 'postgres') {
        const database = await createFreshDatabase();
        cleanups.push(() => database.drop());
        env.DATABASE_URL = database.url;
      }
    }
    const child = startChild({ label: spec.label, script: spec.script, env, nodeArgs: options.nodeArgs });
    cleanups.push(() => child.stop());
    if (options.onSpawned) await options.onSpawned(child, port);
    const ready = await child.ready;
    if (spec.store && ready.detail?.store !== spec.store) throw new Error(`${spec.label}: started on store "${ready.detail?.store}", expected ${spec.store}`);
    return await work({ child, ready, port });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}
