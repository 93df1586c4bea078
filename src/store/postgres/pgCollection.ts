import type { z } from 'zod';
import type { Collection, UpdateDecision } from '../store.js';
import { StoreError } from '../storeError.js';
import type { Database, Queryable } from './database.js';

/** Rows checked between two turns of the event loop: a large read (a dashboard over every case) lets chat turns through. */
const DECODE_SLICE = 2_000;

async function decodeInSlices<R>(rows: Row[], decode: (row: Row) => R): Promise<R[]> {
  const out: R[] = [];
  for (let k = 0; k < rows.length; k++) {
    if (k > 0 && k % DECODE_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    out.push(decode(rows[k]!));
  }
  return out;
}

/** A concurrent insert of an absent id can win over an update more than once only in theory. */
const MAX_UPDATE_ATTEMPTS = 5;

interface Row {
  id: string;
  data: unknown;
}

type Attempt<R> = { written: true; result: R } | { written: false };

/**
 * One collection as one table (id, data jsonb, version, updated_at). Every record read is checked
 * against the collection's zod schema (a bad row fails with 'store_row_invalid', naming table and
 * id, and is left untouched); every record written is checked the same way after a JSON round trip,
 * so what is written is exactly what a later read accepts.
 *
 * `update` first tries without a transaction: it reads the row with its version, decides, and writes
 * only if the version is still the one it read (`UPDATE … WHERE version = $n`, or an insert `ON
 * CONFLICT DO NOTHING` for an absent id): two round trips instead of four. When someone else wrote
 * in between, it falls back to a transaction holding the row lock (`SELECT … FOR UPDATE`) while
 * `decide` runs, so read-decide-write stays atomic across every connection and every instance, and
 * updaters of one busy row queue instead of retrying. For an absent id there is no row to lock: a
 * transaction-level advisory lock on (table, id) serializes the updaters, and the insert itself is
 * `ON CONFLICT DO NOTHING`; when a plain `insert`/`put` got in first, the update starts over and
 * `decide` sees that record. So `decide` must be pure: it can run more than once for one call (at
 * most once per attempt), and only the last run is written.
 */
export class PgCollection<T> implements Collection<T> {
  private readonly table: string;

  constructor(
    private readonly db: Database,
    private readonly tableName: string,
    private readonly schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  ) {
    this.table = db.table(tableName);
  }

  async get(id: string): Promise<T | undefined> {
    const { rows } = await this.db.query<Row>(`SELECT id, data FROM ${this.table} WHERE id = $1`, [id]);
    return rows[0] && this.decode(rows[0]);
  }

  async getMany(ids: readonly string[]): Promise<Map<string, T>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.db.query<Row>(`SELECT id, data FROM ${this.table} WHERE id = ANY($1::text[])`, [ids]);
    return new Map(rows.map((row) => [row.id, this.decode(row)]));
  }

  async list(where?: Partial<T>): Promise<T[]> {
    const filter = whereClause(where as Record<string, unknown> | undefined);
    const { rows } = await this.db.query<Row>(`SELECT id, data FROM ${this.table} WHERE ${filter.sql} ORDER BY seq`, filter.values);
    return decodeInSlices(rows, (row) => this.decode(row));
  }

  async entries(): Promise<[string, T][]> {
    const { rows } = await this.db.query<Row>(`SELECT id, data FROM ${this.table} ORDER BY seq`);
    return decodeInSlices(rows, (row): [string, T] => [row.id, this.decode(row)]);
  }

  async put(id: string, value: T): Promise<void> {
    await this.db.query(
      `INSERT INTO ${this.table} AS r (id, data) VALUES ($1, $2::jsonb)
       ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, version = r.version + 1, updated_at = now()`,
      [id, this.encode(id, value)],
    );
  }

  async insert(id: string, value: T): Promise<boolean> {
    const result = await this.db.query(`INSERT INTO ${this.table} (id, data) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO NOTHING`, [id, this.encode(id, value)]);
    return result.rowCount === 1;
  }

  async update<R>(id: string, decide: (current: T | undefined) => UpdateDecision<T, R>): Promise<R> {
    const unchanged = await this.updateIfUnchanged(id, decide);
    if (unchanged.written) return unchanged.result;
    for (let attempt = 1; attempt <= MAX_UPDATE_ATTEMPTS; attempt++) {
      const outcome = await this.db.transaction((client) => this.updateOnce(client, id, decide));
      if (outcome.written) return outcome.result;
    }
    throw new StoreError('store_conflict', `${this.tableName} row "${id}" kept being created by others during an update`, { table: this.tableName, id });
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.query(`DELETE FROM ${this.table} WHERE id = $1`, [id]);
    return (result.rowCount ?? 0) > 0;
  }

  async count(where?: Partial<T>): Promise<number> {
    const filter = whereClause(where as Record<string, unknown> | undefined);
    const { rows } = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${this.table} WHERE ${filter.sql}`, filter.values);
    return rows[0]!.n;
  }

  /** The optimistic attempt; `written: false` means the row changed after it was read (nothing written). */
  private async updateIfUnchanged<R>(id: string, decide: (current: T | undefined) => UpdateDecision<T, R>): Promise<Attempt<R>> {
    const { rows } = await this.db.query<Row & { version: number }>(`SELECT id, data, version FROM ${this.table} WHERE id = $1`, [id]);
    const row = rows[0];
    const decision = decide(row && this.decode(row));
    if (decision.next === undefined || (decision.next === null && !row)) return { written: true, result: decision.result };
    const write =
      decision.next === null
        ? this.db.query(`DELETE FROM ${this.table} WHERE id = $1 AND version = $2`, [id, row!.version])
        : row
          ? this.db.query(`UPDATE ${this.table} SET data = $3::jsonb, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`, [id, row.version, this.encode(id, decision.next)])
          : this.db.query(`INSERT INTO ${this.table} (id, data) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO NOTHING`, [id, this.encode(id, decision.next)]);
    return (await write).rowCount === 1 ? { written: true, result: decision.result } : { written: false };
  }

  /** One attempt; `written: false` means a concurrent insert took the absent id first (nothing written). */
  private async updateOnce<R>(
    client: Queryable,
    id: string,
    decide: (current: T | undefined) => UpdateDecision<T, R>,
  ): Promise<Attempt<R>> {
    const select = `SELECT id, data FROM ${this.table} WHERE id = $1 FOR UPDATE`;
    let { rows } = await client.query<Row>(select, [id]);
    if (rows.length === 0) {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [this.table, id]);
      ({ rows } = await client.query<Row>(select, [id]));
    }
    const existed = rows.length > 0;
    const decision = decide(existed ? this.decode(rows[0]!) : undefined);
    if (decision.next === undefined) return { written: true, result: decision.result };
    if (decision.next === null) {
      if (existed) await client.query(`DELETE FROM ${this.table} WHERE id = $1`, [id]);
      return { written: true, result: decision.result };
    }
    const data = this.encode(id, decision.next);
    if (existed) {
      await client.query(`UPDATE ${this.table} SET data = $2::jsonb, version = version + 1, updated_at = now() WHERE id = $1`, [id, data]);
      return { written: true, result: decision.result };
    }
    const inserted = await client.query(`INSERT INTO ${this.table} (id, data) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO NOTHING`, [id, data]);
    return inserted.rowCount === 1 ? { written: true, result: decision.result } : { written: false };
  }

  private decode(row: Row): T {
    const parsed = this.schema.safeParse(row.data);
    if (!parsed.success) {
      throw new StoreError('store_row_invalid', `${this.table}: row "${row.id}" is invalid (${problems(parsed.error)}); the row was left untouched`, {
        table: this.tableName,
        id: row.id,
      });
    }
    return parsed.data;
  }

  /** The record as JSON text, refused when it would not read back as a valid record. */
  private encode(id: string, value: T): string {
    const json = JSON.stringify(value);
    const parsed = this.schema.safeParse(json === undefined ? undefined : JSON.parse(json));
    if (!parsed.success) {
      throw new StoreError('store_row_invalid', `${this.table}: refusing to write row "${id}" (${problems(parsed.error)}); nothing was written`, {
        table: this.tableName,
        id,
      });
    }
    return json;
  }
}

function problems(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}

/**
 * `list(where)` as SQL with the reference semantics (top-level field equality): scalar fields
 * become one containment test `data @> $1::jsonb` (served by the table's GIN index); a field
 * given as undefined matches records without that field.
 */
export function whereClause(where: Record<string, unknown> | undefined): { sql: string; values: unknown[] } {
  const contains: Record<string, unknown> = {};
  const absent: string[] = [];
  for (const [key, value] of Object.entries(where ?? {})) {
    if (value === undefined) absent.push(key);
    else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) contains[key] = value;
    else throw new TypeError(`list(where) compares top-level fields with scalar values only; "${key}" is ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const values: unknown[] = [];
  const conditions: string[] = [];
  if (Object.keys(contains).length > 0) {
    values.push(JSON.stringify(contains));
    conditions.push(`data @> $${values.length}::jsonb`);
  }
  for (const key of absent) {
    values.push(key);
    conditions.push(`NOT (data ? $${values.length})`);
  }
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : 'TRUE', values };
}
