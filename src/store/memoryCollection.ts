import type { Collection, UpdateDecision } from './store.js';

export type Mutation<T> = { op: 'put'; id: string; value: T } | { op: 'del'; id: string };

export interface PersistHooks<T> {
  /** Persists one mutation before it becomes visible; throwing aborts the mutation. */
  write(mutation: Mutation<T>): Promise<void>;
  /** Runs after the mutation is visible, still inside the write queue (journal compaction). */
  afterApply?(snapshot: () => Record<string, T>, mutation: Mutation<T>): Promise<void>;
}

/**
 * An in-memory collection whose writes run strictly one after another. With a `persist` hook
 * (the lowdb journal) a write is acknowledged only after it is on disk.
 */
export class MemoryCollection<T> implements Collection<T> {
  private readonly records = new Map<string, T>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly hooks: PersistHooks<T> = { write: async () => {} },
    initial?: Iterable<[string, T]>,
  ) {
    if (initial) for (const [id, value] of initial) this.records.set(id, value);
  }

  async get(id: string): Promise<T | undefined> {
    return this.records.get(id);
  }

  async getMany(ids: readonly string[]): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    for (const id of ids) {
      const record = this.records.get(id);
      if (record !== undefined) found.set(id, record);
    }
    return found;
  }

  async list(where?: Partial<T>): Promise<T[]> {
    const all = [...this.records.values()];
    if (!where) return all;
    const entries = Object.entries(where) as [keyof T, unknown][];
    return all.filter((r) => entries.every(([k, v]) => r[k] === v));
  }

  async entries(): Promise<[string, T][]> {
    return [...this.records.entries()];
  }

  async count(): Promise<number> {
    return this.records.size;
  }

  put(id: string, value: T): Promise<void> {
    return this.update(id, () => ({ next: value, result: undefined }));
  }

  insert(id: string, value: T): Promise<boolean> {
    return this.update(id, (current) => (current === undefined ? { next: value, result: true } : { result: false }));
  }

  delete(id: string): Promise<boolean> {
    return this.update(id, (current) => (current === undefined ? { result: false } : { next: null, result: true }));
  }

  update<R>(id: string, decide: (current: T | undefined) => UpdateDecision<T, R>): Promise<R> {
    const run = this.queue.then(async () => {
      const decision = decide(this.records.get(id));
      if (decision.next === undefined) return decision.result;
      const mutation: Mutation<T> = decision.next === null ? { op: 'del', id } : { op: 'put', id, value: decision.next };
      await this.hooks.write(mutation);
      if (mutation.op === 'put') this.records.set(id, mutation.value);
      else this.records.delete(id);
      await this.hooks.afterApply?.(() => this.snapshot(), mutation);
      return decision.result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Runs `work` in the write queue, after every write queued so far and before any later one. */
  exclusive<R>(work: (snapshot: Record<string, T>) => Promise<R>): Promise<R> {
    const run = this.queue.then(() => work(this.snapshot()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every write queued so far has finished. */
  async drain(): Promise<void> {
    await this.queue;
  }

  snapshot(): Record<string, T> {
    return Object.fromEntries(this.records);
  }
}
