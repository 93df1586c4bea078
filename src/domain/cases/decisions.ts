/**
 * Pure decisions on a handover case. Each returns the next version of the case, or a refusal
 * with the current case so the card can say what already happened ("al bevestigd door … op …").
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar.js';
import { BooleanField, text } from './fields.js';
import { MonitoringAnswers, type HandoverCase, type MonitoringAnswer } from './case.js';
import type { IntakeProblem } from './intake.js';
import { professionalText, withoutIdentifyingData } from './privacy.js';
import type { Actor } from '../actor.js';
import { HandoverForms } from '../region.js';
import { moveTo } from './lifecycle.js';

export type { Actor };

export type RefusalReason =
  | 'already-confirmed'
  | 'already-returned'
  | 'not-open'
  | 'not-confirmed'
  | 'not-asked'
  | 'already-answered'
  | 'already-recorded'
  | 'invalid-input'
  | 'not-at-triage'
  | 'no-proposal'
  | 'same-side'
  | 'proposal-changed'
  | 'not-in-werkvoorraad'
  | 'wrong-side'
  | 'offer-pending'
  | 'no-offer';

export type Refusal = { ok: false; reason: RefusalReason; current: HandoverCase; problems?: IntakeProblem[] };
export type Decision<Extra extends object = object> = ({ ok: true; next: HandoverCase } & Extra) | Refusal;

const optionalText = (label: string, max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), professionalText(text(label, 1, max), label).optional());

/** What the gemeente fills in to confirm it takes over the case. */
export const ConfirmHandoverInputSchema = z.object({
  casusregisseur: professionalText(text('De casusregisseur', 1, 80), 'De casusregisseur'),
  procesregisseur: optionalText('De procesregisseur', 80),
  team: optionalText('Het team', 80),
  warmHandoverOn: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().refine(isIsoDate, 'De datum van de warme overdracht moet een datum zijn als JJJJ-MM-DD.').optional(),
  ),
  betrokkenenGeinformeerd: BooleanField('Betrokkenen geïnformeerd'),
  handoverForm: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.enum(HandoverForms, { errorMap: () => ({ message: `De vorm van de overdracht moet een van de volgende zijn: ${HandoverForms.join(', ')}.` }) }).optional(),
  ),
});
export type ConfirmHandoverInput = z.input<typeof ConfirmHandoverInputSchema>;

const returnReason = (now: Date) =>
  withoutIdentifyingData(
    z
      .string({ required_error: 'Geef een reden op.', invalid_type_error: 'De reden moet tekst zijn.' })
      .trim()
      .min(5, 'Geef een reden op van minstens 5 tekens.')
      .max(500, 'De reden mag hoogstens 500 tekens hebben.'),
    'De reden',
    now,
  );

export function instant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`expected an ISO instant, got "${iso}"`);
  return d.toISOString();
}

export function checkActor(actor: Actor): void {
  if (!actor.aadId?.trim()) throw new RangeError('actor.aadId is required');
}

export function refuse(current: HandoverCase, reason: RefusalReason, problems?: IntakeProblem[]): Refusal {
  return problems ? { ok: false, reason, current, problems } : { ok: false, reason, current };
}

function notOpen(c: HandoverCase): Refusal | null {
  if (c.status === 'confirmed') return refuse(c, 'already-confirmed');
  if (c.status === 'returned') return refuse(c, 'already-returned');
  if (c.status !== 'open' || c.stage !== 'overdracht') return refuse(c, 'not-open');
  return null;
}

export function zodProblems(error: z.ZodError): IntakeProblem[] {
  return error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
}

/** The gemeente takes over the case. A second confirmation is refused with the first in `current`. */
export function confirmHandover(c: HandoverCase, actor: Actor, input: unknown, nowIso: string): Decision {
  checkActor(actor);
  const at = instant(nowIso);
  const refusal = notOpen(c);
  if (refusal) return refusal;
  const parsed = ConfirmHandoverInputSchema.safeParse(input);
  if (!parsed.success) return refuse(c, 'invalid-input', zodProblems(parsed.error));
  const confirmation = { byAadId: actor.aadId, byName: actor.name, ...withoutUndefined(parsed.data), at };
  return { ok: true, next: moveTo({ ...c, status: 'confirmed', confirmation, version: c.version + 1 }, 'monitoring', at) };
}

