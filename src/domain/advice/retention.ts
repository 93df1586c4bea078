import type { Ticket } from './ticket.js';

/**
 * A closed ticket keeps its numbers (times, sector, gemeente) for statistics; its texts, the
 * callback number and the asker's name go once the retention period has passed.
 */
export function isDueForTextRemoval(t: Ticket, retentionDays: number, now: Date): boolean {
  if (t.status !== 'closed' || !t.closedAt || t.textRemovedAt) return false;
  return now.getTime() - Date.parse(t.closedAt) >= retentionDays * 24 * 60 * 60 * 1000;
}

export function removeTexts(t: Ticket, nowIso: string): Ticket {
  return {
    ...t,
    question: null,
    callbackPhone: null,
    context: [],
    asker: { aadId: t.asker.aadId, name: '' },
    holder: t.holder && { aadId: t.holder.aadId, name: '' },
    messages: t.messages.map((m) => ({ ...m, text: null })),
    textRemovedAt: nowIso,
    version: t.version + 1,
  };
}
