import { randomUUID } from 'node:crypto';
import type { AuditEntry, SequenceRecord } from './records.js';
import type { AuditLog, Collection } from './store.js';

/** An append-only audit log over any collection; ids sort by time. */
export function createAuditLog(entries: Collection<AuditEntry>): AuditLog {
  return {
    async append(entry) {
      const full: AuditEntry = { ...entry, id: `${entry.at}-${randomUUID().slice(0, 8)}` };
      await entries.insert(full.id, full);
      return full;
    },
    list: (where) => entries.list(where),
  };
}

export function createSequences(sequences: Collection<SequenceRecord>): (name: string) => Promise<number> {
  return (name) =>
    sequences.update(name, (current) => {
      const value = (current?.value ?? 0) + 1;
      return { next: { value }, result: value };
    });
}

/** The shape every pure decision function returns: the new record, or a refusal. */
export type RecordDecision<T> = { ok: true; next: T } | { ok: false };

/**
 * Runs a pure decision on a stored record inside the collection's atomic update: the record is
 * replaced only when the decision is ok. Undefined when there is no such record.
 */
export function applyDecision<T, D extends RecordDecision<T>>(records: Collection<T>, id: string, decide: (current: T) => D): Promise<D | undefined> {
  return records.update<D | undefined>(id, (current) => {
    if (current === undefined) return { result: undefined };
    const decision = decide(current);
    return decision.ok ? { next: (decision as { next: T }).next, result: decision } : { result: decision };
  });
}
