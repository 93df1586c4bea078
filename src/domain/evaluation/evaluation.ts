/**
 * The joint evaluation of casuïstiek (seed 003: "Leer en evalueer aan de hand van casuïstiek"):
 * per gemeente and period, the cases proposed for it and the lessons Veilig Thuis and the gemeente
 * record together. Lessons are structured and non-identifying (the privacy guard checks every
 * free-text field); an agreement has an owning side and a date and is followed up until done.
 */
import { z } from 'zod';
import { Instant, StoredIsoDate as IsoDate } from '../formats.js';

export const LessonThemes = ['samenwerking', 'informatiedeling', 'wachttijden', 'overdracht', 'veiligheid', 'monitoring', 'overig'] as const;
export type LessonTheme = (typeof LessonThemes)[number];

/** Who carries out an agreement: a side, never a person's name (nothing identifying in the store). */
export const AgreementOwners = ['veilig-thuis', 'gemeente', 'samen'] as const;
export type AgreementOwner = (typeof AgreementOwners)[number];

/** Dutch names of the themes and owners, shown on the evaluation card and in the dashboard (like SectorLabels). */
export const ThemeLabels: Record<LessonTheme, string> = {
  samenwerking: 'Samenwerking en afstemming',
  informatiedeling: 'Informatiedeling',
  wachttijden: 'Wachttijden en werkvoorraad',
  overdracht: 'Warme overdracht',
  veiligheid: 'Veiligheid en risico’s',
  monitoring: 'Monitoring en borging',
  overig: 'Overig',
};

export const OwnerLabels: Record<AgreementOwner, string> = {
  'veilig-thuis': 'Veilig Thuis',
  gemeente: 'De gemeente (lokaal team)',
  samen: 'Veilig Thuis en de gemeente samen',
};

export const ProposalReasons = ['returned', 'escalated', 'nieuwe-zorgen', 'longest-wait'] as const;
export type ProposalReason = (typeof ProposalReasons)[number];


export const AgreementSchema = z.object({
  text: z.string().min(1).max(500),
  owner: z.enum(AgreementOwners),
  due: IsoDate,
  doneAt: Instant.optional(),
  doneByName: z.string().optional(),
  /** Follow-ups sent: 'reminder' on the due date, 'coordinators' when still open after that. */
  followUps: z.array(z.object({ kind: z.enum(['reminder', 'coordinators']), at: Instant })).default([]),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const LessonSchema = z.object({
  number: z.number().int().min(1),
  theme: z.enum(LessonThemes),
  wentWell: z.string().max(1000),
  toImprove: z.string().max(1000),
  agreement: AgreementSchema.optional(),
  byAadId: z.string().min(1),
  byName: z.string(),
  at: Instant,
});
export type Lesson = z.infer<typeof LessonSchema>;

export const ProposedCaseSchema = z.object({
  reference: z.string().min(1),
  reasons: z.array(z.enum(ProposalReasons)).min(1),
  /** Days from melding to handover, for the longest waits. */
  waitDays: z.number().int().optional(),
});
export type ProposedCase = z.infer<typeof ProposedCaseSchema>;

export const EvaluationSchema = z.object({
  /** `<gemeente>:<period>`, e.g. "Kerkrade:2026-07": one evaluation per gemeente per period. */
  id: z.string().min(1),
  gemeente: z.string().min(1),
  /** The evaluated period: its first month, its first and its last day. */
  period: z.string().regex(/^\d{4}-\d{2}$/),
  from: IsoDate,
  to: IsoDate,
  proposed: z.array(ProposedCaseSchema),
  lessons: z.array(LessonSchema),
  createdAt: Instant,
  version: z.number().int().min(1),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

export function evaluationId(gemeente: string, period: string): string {
  return `${gemeente}:${period}`;
}

export function openAgreements(e: Evaluation): { lesson: Lesson; agreement: Agreement }[] {
  return e.lessons.filter((l) => l.agreement && !l.agreement.doneAt).map((l) => ({ lesson: l, agreement: l.agreement! }));
}
