import type { AuditEntry, ChannelRecord, OutboxItem, PersonalChatRecord, JobRecord } from './records.js';
import type { HandoverCase } from '../domain/cases/case.js';
import type { Ticket } from '../domain/advice/ticket.js';
import type { Evaluation } from '../domain/evaluation/evaluation.js';

/**
 * What an update function decides: `next` replaces the record (null deletes it, undefined keeps it),
 * `result` is returned to the caller. Updates on one collection run one at a time, so a
 * read-decide-write inside `update` is atomic (compare-and-set without locks in the caller).
 */
export interface UpdateDecision<T, R> {
  next?: T | null;
  result: R;
}

export interface Collection<T> {
  get(id: string): Promise<T | undefined>;
  /** Several records in one round trip; missing ids are left out of the map. */
  getMany(ids: readonly string[]): Promise<Map<string, T>>;
  /** Records whose top-level fields equal every field in `where` (all records without it). */
  list(where?: Partial<T>): Promise<T[]>;
  /** Every record with its id (for records that do not hold their own id, such as turn state). */
  entries(): Promise<[string, T][]>;
  put(id: string, value: T): Promise<void>;
  /** Stores the value only when the id is new; false when it already existed (nothing written). */
  insert(id: string, value: T): Promise<boolean>;
  update<R>(id: string, decide: (current: T | undefined) => UpdateDecision<T, R>): Promise<R>;
  delete(id: string): Promise<boolean>;
  /** How many records match `where` (all records without it), without reading them. */
  count(where?: Partial<T>): Promise<number>;
}

export interface AuditLog {
  append(entry: Omit<AuditEntry, 'id'>): Promise<AuditEntry>;
  list(where?: Partial<AuditEntry>): Promise<AuditEntry[]>;
}

export interface StoreStatus {
  kind: 'lowdb' | 'postgres' | 'memory';
  ok: boolean;
  detail?: string;
}

export interface Store {
  channels: Collection<ChannelRecord>;
  personalChats: Collection<PersonalChatRecord>;
  cases: Collection<HandoverCase>;
  tickets: Collection<Ticket>;
  /** Joint evaluations of casuïstiek, one per gemeente per period, with their lessons. */
  evaluations: Collection<Evaluation>;
  outbox: Collection<OutboxItem>;
  jobs: Collection<JobRecord>;
  /** Backing records of teams-ai TurnState (see src/teams/turnStateStorage.ts). */
  turnState: Collection<TurnStateRecord>;
  audit: AuditLog;
  /** Next value of a named sequence, starting at 1 (ticket numbers). */
  nextSequence(name: string): Promise<number>;
  status(): Promise<StoreStatus>;
  /**
   * Makes what was deleted or cleared unrecoverable from the store's files now (retention, "vergeet
   * mijn gegevens"). The embedded store folds every journal into its snapshot; PostgreSQL updates and
   * deletes rows in place, so there it has nothing to do.
   */
  compact(): Promise<void>;
  /** Writes everything still pending and releases files or connections. */
  close(): Promise<void>;
}

export interface TurnStateRecord {
  eTag: string;
  data: Record<string, unknown>;
}
