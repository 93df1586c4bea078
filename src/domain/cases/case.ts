/**
 * The stored handover case: the intake plus what happened to it at and after the routeertafel.
 */
import { z } from 'zod';
import { Instant, StoredIsoDate as IsoDate, StoredIsoWeek } from '../formats.js';
import { HandoverForms, type Region } from '../region.js';
import { tableWeekFor } from '../routeertafel/schedule.js';
import { Reference, Routes } from './fields.js';
import type { CaseIntake } from './intake.js';
import { CaseStages, VtSteps, type CaseStage, type StageEntry } from './lifecycle.js';
import { TriageSchema } from './triage.js';
import { AccelerationSchema } from './acceleration.js';

export const CaseSources = ['card', 'api', 'csv'] as const;
export type CaseSource = (typeof CaseSources)[number];
/**
 * The status of the case's handover at the routeertafel: 'none' before it was handed over (a melding,
 * the werkvoorraad), then open → confirmed or returned. Where the case is in its lifecycle is `stage`.
 */
export const CaseStatuses = ['none', 'open', 'confirmed', 'returned'] as const;
export type CaseStatus = (typeof CaseStatuses)[number];
export const MonitoringAnswers = ['geborgd', 'nieuwe-zorgen', 'loopt-nog'] as const;
export type MonitoringAnswer = (typeof MonitoringAnswers)[number];

/** The escalation level recorded for the first reminder to the gemeente. */
export const REMINDER_LEVEL = 'reminder';

const AadId = z.string().min(1);

export const ConfirmationSchema = z.object({
  byAadId: AadId,
  byName: z.string(),
  /** Casusregisseur at the gemeente (1Gezin1Plan1Regisseur: casusregie is distinct from procesregie). */
  casusregisseur: z.string().min(1),
  procesregisseur: z.string().optional(),
  team: z.string().optional(),
  /** Date of the warme overdracht (driegesprek inwoner – VT – gemeente), planned or held. */
  warmHandoverOn: IsoDate.optional(),
  /** The gemeente confirms that the betrokkenen know about the handover. */
  betrokkenenGeinformeerd: z.boolean(),
  /** How the handover was made, as the person confirming said (unknown when left empty). */
  handoverForm: z.enum(HandoverForms).optional(),
  at: Instant,
});
export type Confirmation = z.infer<typeof ConfirmationSchema>;

export const ReturnedSchema = z.object({ byAadId: AadId, byName: z.string(), reason: z.string().min(1), at: Instant });
export type Returned = z.infer<typeof ReturnedSchema>;

export const EscalationRecordSchema = z.object({ level: z.string().min(1), at: Instant });
export type EscalationRecord = z.infer<typeof EscalationRecordSchema>;

export const MonitoringSchema = z.object({
  dueAt: Instant,
  askedAt: Instant.optional(),
  answer: z.enum(MonitoringAnswers).optional(),
  /** The veiligheidsdoelen have a fixed place in the gemeente's ondersteuningsplan. */
  veiligheidsdoelenInPlan: z.boolean().optional(),
  answeredAt: Instant.optional(),
  byAadId: AadId.optional(),
});
export type Monitoring = z.infer<typeof MonitoringSchema>;

/**
 * The intake part of a stored case. Plain types (input type = output type, as the store needs);
 * the region, date and privacy rules were applied at intake and are not re-run on load, so a
 * stored case stays loadable when the region or the privacy guard changes.
 */
const storedIntakeShape = {
  reference: Reference,
  gemeente: z.string().min(1),
  urgent: z.boolean(),
  meldingOn: IsoDate,
  summary: z.string().min(1).max(500),
  vtContact: z.string().min(1),
  // Known once the case is handed over (or taken in at the overdracht stage); unknown before.
  route: z.enum(Routes).optional(),
  beoordeeldOn: IsoDate.optional(),
  veiligheidsplan: z.boolean().optional(),
  betrokkenenGeinformeerd: z.boolean().optional(),
};

const StageEntrySchema = z.object({ stage: z.enum(CaseStages), at: Instant, vtStep: z.enum(VtSteps).optional() });

