import { Database, identifier } from './database.js';
import { migrations as allMigrations, type Migration } from './migrations/index.js';

export interface MigrationResult {
  schema: string;
  /** Names of the migrations this call applied, in order (empty when the schema was current). */
  applied: string[];
  /** The highest version now in the database. */
  version: number;
  /** Set when the database holds a version this code does not know (a newer instance migrated it). */
  newerThanCode?: number;
}

/**
 * Brings `db.schema` to the newest migration. Everything runs in one transaction that first takes
 * a transaction-level advisory lock for the schema: a second instance starting at the same time
 * waits, then finds the migrations recorded in schema_migrations and applies nothing. A failing
 * migration rolls back all of this call's work, so a schema is never half-migrated.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = allMigrations): Promise<MigrationResult> {
  const ordered = checkedOrder(migrations);
  return db.transaction(async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('vt-teams-bot:migrate:' || $1, 0))`, [db.schema]);
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [db.schema]);
    // Only when missing: CREATE SCHEMA IF NOT EXISTS still needs CREATE on the database.
    if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${identifier(db.schema)}`);
    await client.query(`SET LOCAL search_path TO ${identifier(db.schema)}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: string[] = [];
    for (const m of ordered) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.name);
      done.add(m.version);
    }
    const version = Math.max(0, ...done);
    const known = Math.max(0, ...ordered.map((m) => m.version));
    return { schema: db.schema, applied, version, ...(version > known ? { newerThanCode: version } : {}) };
  });
}

/** Applies the migrations to a database with a short-lived connection (npm run migrate). */
export async function migrateDatabase(databaseUrl: string, options: { schema?: string } = {}): Promise<MigrationResult & { where: string }> {
  const db = new Database(databaseUrl, options.schema ?? 'public', { poolSize: 1 });
  try {
    return { ...(await migrate(db)), where: db.where };
  } finally {
    await db.close();
  }
}

function checkedOrder(migrations: readonly Migration[]): Migration[] {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (!Number.isInteger(m.version) || m.version < 1 || (i > 0 && ordered[i - 1]!.version === m.version)) {
      throw new TypeError(`migration ${m.name} has a missing, invalid or duplicate version ${m.version}`);
    }
  });
  return ordered;
}