/** The gemeente hands the case back to Veilig Thuis; the reason is required and must be pseudonymous. */
export function returnToVeiligThuis(c: HandoverCase, actor: Actor, reason: unknown, nowIso: string): Decision {
  checkActor(actor);
  const at = instant(nowIso);
  const refusal = notOpen(c);
  if (refusal) return refusal;
  const parsed = returnReason(new Date(at)).safeParse(reason);
  if (!parsed.success) return refuse(c, 'invalid-input', zodProblems(parsed.error).map((p) => ({ ...p, field: 'reason' })));
  const returned = { byAadId: actor.aadId, byName: actor.name, reason: parsed.data, at };
  return { ok: true, next: moveTo({ ...c, status: 'returned', returned, version: c.version + 1 }, 'werkvoorraad', at) };
}

/**
 * The gemeente answers the monitoring question. Only an asked, unanswered question can be
 * answered; 'loopt-nog' means the question is asked again later (see dueFollowUps).
 * `newConcerns` tells the caller to alert Veilig Thuis.
 */
export function recordMonitoringAnswer(
  c: HandoverCase,
  actor: Actor,
  answer: MonitoringAnswer,
  veiligheidsdoelenInPlan: boolean,
  nowIso: string,
): Decision<{ newConcerns: boolean }> {
  checkActor(actor);
  const at = instant(nowIso);
  if (c.status !== 'confirmed') return refuse(c, 'not-confirmed');
  const m = c.monitoring;
  if (!m?.askedAt) return refuse(c, 'not-asked');
  if (m.answeredAt && Date.parse(m.answeredAt) >= Date.parse(m.askedAt)) return refuse(c, 'already-answered');
  if (!MonitoringAnswers.includes(answer)) {
    return refuse(c, 'invalid-input', [{ field: 'answer', message: `Kies een van: ${MonitoringAnswers.join(', ')}.` }]);
  }
  const monitoring = { ...m, answer, veiligheidsdoelenInPlan, answeredAt: at, byAadId: actor.aadId };
  const answered = { ...c, monitoring, version: c.version + 1 };
  // Geborgd closes the case; nieuwe zorgen bring it back to Veilig Thuis; 'loopt nog' keeps it in monitoring.
  const next = answer === 'geborgd' ? moveTo(answered, 'afgesloten', at) : answer === 'nieuwe-zorgen' ? moveTo(answered, 'werkvoorraad', at) : answered;
  return { ok: true, next, newConcerns: answer === 'nieuwe-zorgen' };
}

/** Records that a reminder or escalation level was sent, once per level and only while open. */
export function recordEscalation(c: HandoverCase, level: string, nowIso: string): Decision {
  const at = instant(nowIso);
  if (c.status !== 'open') return refuse(c, 'not-open');
  if (c.escalations.some((e) => e.level === level)) return refuse(c, 'already-recorded');
  return { ok: true, next: { ...c, escalations: [...c.escalations, { level, at }], version: c.version + 1 } };
}

/**
 * Records that the monitoring question was sent. A pending question is not asked twice, and a
 * final answer (geborgd, nieuwe zorgen) closes monitoring; only 'loopt-nog' allows a new round.
 */
export function recordMonitoringAsked(c: HandoverCase, dueAt: string, nowIso: string): Decision {
  const at = instant(nowIso);
  if (c.status !== 'confirmed') return refuse(c, 'not-confirmed');
  const m = c.monitoring;
  if (m?.askedAt) {
    const answered = m.answeredAt !== undefined && Date.parse(m.answeredAt) >= Date.parse(m.askedAt);
    if (!answered) return refuse(c, 'already-recorded');
    if (m.answer !== 'loopt-nog') return refuse(c, 'already-answered');
  }
  return { ok: true, next: { ...c, monitoring: { ...m, dueAt: instant(dueAt), askedAt: at }, version: c.version + 1 } };
}

export function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
