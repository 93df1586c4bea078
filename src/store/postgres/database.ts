import pg from 'pg';
import { StoreError } from '../storeError.js';

export type Queryable = Pick<pg.PoolClient, 'query'>;

export interface DatabaseOptions {
  poolSize?: number;
  onWarning?: (message: string, context: Record<string, unknown>) => void;
}

/**
 * A pg Pool bound to one schema. Every statement is parameterized; the only text spliced into SQL
 * is a table or schema name, checked by `identifier` and quoted. Failures to reach the server become
 * StoreError 'store_unavailable' (naming host and database, never the password); other database
 * errors pass through unchanged.
 */
export class Database {
  private readonly pool: pg.Pool;
  private readonly databaseUrl: string;
  private closed = false;
  readonly where: string;

  constructor(
    databaseUrl: string,
    readonly schema: string,
    options: DatabaseOptions = {},
  ) {
    identifier(schema);
    this.where = describeDatabaseUrl(databaseUrl);
    this.databaseUrl = databaseUrl;
    this.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: options.poolSize ?? 10,
      application_name: 'vt-teams-bot',
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      // A transaction here holds its row lock only while a synchronous decide runs; one left open
      // by a stalled client is ended by the server instead of blocking other instances.
      idle_in_transaction_session_timeout: 30_000,
    });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.pool.on('error', (err) => options.onWarning?.('store_connection_lost', { where: this.where, code: errorCode(err) }));
  }

  /** `"schema"."name"` for a fixed table name from this module's callers, never from input. */
  table(name: string): string {
    return `${identifier(this.schema)}.${identifier(name)}`;
  }

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    const client = await this.connect();
    let broken: Error | undefined;
    try {
      return await client.query<R>(text, values);
    } catch (err) {
      broken = isConnectionError(err) ? (err as Error) : undefined;
      throw this.translate(err);
    } finally {
      client.release(broken);
    }
  }

  /**
   * Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK and rethrow
   * (the same error) when it throws.
   */
  async transaction<R>(work: (client: Queryable) => Promise<R>): Promise<R> {
    const client = await this.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch((rollbackErr: Error) => {
        broken = rollbackErr;
      });
      if (isConnectionError(err)) broken = err as Error;
      throw this.translate(err);
    } finally {
      client.release(broken);
    }
  }

  /** A connection of its own, outside the pool, for LISTEN (see changeFeed.ts); the caller ends it. */
  dedicatedClient(): pg.Client {
    if (this.closed) throw new StoreError('store_closed', `the PostgreSQL store (${this.where}) is closed`, { where: this.where });
    return new pg.Client({ connectionString: this.databaseUrl, application_name: `vt-teams-bot-listen ${this.schema}`, keepAlive: true, connectionTimeoutMillis: 10_000 });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async connect(): Promise<pg.PoolClient> {
    if (this.closed) throw new StoreError('store_closed', `the PostgreSQL store (${this.where}) is closed`, { where: this.where });
    try {
      return await this.pool.connect();
    } catch (err) {
      throw unavailable(this.where, err);
    }
  }

  private translate(err: unknown): unknown {
    return isConnectionError(err) ? unavailable(this.where, err) : err;
  }
}

/** Only plain lower/upper-case SQL identifiers; quoted so reserved words are safe too. */
export function identifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new TypeError(`not a valid SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** host:port/database, without user or password, for logs and errors. */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname || '/'}`;
  } catch {
    return 'the configured database';
  }
}

function unavailable(where: string, err: unknown): StoreError {
  const code = errorCode(err);
  const error = new StoreError('store_unavailable', `PostgreSQL at ${where} cannot be reached${code ? ` (${code})` : ''}`, { where, cause: code });
  (error as { cause?: unknown }).cause = err;
  return error;
}

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

const connectionErrnos = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);

/** SQLSTATE class 08 (connection exception), 57P01–57P03 (server shutting down), 53300 (too many connections), or a socket errno. */
function isConnectionError(err: unknown): boolean {
  const code = errorCode(err);
  if (!code) return false;
  if (err instanceof pg.DatabaseError) return code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300';
  return connectionErrnos.has(code);
}
