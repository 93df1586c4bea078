import type { Ticket } from './ticket.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the retention term of a ticket starts: closing it, or the last answer of one never closed. */
function retentionStart(t: Ticket): string | null {
  if (t.status === 'closed') return t.closedAt;
  if (t.status === 'answered') return t.messages.at(-1)?.at ?? t.firstAnsweredAt;
  return null;
}

/**
 * A closed ticket, or an answered one nobody closed, keeps its numbers (times, sector, gemeente) for
 * statistics; its texts, the callback number and the asker's name go once the retention term has passed.
 */
export function isDueForTextRemoval(t: Ticket, retentionDays: number, now: Date): boolean {
  const start = retentionStart(t);
  if (!start || t.textRemovedAt) return false;
  return now.getTime() - Date.parse(start) >= retentionDays * DAY_MS;
}

/** Advice drafts (the form's text between the form and the privacy warning) older than this are dropped. */
export const DRAFT_TTL_MS = DAY_MS;

export function isDraftExpired(savedAt: string | undefined, now: Date): boolean {
  return !savedAt || now.getTime() - Date.parse(savedAt) >= DRAFT_TTL_MS;
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
