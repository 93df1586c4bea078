import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../lib/children.js';
import { createFreshDatabase } from '../lib/postgres.js';

/** bench/knowledge.ts (owned by the knowledge work): p50/p99 of answerQuestion over the test questions. */
export interface KnowledgeResult {
  name: string;
  p50Ms: number;
  p99Ms: number;
  ops: number;
}

export async function benchKnowledge(): Promise<KnowledgeResult> {
  const module = (await import(pathToFileURL(path.join(projectRoot, 'bench/knowledge.ts')).href)) as { benchKnowledgeSearch?: () => Promise<KnowledgeResult> };
  if (typeof module.benchKnowledgeSearch !== 'function') throw new Error('bench/knowledge.ts exports no benchKnowledgeSearch()');
  return module.benchKnowledgeSearch();
}

export type Figures = Record<string, unknown>;

export interface RouteertafelResult {
  available: boolean;
  reason?: string;
  /** One entry per exported bench function and store: what it returned ('any': the function picks its store). */
  runs: { fn: string; store: 'lowdb' | 'postgres' | 'any'; figures?: Figures; error?: string }[];
}

/**
 * bench/routeertafel.ts is written by the routeertafel work and may not exist yet. Every exported
 * function named bench* is called once (and, when it takes an options argument and PostgreSQL is
 * available, once more with { store: 'postgres', databaseUrl } on a fresh database).
 */
export async function benchRouteertafel(postgres: boolean, timeoutMs = 150_000): Promise<RouteertafelResult> {
  const file = path.join(projectRoot, 'bench/routeertafel.ts');
  if (!existsSync(file)) return { available: false, reason: 'bench/routeertafel.ts does not exist (yet)', runs: [] };
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (err) {
    return { available: false, reason: `bench/routeertafel.ts failed to load: ${(err as Error).message}`, runs: [] };
  }
  const functions = Object.entries(module).filter((e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === 'function' && /^bench/i.test(e[0]));
  if (functions.length === 0) return { available: false, reason: 'bench/routeertafel.ts exports no bench* function', runs: [] };
  const runs: RouteertafelResult['runs'] = [];
  for (const [name, fn] of functions) {
    const takesOptions = fn.length >= 1;
    runs.push(await call(name, takesOptions ? 'lowdb' : 'any', () => fn(takesOptions ? { store: 'lowdb' } : undefined)));
    if (takesOptions && postgres) {
      const database = await createFreshDatabase();
      try {
        runs.push(await call(name, 'postgres', () => fn({ store: 'postgres', databaseUrl: database.url })));
      } finally {
        await database.drop().catch(() => undefined);
      }
    }
  }
  return { available: true, runs };

  async function call(fn: string, store: 'lowdb' | 'postgres' | 'any', run: () => unknown) {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs / 1000} s`)), timeoutMs)));
      const figures = (await Promise.race([Promise.resolve(run()), timeout])) as unknown;
      return { fn, store, figures: (typeof figures === 'object' && figures !== null ? figures : { result: figures }) as Figures };
    } catch (err) {
      return { fn, store, error: (err as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }
}