const CaseRecordSchema = z
  .object({
    ...storedIntakeShape,
    receivedAt: Instant,
    source: z.enum(CaseSources),
    /** ISO week of the first routeertafel the case is on. */
    tableWeek: StoredIsoWeek,
    status: z.enum(CaseStatuses),
    confirmation: ConfirmationSchema.optional(),
    returned: ReturnedSchema.optional(),
    /** Reminders and escalations sent, the reminder as level REMINDER_LEVEL. */
    escalations: z.array(EscalationRecordSchema),
    monitoring: MonitoringSchema.optional(),
    stage: z.enum(CaseStages),
    /** Veilig Thuis's step while the case is in its werkvoorraad. */
    vtStep: z.enum(VtSteps).optional(),
    /** Every stage the case entered, oldest first (waiting times and doorlooptijden are read from it). */
    stages: z.array(StageEntrySchema).min(1),
    triage: TriageSchema.optional(),
    /** "Hulp versneld starten", offered at a werksessie while the case is in the werkvoorraad. */
    acceleration: AccelerationSchema.optional(),
    /** When the spoed alert went out (urgent cases only); a sweep alerts those without it. */
    spoedAlertedAt: Instant.optional(),
    version: z.number().int().min(1),
  })
  .superRefine((c, ctx) => {
    if (c.stage === 'overdracht' && !c.route) {
      ctx.addIssue({ code: 'custom', path: ['route'], message: 'a case at the overdracht stage needs its route' });
    }
    if (c.status === 'confirmed' && !c.confirmation) {
      ctx.addIssue({ code: 'custom', path: ['confirmation'], message: 'a confirmed case needs its confirmation' });
    }
    if (c.status === 'returned' && !c.returned) {
      ctx.addIssue({ code: 'custom', path: ['returned'], message: 'a returned case needs its reason' });
    }
  });

/**
 * The stored case. Cases written before the lifecycle (status only) are read as what they were: an
 * open handover at the overdracht stage, a confirmed one in monitoring (afgesloten once geborgd),
 * a returned one back in the werkvoorraad. PostgreSQL also gets migration 002, so queries by stage
 * find them; the history is rebuilt from the case's own instants, so nothing is lost.
 */
export const HandoverCaseSchema = z.preprocess(withLifecycle, CaseRecordSchema);
export type HandoverCase = z.infer<typeof CaseRecordSchema>;

export function withLifecycle(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || 'stage' in raw) return raw;
  const c = raw as Record<string, unknown> & Partial<Pick<HandoverCase, 'status' | 'receivedAt' | 'confirmation' | 'returned' | 'monitoring'>>;
  const stages: StageEntry[] = [{ stage: 'overdracht', at: String(c.receivedAt) }];
  if (c.status === 'returned' && c.returned) stages.push({ stage: 'werkvoorraad', at: c.returned.at });
  if (c.status === 'confirmed' && c.confirmation) {
    stages.push({ stage: 'monitoring', at: c.confirmation.at });
    const answered = c.monitoring?.answeredAt;
    if (answered && c.monitoring?.answer === 'geborgd') stages.push({ stage: 'afgesloten', at: answered });
    if (answered && c.monitoring?.answer === 'nieuwe-zorgen') stages.push({ stage: 'werkvoorraad', at: answered });
  }
  return { ...c, stage: stages[stages.length - 1]!.stage satisfies CaseStage, stages };
}

/**
 * A new case from a validated intake, at the stage the intake names (default: overdracht, an open
 * handover). Its table week is set either way; a handover goes on the first routeertafel whose agenda is
 * posted at or after `receivedAt` (see tableWeekFor): received before Monday's agenda → this
 * week's table; received after the agenda went out → next week's.
 */
export function newCase(intake: CaseIntake, source: CaseSource, receivedAt: string, region: Region): HandoverCase {
  const received = new Date(receivedAt);
  if (Number.isNaN(received.getTime())) throw new RangeError(`receivedAt must be an ISO instant, got "${receivedAt}"`);
  const { stage = 'overdracht', vtStep, ...fields } = intake;
  const at = received.toISOString();
  return {
    ...fields,
    receivedAt: at,
    source,
    tableWeek: tableWeekFor(region, received),
    status: stage === 'overdracht' ? 'open' : 'none',
    escalations: [],
    stage,
    ...(vtStep ? { vtStep } : {}),
    stages: [vtStep ? { stage, at, vtStep } : { stage, at }],
    version: 1,
  };
}
