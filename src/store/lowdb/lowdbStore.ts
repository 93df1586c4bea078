import { mkdir } from 'node:fs/promises';
import type { z } from 'zod';
import { HandoverCaseSchema } from '../../domain/cases/case.js';
import { TicketSchema } from '../../domain/advice/ticket.js';
import { EvaluationSchema } from '../../domain/evaluation/evaluation.js';
import { MemoryCollection, type IndexSpec } from '../memoryCollection.js';
import {
  AuditEntrySchema,
  ChannelRecordSchema,
  JobRecordSchema,
  OutboxItemSchema,
  PersonalChatRecordSchema,
  SequenceRecordSchema,
  TurnStateRecordSchema,
} from '../records.js';
import type { Store } from '../store.js';
import { createAuditLog, createSequences } from '../shared.js';
import { loadCollection, type Journal } from './journaledFile.js';
import { acquireDirLock } from './dirLock.js';

export interface LowdbStoreOptions {
  /** Journal lines before a collection is folded into its snapshot file. */
  compactEvery?: number;
  onWarning?: (message: string, context: Record<string, unknown>) => void;
}

/** The embedded default store: one lowdb snapshot + journal per collection under `dir`. */
export async function createLowdbStore(dir: string, options: LowdbStoreOptions = {}): Promise<Store> {
  const compactEvery = options.compactEvery ?? 5_000;
  await mkdir(dir, { recursive: true });
  const lock = await acquireDirLock(dir);
  const open: { collection: MemoryCollection<unknown>; journal: Journal<unknown> }[] = [];

  /** With `compactOnDelete` a deleted record leaves the files at once (turn state: "vergeet mijn gegevens"). */
  async function collection<T>(name: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, opts: { compactOnDelete?: boolean; indexed?: readonly IndexSpec<T>[] } = {}): Promise<MemoryCollection<T>> {
    const loaded = await loadCollection(dir, name, schema, compactEvery);
    if (loaded.droppedTornTail) {
      options.onWarning?.('store_journal_torn_tail_dropped', { collection: name });
    }
    const journal = loaded.journal;
    const c = new MemoryCollection<T>(
      {
        write: (m) => journal.append(m),
        afterApply: (snapshot, m) => (opts.compactOnDelete && m.op === 'del' ? journal.compact(snapshot()) : journal.maybeCompact(snapshot)),
      },
      loaded.records,
      opts.indexed,
    );
    open.push({ collection: c as MemoryCollection<unknown>, journal: journal as Journal<unknown> });
    return c;
  }

  try {
    const store: Store = {
      // The fields the named reads filter on (status polls, a run's delivery report, a gemeente's cases).
      channels: await collection('channels', ChannelRecordSchema, { indexed: ['active'] }),
      personalChats: await collection('personalChats', PersonalChatRecordSchema),
      cases: await collection('cases', HandoverCaseSchema, { indexed: ['gemeente', 'status', 'stage'] }),
      tickets: await collection('tickets', TicketSchema, { indexed: ['status'] }),
      evaluations: await collection('evaluations', EvaluationSchema, { indexed: ['gemeente'] }),
      outbox: await collection('outbox', OutboxItemSchema, { indexed: ['status', 'runId', ['runId', 'status']] }),
      jobs: await collection('jobs', JobRecordSchema, { indexed: ['status'] }),
      turnState: await collection('turnState', TurnStateRecordSchema, { compactOnDelete: true }),
      audit: createAuditLog(await collection('audit', AuditEntrySchema)),
      nextSequence: createSequences(await collection('sequences', SequenceRecordSchema)),
      status: async () => ({ kind: 'lowdb', ok: true, detail: dir }),
      compact: async () => {
        for (const { collection: c, journal } of open) await c.exclusive((records) => journal.compact(records));
      },
      close: async () => {
        for (const { collection: c, journal } of open) {
          await c.drain();
          await journal.close(c.snapshot());
        }
        await lock.release();
      },
    };
    return store;
  } catch (err) {
    for (const { journal, collection: c } of open) await journal.close(c.snapshot()).catch(() => undefined);
    await lock.release();
    throw err;
  }
}
