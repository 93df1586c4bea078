import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { personalMessage, type TestUser } from '../../test/helpers/activities.js';
import { removeOnExit, type Child } from '../lib/children.js';
import { measureCpu } from '../lib/cpu.js';
import { runLoad, type LoadResult } from '../lib/load.js';
import { summarizeProfile, type ProfileSummary } from '../lib/profile.js';
import { withTarget, type StoreKind, type TargetSpec } from './targets.js';

export const knowledgeQuestion = 'Wat zijn signalen van verwaarlozing?';

export interface TurnSettings {
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** Distinct users (and personal conversations) the load is spread over. */
  users: number;
}

export interface TurnRow extends LoadResult {
  target: string;
  store?: StoreKind;
  /** Which round of the side-by-side runs (1-based); every round runs the echo bot and this bot. */
  round?: number;
  /** CPU time of the target process per measured turn (less sensitive to other load than turns/s). */
  cpuMsPerTurn?: number;
  /** CPU time of the PostgreSQL server per measured turn (PostgreSQL column only). */
  databaseCpuMsPerTurn?: number;
  /** Cores' worth of CPU used by processes outside the bench during the window. */
  otherCores?: number;
  /** Event-loop delay of the target during the window: how long it was blocked (CPU-bound work, GC). */
  loopDelayMs?: { p99: number; max: number };
  /** What the connector received during the measured window. */
  connectorReplies?: number;
  /** Whether the bot's last reply was the expected knowledge card. */
  replyChecked?: string;
}

export const benchUsers = (count: number, prefix = 'bench-user'): TestUser[] =>
  Array.from({ length: count }, (_, i) => ({ id: `29:${prefix}-${i}`, aadObjectId: `aad-${prefix}-${i}`, name: `Gebruiker ${i}` }));

/** Request `seq` comes from user `seq mod users`: consecutive turns are in different personal chats. */
export function knowledgeBodies(connectorUrl: string, users: TestUser[], offset = 0): (seq: number) => string {
  return (seq) => JSON.stringify(personalMessage(connectorUrl, users[(seq + offset) % users.length]!, knowledgeQuestion));
}

/** Message turns against one target in its own process, for a fixed time after a warm-up. */
export async function benchTurns(spec: TargetSpec, connector: Child, connectorUrl: string, settings: TurnSettings): Promise<TurnRow> {
  const users = benchUsers(settings.users);
  return withTarget(spec, {}, async ({ ready, child }) => {
    const url = `${ready.url}/api/messages`;
    // Every user's first turn (their personal chat and state stored, on a fresh store) falls in the warm-up:
    // the measured window is the steady state the echo bot is compared in.
    const warm = await runLoad({ url, connections: settings.connections, durationMs: settings.warmupMs, minRequests: users.length, body: knowledgeBodies(connectorUrl, users) });
    await connector.request('reset');
    await child.request('loopDelay', { reset: true });
    // The measured turns continue the round of users where the warm-up stopped.
    const body = knowledgeBodies(connectorUrl, users, warm.requests);
    const { result, cpu } = await measureCpu(child.pid, [connector.pid], () => runLoad({ url, connections: settings.connections, durationMs: settings.durationMs, body }));
    const loop = (await child.request('loopDelay')) as unknown as { p99Ms: number; maxMs: number };
    const stats = (await connector.request('stats')) as unknown as { counts: { reply: number }; lastBody: { reply?: unknown } };
    return {
      target: spec.label,
      store: spec.store,
      ...result,
      cpuMsPerTurn: cpu ? cpu.targetMs / result.requests : undefined,
      databaseCpuMsPerTurn: cpu && spec.store === 'postgres' ? cpu.databaseMs / result.requests : undefined,
      otherCores: cpu?.otherCores,
      loopDelayMs: { p99: loop.p99Ms, max: loop.maxMs },
      connectorReplies: spec.script.includes('bareRestify') ? undefined : stats.counts.reply,
      replyChecked: spec.store ? checkKnowledgeReply(stats.lastBody.reply) : undefined,
    };
  });
}

/** The knowledge answer is a card whose title is an article about neglect (verwaarlozing). */
function checkKnowledgeReply(body: unknown): string {
  const text = JSON.stringify(body ?? {});
  if (!text.includes('AdaptiveCard')) return 'no card in the reply';
  return /verwaarlozing/i.test(text) ? 'knowledge card about verwaarlozing' : 'a card, but not the expected article';
}

/** Runs a target under the same load with --cpu-prof and summarises its main thread during the measured window. */
export async function profileTurns(spec: TargetSpec, connectorUrl: string, settings: TurnSettings, keepAs?: string): Promise<ProfileSummary & { turns: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-bench-prof-'));
  const registered = removeOnExit(dir);
  try {
    const users = benchUsers(settings.users);
    let pid = 0;
    let turns = 0;
    const window = { from: 0, to: 0 };
    await withTarget(spec, { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir] }, async ({ ready, child }) => {
      pid = child.pid;
      const url = `${ready.url}/api/messages`;
      const warm = await runLoad({ url, connections: settings.connections, durationMs: settings.warmupMs, minRequests: users.length, body: knowledgeBodies(connectorUrl, users) });
      window.from = Number((await child.request('mark')).hrtimeUs);
      const body = knowledgeBodies(connectorUrl, users, warm.requests);
      turns = (await runLoad({ url, connections: settings.connections, durationMs: settings.durationMs, body })).requests;
      window.to = Number((await child.request('mark')).hrtimeUs);
    });
    const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
    const main = files.find((f) => f.includes(`.${pid}.0.`)) ?? files[0];
    if (!main) throw new Error('the profiled bot wrote no .cpuprofile (did it exit cleanly on SIGTERM?)');
    const summary = await summarizeProfile(path.join(dir, main), window);
    if (keepAs) {
      await copyFile(path.join(dir, main), keepAs);
      summary.file = keepAs;
    }
    return { ...summary, turns };
  } finally {
    await rm(dir, { recursive: true, force: true });
    registered.forget();
  }
}
