import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from './children.js';

/** The server the bench uses: BENCH_DATABASE_URL, else DATABASE_URL, else the machine's local one. */
export const benchDatabaseUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/test';

const storeDir = join(projectRoot, 'src/store/postgres');
const exportPattern = /export\s+(async\s+)?function\s+createPostgresStore\b|export\s+const\s+createPostgresStore\b|export\s*\{[^}]*\bcreatePostgresStore\b/;

/** The file under src/store/postgres/ that exports createPostgresStore, if a colleague has written it. */
export function findPostgresStoreModule(): string | undefined {
  if (!existsSync(storeDir)) return undefined;
  const files = readdirSync(storeDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const preferred = ['index.ts', 'postgresStore.ts', 'pgStore.ts', 'store.ts'];
  files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return files.map((f) => join(storeDir, f)).find((file) => exportPattern.test(readFileSync(file, 'utf8')));

  function rank(file: string): number {
    const i = preferred.indexOf(file);
    return i === -1 ? preferred.length : i;
  }
}

/** Why the PostgreSQL column cannot run, or undefined when it can. */
export async function postgresUnavailable(): Promise<string | undefined> {
  if (!findPostgresStoreModule()) return 'no PostgreSQL store in src/store/postgres/ (createPostgresStore) yet';
  const client = new pg.Client({ connectionString: benchDatabaseUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (err) {
    return `PostgreSQL at ${redact(benchDatabaseUrl)} not reachable: ${(err as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface FreshDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

let counter = 0;

/** An empty database for one bench section (fresh schema state); `drop` removes it again. */
export async function createFreshDatabase(): Promise<FreshDatabase> {
  const name = `vt_bench_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(benchDatabaseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Drops databases that earlier runs left behind (their process is gone: interrupted with Ctrl-C, killed). */
export async function dropStaleDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: benchDatabaseUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'vt\\_bench\\_%'");
    const stale = rows.map((r) => r.datname).filter((name) => !isRunning(Number(name.split('_')[2])));
    for (const name of stale) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return stale;
  } finally {
    await client.end();
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: benchDatabaseUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
