/**
 * Werkvoorraad and werksessies (seed 000): the cases Veilig Thuis must act on before they can go to
 * the gemeente. In a werksessie the gemeente may offer to start help earlier ("hulp versneld
 * starten": who and what, never client data); Veilig Thuis accepts or declines. Pure.
 */
import { z } from 'zod';
import type { Actor } from '../actor.js';
import { daysBetween, zonedDate } from '../calendar.js';
import type { HandoverCase } from './case.js';
import { checkActor, instant, refuse, withoutUndefined, zodProblems, type Decision } from './decisions.js';
import { professionalText, withoutIdentifyingData } from './privacy.js';
import type { TriageSide } from './triage.js';
import type { Acceleration } from './acceleration.js';

export type { Acceleration };

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const OfferInput = z.object({
  who: z.preprocess(
    blankToUndefined,
    professionalText(z.string({ required_error: 'Zeg wie de hulp start (team of organisatie).' }).trim().max(120, 'Wie: hoogstens 120 tekens.'), 'Wie'),
  ),
  what: z.preprocess(
    blankToUndefined,
    withoutIdentifyingData(z.string({ required_error: 'Zeg welke hulp er start.' }).trim().max(300, 'Welke hulp: hoogstens 300 tekens.'), 'Welke hulp'),
  ),
});

const AnswerInput = z
  .object({ accepted: z.boolean(), reason: z.preprocess(blankToUndefined, withoutIdentifyingData(z.string().trim().max(300, 'De reden mag hoogstens 300 tekens hebben.'), 'De reden').optional()) })
  .refine((a) => a.accepted || a.reason !== undefined, { path: ['reason'], message: 'Geef bij afwijzen een reden.' });

/** Where an offer stands: none yet, waiting for Veilig Thuis, accepted or declined. */
export type AccelerationState = 'none' | 'offered' | 'accepted' | 'declined';

export function accelerationState(c: HandoverCase): AccelerationState {
  const a = c.acceleration;
  if (!a) return 'none';
  if (!a.answer) return 'offered';
  return a.answer.accepted ? 'accepted' : 'declined';
}

/** The gemeente offers to start help earlier; a new offer may follow a declined one. */
export function offerAcceleration(c: HandoverCase, actor: Actor, side: TriageSide, input: unknown, nowIso: string): Decision {
  checkActor(actor);
  const at = instant(nowIso);
  if (c.stage !== 'werkvoorraad') return refuse(c, 'not-in-werkvoorraad');
  if (side !== 'gemeente') return refuse(c, 'wrong-side');
  const state = accelerationState(c);
  if (state === 'offered') return refuse(c, 'offer-pending');
  if (state === 'accepted') return refuse(c, 'already-recorded');
  const parsed = OfferInput.safeParse(input);
  if (!parsed.success) return refuse(c, 'invalid-input', zodProblems(parsed.error));
  const offer = { ...parsed.data, byAadId: actor.aadId, byName: actor.name, at };
  return { ok: true, next: { ...c, acceleration: { offer, offers: (c.acceleration?.offers ?? 0) + 1 }, version: c.version + 1 } };
}

/** Veilig Thuis accepts or declines the pending offer; declining needs a reason. */
export function answerAcceleration(c: HandoverCase, actor: Actor, side: TriageSide, input: unknown, nowIso: string): Decision {
  checkActor(actor);
  const at = instant(nowIso);
  if (side !== 'veilig-thuis') return refuse(c, 'wrong-side');
  const state = accelerationState(c);
  if (state === 'none') return refuse(c, 'no-offer');
  if (state !== 'offered') return refuse(c, 'already-recorded');
  if (c.stage !== 'werkvoorraad') return refuse(c, 'not-in-werkvoorraad');
  const parsed = AnswerInput.safeParse(input);
  if (!parsed.success) return refuse(c, 'invalid-input', zodProblems(parsed.error));
  const answer = withoutUndefined({ ...parsed.data, byAadId: actor.aadId, byName: actor.name, at });
  return { ok: true, next: { ...c, acceleration: { ...c.acceleration!, answer }, version: c.version + 1 } };
}

/** Calendar days the case has been in the werkvoorraad (since it last entered it). */
export function daysInWerkvoorraad(c: HandoverCase, now: Date, timeZone: string): number {
  const entered = [...c.stages].reverse().find((s) => s.stage === 'werkvoorraad')?.at ?? c.receivedAt;
  return daysBetween(zonedDate(new Date(entered), timeZone), zonedDate(now, timeZone));
}

/** A gemeente's werkvoorraad, longest waiting first. */
export function werkvoorraadOf(cases: HandoverCase[], now: Date, timeZone: string): HandoverCase[] {
  return cases
    .filter((c) => c.stage === 'werkvoorraad')
    .map((c) => ({ c, days: daysInWerkvoorraad(c, now, timeZone) }))
    .sort((a, b) => b.days - a.days || a.c.reference.localeCompare(b.c.reference))
    .map(({ c }) => c);
}

export interface AccelerationCounts {
  offered: number;
  accepted: number;
  declined: number;
  waiting: number;
}

/** Offers counted per case by where they stand now (a declined offer followed by another counts once, as the latest). */
export function accelerationCounts(cases: HandoverCase[]): AccelerationCounts {
  const counts: AccelerationCounts = { offered: 0, accepted: 0, declined: 0, waiting: 0 };
  for (const c of cases) {
    const state = accelerationState(c);
    if (state === 'none') continue;
    counts.offered++;
    if (state === 'accepted') counts.accepted++;
    else if (state === 'declined') counts.declined++;
    else counts.waiting++;
  }
  return counts;
}
