import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/knowledge/load.js';
import { answerQuestion, createKnowledgeIndex } from '../src/knowledge/search.js';

export interface BenchResult {
  name: string;
  p50Ms: number;
  p99Ms: number;
  ops: number;
}

const rounds = 20;
const warmupRounds = 2;

/** Runs every labelled test question through answerQuestion, `rounds` times, and reports per-query latency. */
export async function benchKnowledgeSearch(): Promise<BenchResult> {
  const index = createKnowledgeIndex(loadKnowledge().articles);
  const questions = readQuestions();
  for (let round = 0; round < warmupRounds; round++) questions.forEach((question) => answerQuestion(index, question));

  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const start = performance.now();
      answerQuestion(index, question);
      latencies.push(performance.now() - start);
    }
  }
  latencies.sort((a, b) => a - b);
  return { name: 'knowledge.answerQuestion', p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99), ops: latencies.length };
}

function percentile(sortedValues: number[], fraction: number): number {
  const position = Math.min(sortedValues.length - 1, Math.ceil(fraction * sortedValues.length) - 1);
  return sortedValues[Math.max(0, position)] ?? 0;
}

/** The question set lives in test/; found from the project root so this also works from dist/. */
function readQuestions(): string[] {
  const file = join(projectRoot(), 'test/knowledge/questions.json');
  const questions = JSON.parse(readFileSync(file, 'utf8')) as { question: string }[];
  return questions.map((entry) => entry.question);
}

function projectRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('bench/knowledge.ts: project root (package.json) not found');
    directory = parent;
  }
  return directory;
}

/** Run directly (e.g. `node dist/bench/knowledge.js` after a build): print the result as JSON. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchKnowledgeSearch()));
}
