/**
 * What only the PostgreSQL store has: migrations, row validation against the table, the
 * append-only audit table, and its failure modes. The shared semantics are in contract.ts.
 */
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { Database } from '../../src/store/postgres/database.js';
import { migrate, migrateDatabase } from '../../src/store/postgres/migrate.js';
import { migrations } from '../../src/store/postgres/migrations/index.js';
import { createPostgresStore } from '../../src/store/postgres/postgresStore.js';
import type { Store } from '../../src/store/store.js';
import { records } from './contract.js';
import { describePostgres, dropSchema, freshSchema, sql } from './postgresTestDb.js';

describePostgres('the PostgreSQL store', (url) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function open(schema = freshSchema(), options: Parameters<typeof createPostgresStore>[1] = {}): Promise<{ store: Store; schema: string }> {
    const store = await createPostgresStore(url, { ...options, schema });
    cleanups.push(() => dropSchema(url, schema), () => store.close());
    return { store, schema };
  }

  it('numbers its migrations 1, 2, 3… with unique names', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    for (const m of migrations) expect(m.name).toMatch(new RegExp(`^${String(m.version).padStart(3, '0')}_[a-z0-9_]+$`));
  });

  it('applies every migration once and records it; a second run applies nothing', async () => {
    const schema = freshSchema();
    cleanups.push(() => dropSchema(url, schema));
    const first = await migrateDatabase(url, { schema });
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    expect(first.version).toBe(migrations.length);
    const second = await migrateDatabase(url, { schema });
    expect(second.applied).toEqual([]);
    const recorded = await sql<{ version: number }>(url, `SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    expect(recorded.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
  });

  it('applies the migrations once when four instances start on an empty schema at the same time', async () => {
    const schema = freshSchema();
    cleanups.push(() => dropSchema(url, schema));
    const results = await Promise.all(Array.from({ length: 4 }, () => migrateDatabase(url, { schema })));
    expect(results.filter((r) => r.applied.length > 0)).toHaveLength(1);
    const recorded = await sql(url, `SELECT version FROM "${schema}".schema_migrations`);
    expect(recorded).toHaveLength(migrations.length);
  });

  it('rolls back a failing migration completely, recording nothing', async () => {
    const schema = freshSchema();
    cleanups.push(() => dropSchema(url, schema));
    const db = new Database(url, schema, { poolSize: 1 });
    try {
      await expect(migrate(db, [...migrations, { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE x (id text); SELECT no_such_function();' }])).rejects.toThrow();
    } finally {
      await db.close();
    }
    expect(await sql(url, 'SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).toEqual([]);
  });

  it('warns, and still starts, when the database was migrated by newer code', async () => {
    const { schema, store } = await open();
    await store.close();
    await sql(url, `INSERT INTO "${schema}".schema_migrations (version, name) VALUES (999, '999_future')`);
    const warnings: [string, Record<string, unknown>][] = [];
    await open(schema, { onWarning: (event, context) => warnings.push([event, context]) });
    expect(warnings).toEqual([['store_schema_newer_than_code', expect.objectContaining({ schema, version: 999 })]]);
  });

  it('refuses a row that does not match its schema, naming table and id, and leaves it untouched', async () => {
    const { store, schema } = await open();
    await sql(url, `INSERT INTO "${schema}".jobs (id, data) VALUES ('x', '{"id":"x"}')`);
    await expect(store.jobs.get('x')).rejects.toMatchObject({ code: 'store_row_invalid', context: { table: 'jobs', id: 'x' }, message: expect.stringMatching(/jobs.*row "x" is invalid/) });
    await expect(store.jobs.list()).rejects.toMatchObject({ code: 'store_row_invalid' });
    await expect(store.jobs.update('x', (cur) => ({ result: cur }))).rejects.toMatchObject({ code: 'store_row_invalid' });
    expect(await sql(url, `SELECT data FROM "${schema}".jobs WHERE id = 'x'`)).toEqual([{ data: { id: 'x' } }]);
  });

  it('refuses to write a record that would not read back, and writes nothing', async () => {
    const { store } = await open();
    const invalid = { ...records.job('j1'), status: 'paused' } as unknown as ReturnType<typeof records.job>;
    await expect(store.jobs.put('j1', invalid)).rejects.toMatchObject({ code: 'store_row_invalid', context: { table: 'jobs', id: 'j1' } });
    await expect(store.jobs.insert('j1', invalid)).rejects.toMatchObject({ code: 'store_row_invalid' });
    await expect(store.jobs.update('j1', () => ({ next: invalid, result: undefined }))).rejects.toMatchObject({ code: 'store_row_invalid' });
    expect(await store.jobs.count()).toBe(0);
  });

  it('decides again, on the new record, when a concurrent insert takes an absent id during an update', async () => {
    const { store, schema } = await open();
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    cleanups.push(() => other.end());
    await other.query('BEGIN');
    await other.query(`INSERT INTO "${schema}".jobs (id, data) VALUES ('j1', $1::jsonb)`, [JSON.stringify(records.job('j1', { owner: 'other' }))]);

    const seen: (string | undefined)[] = [];
    const update = store.jobs.update('j1', (cur) => {
      seen.push(cur?.owner);
      return cur ? { result: 'kept' } : { next: records.job('j1', { owner: 'update' }), result: 'created' };
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toEqual([undefined]); // decided on an absent record; its insert now waits for the other transaction
    await other.query('COMMIT');

    expect(await update).toBe('kept');
    expect(seen).toEqual([undefined, 'other']);
    expect((await store.jobs.get('j1'))?.owner).toBe('other');
  });

  it('decides again, on the new record, when another writer changes the row between the read and the write of an update', async () => {
    const { store, schema } = await open();
    await store.jobs.put('j1', records.job('j1', { owner: 'first' }));
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    cleanups.push(() => other.end());
    await other.query('BEGIN');
    await other.query(`UPDATE "${schema}".jobs SET data = $1::jsonb, version = version + 1 WHERE id = 'j1'`, [JSON.stringify(records.job('j1', { owner: 'other' }))]);

    const seen: (string | undefined)[] = [];
    const update = store.jobs.update('j1', (cur) => {
      seen.push(cur?.owner);
      return { next: records.job('j1', { owner: `${cur?.owner}+update` }), result: cur?.owner };
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toEqual(['first']); // decided on the committed row; its write now waits for the other transaction
    await other.query('COMMIT');

    expect(await update).toBe('other');
    expect(seen).toEqual(['first', 'other']);
    expect((await store.jobs.get('j1'))?.owner).toBe('other+update');
  });

  it('keeps the audit log append-only in the database itself', async () => {
    const { store, schema } = await open();
    const entry = await store.audit.append({ at: '2026-11-23T08:00:00.000Z', actorAadId: 'aad-1', action: 'case.confirmed', recordType: 'case', recordId: 'VT-1' });
    await expect(sql(url, `UPDATE "${schema}".audit_log SET data = '{}'`)).rejects.toThrow(/append-only/);
    await expect(sql(url, `DELETE FROM "${schema}".audit_log`)).rejects.toThrow(/append-only/);
    await expect(sql(url, `TRUNCATE "${schema}".audit_log`)).rejects.toThrow(/append-only/);
    expect(await store.audit.list()).toEqual([entry]);
  });

  it('filters list(where) on scalar fields only, and treats an undefined field as absent', async () => {
    const { store } = await open();
    await store.jobs.put('j1', records.job('j1', { finishedAt: '2026-11-23T09:00:00.000Z' }));
    await store.jobs.put('j2', records.job('j2'));
    expect((await store.jobs.list({ finishedAt: undefined })).map((j) => j.id)).toEqual(['j2']);
    await expect(store.jobs.list({ summary: { n: 1 } })).rejects.toThrow(TypeError);
  });

  it('says unavailable without the password when the server cannot be reached', async () => {
    const attempt = createPostgresStore('postgres://postgres:s3cret@127.0.0.1:1/test');
    await expect(attempt).rejects.toMatchObject({ code: 'store_unavailable', message: expect.stringContaining('127.0.0.1:1/test') });
    await expect(attempt).rejects.not.toMatchObject({ message: expect.stringContaining('s3cret') });
  });

  it('reports status ok while open, and closed after close; a closed store refuses work', async () => {
    const { store } = await open();
    expect(await store.status()).toEqual({ kind: 'postgres', ok: true });
    await store.close();
    await store.close();
    expect(await store.status()).toEqual({ kind: 'postgres', ok: false, detail: 'closed' });
    await expect(store.jobs.get('j1')).rejects.toMatchObject({ code: 'store_closed' });
  });
});
