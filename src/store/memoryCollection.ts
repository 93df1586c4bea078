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
 * (the lowdb journal) a write is acknowledged only after it is on disk. Fields named in `indexed`
 * get an in-memory index, so `list({ field: value })` on them reads only the matching records.
 */
export class MemoryCollection<T> implements Collection<T> {
  private readonly records = new Map<string, T>();
  private readonly index: FieldIndex<T>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly hooks: PersistHooks<T> = { write: async () => {} },
    initial?: Iterable<[string, T]>,
    indexed: readonly IndexSpec<T>[] = [],
  ) {
    this.index = new FieldIndex(indexed);
    if (initial) for (const [id, value] of initial) this.set(id, value);
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
    if (!where) return [...this.records.values()];
    const entries = Object.entries(where) as [keyof T, unknown][];
    const ids = this.index.candidates(entries);
    const candidates = ids ? ids.map((id) => this.records.get(id)!) : this.records.values();
    const found: T[] = [];
    for (const r of candidates) if (entries.every(([k, v]) => r[k] === v)) found.push(r);
    return found;
  }

  async entries(): Promise<[string, T][]> {
    return [...this.records.entries()];
  }

  async count(where?: Partial<T>): Promise<number> {
    if (!where || Object.keys(where).length === 0) return this.records.size;
    const exact = this.index.exactCount(Object.entries(where) as [keyof T, unknown][]);
    return exact ?? (await this.list(where)).length;
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
      if (mutation.op === 'put') this.set(id, mutation.value);
      else this.remove(id);
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

  private set(id: string, value: T): void {
    const before = this.records.get(id);
    this.records.set(id, value);
    this.index.move(id, before, value);
  }

  private remove(id: string): void {
    const before = this.records.get(id);
    this.records.delete(id);
    this.index.move(id, before, undefined);
  }
}

/** An index on one top-level field, or on several together (an exact count for that combination). */
export type IndexSpec<T> = (keyof T & string) | readonly (keyof T & string)[];

/**
 * Equality indexes on top-level fields: fields → values → ids. Ids carry the order in which they
 * entered the collection, so an indexed list returns records in the same order as a full scan.
 */
class FieldIndex<T> {
  private readonly indexes: { fields: readonly (keyof T)[]; ids: Map<string, Set<string>> }[];
  private readonly order = new Map<string, number>();
  private nextOrder = 0;

  constructor(specs: readonly IndexSpec<T>[]) {
    this.indexes = specs.map((spec) => ({ fields: typeof spec === 'string' ? [spec] : [...spec].sort(), ids: new Map() }));
  }

  move(id: string, before: T | undefined, after: T | undefined): void {
    if (this.indexes.length === 0) return;
    if (!before && after) this.order.set(id, this.nextOrder++);
    for (const { fields, ids } of this.indexes) {
      const from = before && keyOf(fields, (f) => before[f]);
      const to = after && keyOf(fields, (f) => after[f]);
      if (from === to) continue;
      if (from !== undefined) {
        const set = ids.get(from);
        set?.delete(id);
        if (set?.size === 0) ids.delete(from);
      }
      if (to !== undefined) {
        const set = ids.get(to);
        if (set) set.add(id);
        else ids.set(to, new Set([id]));
      }
    }
    if (before && !after) this.order.delete(id);
  }

  /** The ids that may match, in collection order; undefined when no index covers a field of `where`. */
  candidates(where: [keyof T, unknown][]): string[] | undefined {
    let smallest: Set<string> | undefined;
    const value = new Map(where);
    for (const { fields, ids } of this.indexes) {
      if (!fields.every((f) => value.has(f))) continue;
      const set = ids.get(keyOf(fields, (f) => value.get(f)));
      if (!set) return [];
      if (!smallest || set.size < smallest.size) smallest = set;
    }
    if (!smallest) return undefined;
    return [...smallest].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** The number of matches when one index covers exactly the fields of `where`. */
  exactCount(where: [keyof T, unknown][]): number | undefined {
    const value = new Map(where);
    const index = this.indexes.find(({ fields }) => fields.length === value.size && fields.every((f) => value.has(f)));
    return index && (index.ids.get(keyOf(index.fields, (f) => value.get(f)))?.size ?? 0);
  }
}

function keyOf<T>(fields: readonly (keyof T)[], valueOf: (field: keyof T) => unknown): string {
  return JSON.stringify(fields.map((f) => valueOf(f) ?? null));
}
