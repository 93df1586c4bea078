/**
 * Runs work for a set of keys one at a time per key. Turns in one conversation (a channel thread,
 * a double click) and turns of one user share TurnState records; running them in sequence is what
 * keeps teams-ai's eTag check from failing them.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(keys: string[], work: () => Promise<T>): Promise<T> {
    const unique = [...new Set(keys)].sort();
    const previous = unique.map((k) => this.tails.get(k) ?? Promise.resolve());
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    for (const k of unique) this.tails.set(k, done);
    try {
      await Promise.all(previous);
      return await work();
    } finally {
      release();
      for (const k of unique) if (this.tails.get(k) === done) this.tails.delete(k);
    }
  }

  get size(): number {
    return this.tails.size;
  }
}
