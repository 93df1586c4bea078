import type { Collection, UpdateDecision } from '../store.js';
import type { ChangeFeedHandlers } from './changeFeed.js';

/**
 * A collection read through an in-process cache that the database keeps honest: every committed
 * change of a row is announced (a trigger and LISTEN, see changeFeed.ts) and drops that row here,
 * on every instance. The cache serves only while the announcements are known to arrive; when their
 * connection is lost it empties and every read goes to the database until listening again.
 *
 * What it is for: a chat turn reads its TurnState before anything else, and on PostgreSQL that read
 * was the only round trip of most turns. Between a commit on another instance and its announcement
 * arriving here (well under the time a person takes to read a reply and type the next message) a
 * read can still return the earlier row; a write on top of it is refused by the eTag check.
 *
 * A read that raced a change is not cached: every change bumps `epoch`, and a read only stores what
 * it got when no change happened while it was under way. Absent rows are cached too (most personal
 * chats have no state). At most `capacity` rows are kept, the least recently read dropped first.
 * Records are shared with callers, as the other stores do: callers copy before changing one.
 */
export class CachedCollection<T> implements Collection<T>, ChangeFeedHandlers {
  private readonly rows = new Map<string, T | null>();
  private epoch = 0;
  private serving = false;

  constructor(
    private readonly inner: Collection<T>,
    private readonly capacity: number,
  ) {}

  changed(id: string): void {
    this.epoch++;
    if (id === '*') this.rows.clear();
    else this.rows.delete(id);
  }

  listening(): void {
    this.epoch++;
    this.rows.clear();
    this.serving = true;
  }

  lost(): void {
    this.epoch++;
    this.rows.clear();
    this.serving = false;
  }

  async get(id: string): Promise<T | undefined> {
    const cached = this.recall(id);
    if (cached !== undefined) return cached ?? undefined;
    const epoch = this.epoch;
    const value = await this.inner.get(id);
    if (epoch === this.epoch) this.remember(id, value ?? null);
    return value;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    for (const id of ids) {
      const cached = this.recall(id);
      if (cached === undefined) return this.readMany(ids);
      if (cached !== null) found.set(id, cached);
    }
    return found;
  }

  list(where?: Partial<T>): Promise<T[]> {
    return this.inner.list(where);
  }

  entries(): Promise<[string, T][]> {
    return this.inner.entries();
  }

  count(where?: Partial<T>): Promise<number> {
    return this.inner.count(where);
  }

  put(id: string, value: T): Promise<void> {
    return this.writing(id, () => this.inner.put(id, value));
  }

  insert(id: string, value: T): Promise<boolean> {
    return this.writing(id, () => this.inner.insert(id, value));
  }

  update<R>(id: string, decide: (current: T | undefined) => UpdateDecision<T, R>): Promise<R> {
    return this.writing(id, () => this.inner.update(id, decide));
  }

  delete(id: string): Promise<boolean> {
    return this.writing(id, () => this.inner.delete(id));
  }

  private async readMany(ids: readonly string[]): Promise<Map<string, T>> {
    const epoch = this.epoch;
    const found = await this.inner.getMany(ids);
    if (epoch === this.epoch) for (const id of ids) this.remember(id, found.get(id) ?? null);
    return found;
  }

  /** The cached row, null when it is known to be absent, undefined when it is not cached (or not served). */
  private recall(id: string): T | null | undefined {
    if (!this.serving) return undefined;
    const row = this.rows.get(id);
    if (row === undefined) return undefined;
    // Most recently read last: Map keeps insertion order.
    this.rows.delete(id);
    this.rows.set(id, row);
    return row;
  }

  private remember(id: string, row: T | null): void {
    if (!this.serving) return;
    this.rows.set(id, row);
    if (this.rows.size > this.capacity) this.rows.delete(this.rows.keys().next().value!);
  }

  /** Drops the row before and after the write, so no read that overlapped it is kept. */
  private async writing<R>(id: string, write: () => Promise<R>): Promise<R> {
    this.changed(id);
    try {
      return await write();
    } finally {
      this.changed(id);
    }
  }
}
