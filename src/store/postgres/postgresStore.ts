import { HandoverCaseSchema } from '../../domain/cases/case.js';
import { TicketSchema } from '../../domain/advice/ticket.js';
import { EvaluationSchema } from '../../domain/evaluation/evaluation.js';
import {
  AuditEntrySchema,
  ChannelRecordSchema,
  JobRecordSchema,
  OutboxItemSchema,
  PersonalChatRecordSchema,
  TurnStateRecordSchema,
} from '../records.js';
import { createAuditLog } from '../shared.js';
import type { Store, StoreStatus, TurnStateRecord } from '../store.js';
import { CachedCollection } from './cachedCollection.js';
import { ChangeFeed } from './changeFeed.js';
import { Database } from './database.js';
import { migrate } from './migrate.js';
import { PgCollection } from './pgCollection.js';

export interface PostgresStoreOptions {
  /** The schema holding the tables (created when missing); 'public' by default. Tests use one per run. */
  schema?: string;
  /** Connections per instance; 10 by default. */
  poolSize?: number;
  onWarning?: (message: string, context: Record<string, unknown>) => void;
}

const STATUS_TIMEOUT_MS = 3_000;

/** Turn states kept in memory per instance (a conversation's or a person's state is a few hundred bytes). */
const TURN_STATE_CACHE_ROWS = 20_000;

/**
 * The store for several bot instances on one PostgreSQL database. It applies the migrations at start
 * (see migrate.ts), then serves each collection from its own table (see 001_initial.ts).
 *
 * One table per collection rather than one records table keyed (collection, id): each collection
 * gets its own statistics, indexes and vacuum rhythm (the outbox and turn state churn; channels
 * hardly change), a migration can give one collection real columns or constraints without touching
 * the others, and the audit log can be append-only in the database itself.
 *
 * Whatever must happen once is a primary key or a row-locked update: a job's due time
 * (`jobs.insert('<job>:<due>')`), an outbox item's dedupe id, a case's confirmation and a ticket's
 * claim (compare-and-set in `update`), a TurnState write (eTag checked in `update`).
 *
 * TurnState, read at the start of every turn, is cached per instance and kept current by
 * announcements from the database (migration 004, changeFeed.ts, cachedCollection.ts).
 */
export async function createPostgresStore(databaseUrl: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const db = new Database(databaseUrl, options.schema ?? 'public', options);
  try {
    const migrated = await migrate(db);
    if (migrated.newerThanCode !== undefined) {
      options.onWarning?.('store_schema_newer_than_code', { where: db.where, schema: db.schema, version: migrated.newerThanCode });
    }
  } catch (err) {
    await db.close();
    throw err;
  }

  const turnState = new CachedCollection<TurnStateRecord>(new PgCollection(db, 'turn_state', TurnStateRecordSchema), TURN_STATE_CACHE_ROWS);
  const turnStateChanges = new ChangeFeed(db, 'vt_turn_state', turnState, options.onWarning);
  await turnStateChanges.start();

  return {
    channels: new PgCollection(db, 'channels', ChannelRecordSchema),
    personalChats: new PgCollection(db, 'personal_chats', PersonalChatRecordSchema),
    cases: new PgCollection(db, 'cases', HandoverCaseSchema),
    tickets: new PgCollection(db, 'tickets', TicketSchema),
    evaluations: new PgCollection(db, 'evaluations', EvaluationSchema),
    outbox: new PgCollection(db, 'outbox', OutboxItemSchema),
    jobs: new PgCollection(db, 'jobs', JobRecordSchema),
    // Read on every turn: served from memory while this instance hears of every change (see cachedCollection.ts).
    turnState,
    // Only insert and list reach the table; its triggers refuse UPDATE, DELETE and TRUNCATE.
    audit: createAuditLog(new PgCollection(db, 'audit_log', AuditEntrySchema)),
    nextSequence: async (name) => {
      const { rows } = await db.query<{ value: string }>(
        `INSERT INTO ${db.table('sequences')} AS s (name, value) VALUES ($1, 1)
         ON CONFLICT (name) DO UPDATE SET value = s.value + 1 RETURNING value`,
        [name],
      );
      return Number(rows[0]!.value);
    },
    status: () => status(db),
    // Rows are updated and deleted in place; old row versions go with PostgreSQL's own (auto)vacuum.
    compact: async () => {},
    close: async () => {
      await turnStateChanges.close();
      await db.close();
    },
  };
}

/** `select 1`, bounded so a hung server makes /healthz say degraded instead of hanging. */
async function status(db: Database): Promise<StoreStatus> {
  if (db.isClosed) return { kind: 'postgres', ok: false, detail: 'closed' };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), STATUS_TIMEOUT_MS);
  });
  try {
    await Promise.race([db.query('SELECT 1'), timeout]);
    return { kind: 'postgres', ok: true };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return { kind: 'postgres', ok: false, detail: typeof code === 'string' ? code : 'no answer' };
  } finally {
    clearTimeout(timer);
  }
}
