import type pg from 'pg';
import type { Database } from './database.js';

export interface ChangeFeedHandlers {
  /** A row of this schema changed (its id), or every row did ('*'). */
  changed(id: string): void;
  /** LISTEN is in place: every change committed from now on is announced. */
  listening(): void;
  /** The connection is gone: changes can be missed until `listening` is called again. */
  lost(): void;
}

const RETRY_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * One dedicated connection that LISTENs on a channel whose payload is `schema:id` and hands the ids
 * of this database's schema to `handlers`. It reconnects by itself after a lost connection, waiting
 * longer after each failed try; between `lost` and the next `listening`, announcements are missed,
 * which is why a cache that relies on them must stop serving in that time.
 */
export class ChangeFeed {
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly channel: string,
    private readonly handlers: ChangeFeedHandlers,
    private readonly onWarning?: (message: string, context: Record<string, unknown>) => void,
  ) {}

  /** Resolves after the first try, listening or not; a failed try is retried in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    let client: pg.Client;
    try {
      client = this.db.dedicatedClient();
    } catch {
      return; // the store was closed meanwhile
    }
    const prefix = `${this.db.schema}:`;
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload?.startsWith(prefix)) return;
      this.handlers.changed(message.payload.slice(prefix.length));
    });
    let gone = false;
    const drop = (err?: Error) => {
      if (gone) return;
      gone = true;
      if (this.client === client) this.client = undefined;
      this.handlers.lost();
      if (this.closed) return;
      this.onWarning?.('store_change_feed_lost', { where: this.db.where, code: (err as { code?: string } | undefined)?.code });
      void client.end().catch(() => undefined);
      this.retry();
    };
    client.on('error', drop);
    client.on('end', () => drop());
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (err) {
      drop(err as Error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    this.handlers.listening();
  }

  private retry(): void {
    const wait = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!;
    this.timer = setTimeout(() => void this.connect(), wait);
    this.timer.unref();
  }
}
