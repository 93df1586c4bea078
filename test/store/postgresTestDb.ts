import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { createPostgresStore, type PostgresStoreOptions } from '../../src/store/postgres/postgresStore.js';
import type { Store } from '../../src/store/store.js';

/** Set in CI (.ci/run) to the machine's PostgreSQL; the PostgreSQL suites are skipped without it. */
export const databaseUrl = process.env.DATABASE_URL;

/**
 * `describe` when DATABASE_URL is set. Otherwise a skipped test and a warning saying why, so a local
 * run shows the suite did not run; under CI (CI set) a missing DATABASE_URL fails instead, because
 * there the PostgreSQL suites must run.
 */
export function describePostgres(name: string, body: (url: string) => void): void {
  if (databaseUrl) {
    describe(name, () => body(databaseUrl));
    return;
  }
  const why = 'needs DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)';
  if (process.env.CI) {
    describe(name, () => {
      it(`runs in CI, which ${why.replace('needs', 'must set')}`, () => {
        throw new Error(`${name}: DATABASE_URL is not set, but CI must run the PostgreSQL suites`);
      });
    });
    return;
  }
  console.warn(`${name}: skipped, ${why}`);
  describe(name, () => {
    it.skip(`${why}; skipped`, () => {});
  });
}

/** A schema of its own per test, so runs never see each other's rows and cleanup is one DROP. */
export function freshSchema(): string {
  return `test_${randomBytes(6).toString('hex')}`;
}

export async function sql<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  await sql(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

/** Two stores (two pools, as two bot instances would have) on one fresh schema. */
export async function twoInstances(url: string, options: PostgresStoreOptions = {}): Promise<{ a: Store; b: Store; schema: string; cleanup(): Promise<void> }> {
  const schema = freshSchema();
  const [a, b] = await Promise.all([createPostgresStore(url, { ...options, schema }), createPostgresStore(url, { ...options, schema })]);
  return {
    a,
    b,
    schema,
    cleanup: async () => {
      await Promise.all([a.close(), b.close()]);
      await dropSchema(url, schema);
    },
  };
}
