/**
 * The stored handover case: the intake plus what happened to it at and after the routeertafel.
 */
import { z } from 'zod';
import { isIsoDate, isIsoWeek } from '../calendar.js';
import type { Region } from '../region.js';
import { tableWeekFor } from '../routeertafel/schedule.js';
import { Reference, Routes } from './fields.js';
import type { CaseIntake } from './intake.js';

export const CaseSources = ['card', 'api', 'csv'] as const;
export type CaseSource = (typeof CaseSources)[number];
export const CaseStatuses = ['open', 'confirmed', 'returned'] as const;
export type CaseStatus = (typeof CaseStatuses)[number];
export const MonitoringAnswers = ['geborgd', 'nieuwe-zorgen', 'loopt-nog'] as const;
export type MonitoringAnswer = (typeof MonitoringAnswers)[number];

/** The escalation level recorded for the first reminder to the gemeente. */
export const REMINDER_LEVEL = 'reminder';

const Instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO instant');
const IsoDate = z.string().refine(isIsoDate, 'expected a date as YYYY-MM-DD');
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
  route: z.enum(Routes),
  urgent: z.boolean(),
  meldingOn: IsoDate,
  beoordeeldOn: IsoDate,
  summary: z.string().min(1).max(500),
  veiligheidsplan: z.boolean(),
  betrokkenenGeinformeerd: z.boolean(),
  vtContact: z.string().min(1),
};

export const HandoverCaseSchema = z
  .object({
    ...storedIntakeShape,
    receivedAt: Instant,
    source: z.enum(CaseSources),
    /** ISO week of the first routeertafel the case is on. */
    tableWeek: z.string().refine(isIsoWeek, 'expected an ISO week as YYYY-Www'),
    status: z.enum(CaseStatuses),
    confirmation: ConfirmationSchema.optional(),
    returned: ReturnedSchema.optional(),
    /** Reminders and escalations sent, the reminder as level REMINDER_LEVEL. */
    escalations: z.array(EscalationRecordSchema),
    monitoring: MonitoringSchema.optional(),
    version: z.number().int().min(1),
  })
  .superRefine((c, ctx) => {
    if (c.status === 'confirmed' && !c.confirmation) {
      ctx.addIssue({ code: 'custom', path: ['confirmation'], message: 'a confirmed case needs its confirmation' });
    }
    if (c.status === 'returned' && !c.returned) {
      ctx.addIssue({ code: 'custom', path: ['returned'], message: 'a returned case needs its reason' });
    }
  });
export type HandoverCase = z.infer<typeof HandoverCaseSchema>;

/**
 * A new open case from a validated intake. It goes on the first routeertafel whose agenda is
 * posted at or after `receivedAt` (see tableWeekFor): received before Monday's agenda → this
 * week's table; received after the agenda went out → next week's.
 */
export function newCase(intake: CaseIntake, source: CaseSource, receivedAt: string, region: Region): HandoverCase {
  const received = new Date(receivedAt);
  if (Number.isNaN(received.getTime())) throw new RangeError(`receivedAt must be an ISO instant, got "${receivedAt}"`);
  return {
    ...intake,
    receivedAt: received.toISOString(),
    source,
    tableWeek: tableWeekFor(region, received),
    status: 'open',
    escalations: [],
    version: 1,
  };
}
