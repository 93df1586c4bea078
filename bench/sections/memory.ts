import { runLoad } from '../lib/load.js';
import type { Child } from '../lib/children.js';
import { benchUsers, knowledgeBodies, type TurnSettings } from './turns.js';
import { thisBot, withTarget, type StoreKind } from './targets.js';

export interface MemorySample {
  turns: number;
  /** After a full GC in the bot process. */
  rssBytes: number;
  heapUsedBytes: number;
}

export interface MemoryResult {
  store: StoreKind;
  samples: MemorySample[];
  /** RSS growth from the first to the last sample, in percent. */
  rssGrowthPct: number;
  heapGrowthPct: number;
  failures: number;
}

/** Sends knowledge turns in batches up to each checkpoint and reads the bot's memory after a GC. */
export async function benchMemory(store: StoreKind, connectorUrl: string, settings: TurnSettings, checkpoints: number[]): Promise<MemoryResult> {
  const users = benchUsers(settings.users);
  return withTarget(thisBot(store), { nodeArgs: ['--expose-gc'] }, async ({ ready, child }) => {
    const samples: MemorySample[] = [];
    let sent = 0;
    let failures = 0;
    for (const checkpoint of checkpoints) {
      const result = await runLoad({
        url: `${ready.url}/api/messages`,
        connections: settings.connections,
        durationMs: 0,
        totalRequests: checkpoint - sent,
        body: knowledgeBodies(connectorUrl, users, sent),
      });
      failures += result.failures;
      sent = checkpoint;
      samples.push({ turns: checkpoint, ...(await memoryOf(child)) });
    }
    const first = samples[0]!;
    const last = samples.at(-1)!;
    return {
      store,
      samples,
      rssGrowthPct: (100 * (last.rssBytes - first.rssBytes)) / first.rssBytes,
      heapGrowthPct: (100 * (last.heapUsedBytes - first.heapUsedBytes)) / first.heapUsedBytes,
      failures,
    };
  });
}

async function memoryOf(child: Child): Promise<{ rssBytes: number; heapUsedBytes: number }> {
  const reply = await child.request('memory', { gc: true });
  const memory = reply.memory as NodeJS.MemoryUsage;
  if (!reply.gcRan) throw new Error('the bot target ran without --expose-gc');
  return { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed };
}
