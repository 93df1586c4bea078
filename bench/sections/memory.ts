import { runLoad } from '../lib/load.js';
import type { Child } from '../lib/children.js';
import { benchUsers, knowledgeBodies, type TurnSettings } from './turns.js';
import { thisBot, withTarget, type StoreKind } from './targets.js';

export interface MemorySample {
  turns: number;
  /** After a full GC in the bot process. */
  rssBytes: number;
  heapUsedBytes: number;
  /** Heap the JavaScript engine has committed, used or not: what RSS follows when the heap is flat. */
  heapTotalBytes: number;
}

export interface MemoryResult {
  store: StoreKind;
  samples: MemorySample[];
  /** RSS growth from the first to the second sample (5 000 → 10 000 turns), in percent. */
  rssGrowthPct: number;
  /** RSS growth from the second to the last sample (10 000 → 30 000 turns): after the engine has sized its heap. */
  settledRssGrowthPct: number;
  /** Heap used, first to last sample: what the bot keeps. */
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
    const [first, second] = [samples[0]!, samples[1] ?? samples[0]!];
    const last = samples.at(-1)!;
    const growth = (from: number, to: number) => (100 * (to - from)) / from;
    return {
      store,
      samples,
      rssGrowthPct: growth(first.rssBytes, second.rssBytes),
      settledRssGrowthPct: growth(second.rssBytes, last.rssBytes),
      heapGrowthPct: growth(first.heapUsedBytes, last.heapUsedBytes),
      failures,
    };
  });
}

async function memoryOf(child: Child): Promise<Omit<MemorySample, 'turns'>> {
  const reply = await child.request('memory', { gc: true });
  const memory = reply.memory as NodeJS.MemoryUsage;
  if (!reply.gcRan) throw new Error('the bot target ran without --expose-gc');
  return { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, heapTotalBytes: memory.heapTotal };
}
