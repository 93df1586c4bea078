import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/knowledge/load.js';
import { createKnowledgeIndex } from '../src/knowledge/search.js';
import { assessAcuteDanger } from '../src/domain/acuteDanger.js';
import { understand } from '../src/knowledge/understand.js';
import { projectRoot } from './lib/children.js';
import type { BenchResult } from './knowledge.js';

const rounds = 10;
const warmupRounds = 2;

/**
 * Understanding one message in process, as a turn does it: the acute-danger reading plus the
 * decision (control word, language, worry, question and search). Over the blind set A sentences
 * (acute, calm, realistic and knowledge), `rounds` times.
 */
export interface UnderstandingResult extends BenchResult {
  /** CPU time of this process per message: the same work without the time the OS gave to others. */
  cpuP50Ms: number;
  cpuP99Ms: number;
}

export async function benchUnderstanding(): Promise<UnderstandingResult> {
  const index = createKnowledgeIndex(loadKnowledge().articles);
  const messages = readMessages();
  const once = (text: string) => {
    assessAcuteDanger(text);
    understand(text, index);
  };
  for (let round = 0; round < warmupRounds; round++) messages.forEach(once);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of messages) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      once(text);
      const used = process.cpuUsage(startCpu);
      wall.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return {
    name: 'understanding per message',
    p50Ms: percentile(wall, 0.5),
    p99Ms: percentile(wall, 0.99),
    cpuP50Ms: percentile(cpu, 0.5),
    cpuP99Ms: percentile(cpu, 0.99),
    ops: wall.length,
  };
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
}

function readMessages(): string[] {
  const dir = join(projectRoot, 'test/fixtures/understanding/setA');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line.trim()))
    .map((line) => String((JSON.parse(line) as { text: string }).text));
}

/** Run directly (`node --import tsx bench/understanding.ts`): print the result as JSON. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchUnderstanding()));
}
