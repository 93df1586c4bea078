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
