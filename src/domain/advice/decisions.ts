import { z } from 'zod';
import type { Sector } from '../constants.js';
import { findIdentifyingData, PiiKindLabels } from '../privacy/guard.js';
import { AnswerModes, Urgencies, type Actor, type Ticket } from './ticket.js';

export type TicketRefusal =
  | 'closed'
  | 'already-claimed'
  | 'held-by-other'
  | 'not-claimed'
  | 'empty-text'
  | 'not-asker'
  | 'identifying-data';

/** A refusal for identifying data names the kinds found (labels), never the data. */
export type TicketDecision = { ok: true; next: Ticket } | { ok: false; reason: TicketRefusal; current: Ticket; found?: string[] };

export const MAX_QUESTION_LENGTH = 2_000;

/** What the professional fills in on the advice card. */
export const AdviceRequestSchema = z.object({
  question: z.string().trim().min(10, 'Beschrijf je vraag in minstens een paar woorden.').max(MAX_QUESTION_LENGTH, `Houd je vraag korter dan ${MAX_QUESTION_LENGTH} tekens.`),
  sector: z.enum(['onderwijs', 'wijkteam', 'kinderopvang', 'zorg', 'anders']),
  gemeente: z.string().trim().min(1, 'Kies een gemeente.'),
  urgency: z.enum(Urgencies, { errorMap: () => ({ message: 'Kies wanneer je antwoord nodig hebt.' }) }),
  answerMode: z.enum(AnswerModes, { errorMap: () => ({ message: 'Kies hoe je antwoord wilt krijgen.' }) }),
  callbackPhone: z.string().trim().max(20).optional(),
});
export type AdviceRequest = z.infer<typeof AdviceRequestSchema>;

export function newTicket(
  input: AdviceRequest & { sector: Sector },
  extra: { id: string; number: number; asker: Actor; context: string[]; confirmedPii: string[]; adviceTeam: string; nowIso: string },
): Ticket {
  return {
    id: extra.id,
    number: extra.number,
    status: 'new',
    asker: extra.asker,
    sector: input.sector,
    gemeente: input.gemeente,
    urgency: input.urgency,
    answerMode: input.answerMode,
    callbackPhone: input.answerMode === 'terugbellen' ? (input.callbackPhone ?? null) : null,
    question: input.question,
    context: extra.context,
    confirmedPii: extra.confirmedPii,
    adviceTeam: extra.adviceTeam,
    channelId: null,
    thread: null,
    holder: null,
    claimedAt: null,
    messages: [],
    callbackPlannedAt: null,
    createdAt: extra.nowIso,
    postQueuedAt: null,
    postedAt: null,
    firstAnsweredAt: null,
    closedAt: null,
    closedBy: null,
    reminders: [],
    textRemovedAt: null,
    version: 1,
  };
}

const bump = (t: Ticket, change: Partial<Ticket>): Ticket => ({ ...t, ...change, version: t.version + 1 });
const refuse = (current: Ticket, reason: TicketRefusal): TicketDecision => ({ ok: false, reason, current });

/** Texts that go to the other side of a ticket carry no identifying data of clients. */
function identifyingDataIn(t: Ticket, text: string, nowIso: string): TicketDecision | undefined {
  const kinds = [...new Set(findIdentifyingData(text, { now: new Date(nowIso) }).map((f) => PiiKindLabels[f.kind]))];
  return kinds.length > 0 ? { ok: false, reason: 'identifying-data', current: t, found: kinds } : undefined;
}

export function claimTicket(t: Ticket, actor: Actor, nowIso: string): TicketDecision {
  if (t.status === 'closed') return refuse(t, 'closed');
  if (t.holder) return refuse(t, t.holder.aadId === actor.aadId ? 'already-claimed' : 'held-by-other');
  return { ok: true, next: bump(t, { status: 'claimed', holder: actor, claimedAt: t.claimedAt ?? nowIso }) };
}

/** An advisor answers; answering an unclaimed ticket claims it at the same time. */
export function answerTicket(t: Ticket, actor: Actor, text: string, nowIso: string): TicketDecision {
  if (t.status === 'closed') return refuse(t, 'closed');
  if (t.holder && t.holder.aadId !== actor.aadId) return refuse(t, 'held-by-other');
  const answer = text.trim();
  if (!answer) return refuse(t, 'empty-text');
  const pii = identifyingDataIn(t, answer, nowIso);
  if (pii) return pii;
  return {
    ok: true,
    next: bump(t, {
      status: 'answered',
      holder: actor,
      claimedAt: t.claimedAt ?? nowIso,
      firstAnsweredAt: t.firstAnsweredAt ?? nowIso,
      messages: [...t.messages, { from: 'advisor', byAadId: actor.aadId, at: nowIso, text: answer }],
    }),
  };
}

export function planCallback(t: Ticket, actor: Actor, nowIso: string): TicketDecision {
  if (t.status === 'closed') return refuse(t, 'closed');
  if (!t.holder) return refuse(t, 'not-claimed');
  if (t.holder.aadId !== actor.aadId) return refuse(t, 'held-by-other');
  return { ok: true, next: bump(t, { status: 'callback-planned', callbackPlannedAt: nowIso }) };
}

/** The holder hands the ticket back to the team so a colleague can pick it up. */
export function forwardTicket(t: Ticket, actor: Actor): TicketDecision {
  if (t.status === 'closed') return refuse(t, 'closed');
  if (!t.holder) return refuse(t, 'not-claimed');
  if (t.holder.aadId !== actor.aadId) return refuse(t, 'held-by-other');
  return { ok: true, next: bump(t, { status: 'new', holder: null }) };
}

export function closeTicket(t: Ticket, actor: Actor, nowIso: string): TicketDecision {
  if (t.status === 'closed') return refuse(t, 'closed');
  return { ok: true, next: bump(t, { status: 'closed', closedAt: nowIso, closedBy: actor.aadId }) };
}

/** The professional asks a follow-up question in the same ticket. */
export function followUpTicket(t: Ticket, asker: Actor, text: string, nowIso: string): TicketDecision {
  if (t.asker.aadId !== asker.aadId) return refuse(t, 'not-asker');
  const q = text.trim();
  if (!q) return refuse(t, 'empty-text');
  const pii = identifyingDataIn(t, q, nowIso);
  if (pii) return pii;
  return {
    ok: true,
    next: bump(t, {
      status: t.holder ? 'claimed' : 'new',
      closedAt: null,
      closedBy: null,
      messages: [...t.messages, { from: 'asker', byAadId: asker.aadId, at: nowIso, text: q }],
    }),
  };
}
