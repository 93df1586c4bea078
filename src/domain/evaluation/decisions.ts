/**
 * Pure decisions on an evaluation: record a lesson (validated, privacy-checked), mark an agreement
 * done, and which follow-ups an open agreement has due. Each returns the next evaluation or a refusal.
 */
import { z } from 'zod';
import { isIsoDate, workingDaysBetween, type IsoDate } from '../calendar.js';
import type { Actor } from '../actor.js';
import { text } from '../cases/fields.js';
import { withoutIdentifyingData } from '../cases/privacy.js';
import type { Region } from '../region.js';
import { AgreementOwners, LessonThemes, type Evaluation, type Lesson } from './evaluation.js';

export const LessonFieldLabels = {
  theme: 'Thema',
  wentWell: 'Wat ging goed',
  toImprove: 'Wat kan beter',
  agreement: 'Afspraak',
  owner: 'Wie voert de afspraak uit',
  due: 'Datum afspraak',
} as const;
type LessonField = keyof typeof LessonFieldLabels;

export type EvaluationRefusal =
  | { ok: false; reason: 'invalid-input'; problems: { field: LessonField | 'form'; message: string }[] }
  | { ok: false; reason: 'unknown-lesson' | 'no-agreement' | 'already-done'; current: Evaluation };
export type EvaluationDecision = { ok: true; next: Evaluation; lesson: Lesson } | EvaluationRefusal;

/** The agreement is followed up this many working days after its date when still open. */
export const COORDINATORS_AFTER_WORKING_DAYS = 5;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

function lessonInput(today: IsoDate, now: Date) {
  const guarded = (field: LessonField, max: number) =>
    z.preprocess(blankToUndefined, withoutIdentifyingData(text(LessonFieldLabels[field], 1, max), LessonFieldLabels[field], now).optional());
  return z
    .object({
      theme: z.enum(LessonThemes, { errorMap: () => ({ message: `Kies een ${LessonFieldLabels.theme.toLowerCase()}.` }) }),
      wentWell: guarded('wentWell', 1000),
      toImprove: guarded('toImprove', 1000),
      agreement: guarded('agreement', 500),
      owner: z.preprocess(blankToUndefined, z.enum(AgreementOwners).optional()),
      due: z.preprocess(blankToUndefined, z.string().refine(isIsoDate, `${LessonFieldLabels.due} moet een datum zijn.`).optional()),
    })
    .superRefine((v, ctx) => {
      if (!v.wentWell && !v.toImprove) ctx.addIssue({ code: 'custom', path: ['form'], message: 'Vul in wat goed ging of wat beter kan.' });
      if (!v.agreement) return;
      if (!v.owner) ctx.addIssue({ code: 'custom', path: ['owner'], message: 'Kies wie de afspraak uitvoert.' });
      if (!v.due) ctx.addIssue({ code: 'custom', path: ['due'], message: 'Geef de datum waarop de afspraak klaar is.' });
      else if (v.due < today) ctx.addIssue({ code: 'custom', path: ['due'], message: `${LessonFieldLabels.due} ligt in het verleden.` });
    });
}

export function recordLesson(e: Evaluation, input: unknown, actor: Actor, now: Date, today: IsoDate): EvaluationDecision {
  const parsed = lessonInput(today, now).safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ field: (i.path[0] ?? 'form') as LessonField | 'form', message: i.message }));
    return { ok: false, reason: 'invalid-input', problems };
  }
  const v = parsed.data;
  const lesson: Lesson = {
    number: e.lessons.length + 1,
    theme: v.theme,
    wentWell: v.wentWell ?? '',
    toImprove: v.toImprove ?? '',
    ...(v.agreement ? { agreement: { text: v.agreement, owner: v.owner!, due: v.due!, followUps: [] } } : {}),
    byAadId: actor.aadId,
    byName: actor.name,
    at: now.toISOString(),
  };
  return { ok: true, lesson, next: { ...e, lessons: [...e.lessons, lesson], version: e.version + 1 } };
}

export function completeAgreement(e: Evaluation, number: number, actor: Actor, now: Date): EvaluationDecision {
  const lesson = e.lessons.find((l) => l.number === number);
  if (!lesson) return { ok: false, reason: 'unknown-lesson', current: e };
  if (!lesson.agreement) return { ok: false, reason: 'no-agreement', current: e };
  if (lesson.agreement.doneAt) return { ok: false, reason: 'already-done', current: e };
  const done: Lesson = { ...lesson, agreement: { ...lesson.agreement, doneAt: now.toISOString(), doneByName: actor.name } };
  return { ok: true, lesson: done, next: { ...e, lessons: e.lessons.map((l) => (l.number === number ? done : l)), version: e.version + 1 } };
}

export type AgreementFollowUp = { kind: 'reminder' | 'coordinators'; lesson: number };

/** On the agreement's date the channel is reminded; five working days later the coordinators hear. */
export function dueAgreementFollowUps(e: Evaluation, today: IsoDate, calendar: Pick<Region, 'workingHours' | 'holidays'>): AgreementFollowUp[] {
  const due: AgreementFollowUp[] = [];
  for (const l of e.lessons) {
    const a = l.agreement;
    if (!a || a.doneAt || today < a.due) continue;
    const sent = new Set(a.followUps.map((f) => f.kind));
    if (!sent.has('reminder')) due.push({ kind: 'reminder', lesson: l.number });
    if (!sent.has('coordinators') && workingDaysBetween(a.due, today, calendar) >= COORDINATORS_AFTER_WORKING_DAYS) due.push({ kind: 'coordinators', lesson: l.number });
  }
  return due;
}

/** Records a follow-up once: a second record of the same kind (a rerun, another instance) changes nothing. */
export function recordAgreementFollowUp(e: Evaluation, f: AgreementFollowUp, now: Date): Evaluation {
  return {
    ...e,
    lessons: e.lessons.map((l) =>
      l.number === f.lesson && l.agreement && !l.agreement.followUps.some((x) => x.kind === f.kind)
        ? { ...l, agreement: { ...l.agreement, followUps: [...l.agreement.followUps, { kind: f.kind, at: now.toISOString() }] } }
        : l,
    ),
    version: e.version + 1,
  };
}
