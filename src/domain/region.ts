import { z } from 'zod';
import { Sectors } from './constants.js';

const AadObjectId = z.string().trim().min(1, 'een Azure AD object id mag niet leeg zijn');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM');
const Weekday = z.number().int().min(1).max(7); // ISO weekday: 1 = Monday … 7 = Sunday

export const NotifyTarget = z.enum(['gemeente-channel', 'leidinggevenden', 'gedragswetenschappers', 'coordinators', 'vt-channel']);
export type NotifyTarget = z.infer<typeof NotifyTarget>;

/**
 * How a gemeente and Veilig Thuis decide together (seed 001): at a routeertafel Veilig Thuis hands
 * cases over after its own triage; at a triagetafel every melding is shared and triaged jointly.
 */
export const TableForms = ['routeertafel', 'triagetafel'] as const;
export type TableForm = (typeof TableForms)[number];

/** How a handover is made warm (seed 004: a driegesprek with the inwoner; Veilig Thuis often phones or writes). */
export const HandoverForms = ['driegesprek', 'telefonisch', 'schriftelijk'] as const;
export type HandoverForm = (typeof HandoverForms)[number];

/** A fixed contact (seed 003, recommendation 3): known by role; a name and AAD id only where the region file gives them. */
const ContactSchema = z.object({
  role: z.string().trim().min(1),
  name: z.string().trim().min(1).optional(),
  aadObjectId: AadObjectId.optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

const GemeenteSchema = z.object({
  name: z.string().trim().min(1),
  tafel: z.enum(TableForms).default('routeertafel'),
  /** Veilig Thuis's vaste contactpersoon for this gemeente. */
  vasteContactpersoon: ContactSchema.optional(),
  /** The gemeente's bruggenbouwer to Veilig Thuis. */
  bruggenbouwer: ContactSchema.optional(),
  /** The handover form this gemeente prefers. */
  overdrachtsvorm: z.enum(HandoverForms).optional(),
  cbsCode: z.string().regex(/^GM\d{4}$/).optional(),
  leidinggevenden: z.array(AadObjectId).default([]),
  gedragswetenschappers: z.array(AadObjectId).default([]),
});

const AdviceTeamSchema = z.object({
  key: z.string().trim().min(1),
  label: z.string().trim().min(1),
  /** Empty means: every sector. */
  sectors: z.array(z.enum(Sectors)).default([]),
  /** Empty means: every gemeente. */
  gemeenten: z.array(z.string()).default([]),
});

const EscalationStepSchema = z.object({
  level: z.string().trim().min(1),
  /** Working days after the previous rung (the first rung counts from the reminder). */
  afterWorkingDays: z.number().int().min(0),
  notify: z.array(NotifyTarget).min(1),
});

export const RegionSchema = z
  .object({
    name: z.string().trim().min(1),
    timezone: z.string().default('Europe/Amsterdam'),
    gemeenten: z.array(GemeenteSchema).min(1),
    roles: z.object({
      coordinators: z.array(AadObjectId),
      advisors: z.array(AadObjectId),
    }),
    workingHours: z
      .object({
        days: z.array(Weekday).min(1).default([1, 2, 3, 4, 5]),
        start: ClockTime.default('08:30'),
        end: ClockTime.default('17:00'),
      })
      .default({}),
    /** Public holidays that are not working days (Dutch holidays differ per year; list them here). */
    holidays: z.array(IsoDate).default([]),
    advice: z
      .object({
        showAdvisorName: z.boolean().default(false),
        teams: z.array(AdviceTeamSchema).min(1).default([{ key: 'veilig-thuis', label: 'Veilig Thuis' }]),
        remindUnclaimedTodayAfterMinutes: z.number().int().min(1).default(30),
        remindUnclaimedThisWeekAfterWorkingDays: z.number().int().min(1).default(1),
        retentionDays: z.number().int().min(1).default(30),
      })
      .default({}),
    meldcode: z
      .object({
        /**
         * What the walk tells wijkteam staff to do when the suspect works in their own organisation.
         * No law is named by default (brief §7: unverified for Wmo-aanbieders); a region may set its own steps.
         */
        wijkteamColleagueRoute: z.array(z.string().trim().min(1)).min(1).optional(),
      })
      .default({}),
    routeertafel: z
      .object({
        agendaWeekday: Weekday.default(1),
        agendaTime: ClockTime.default('08:30'),
        /** When the table itself meets, shown on the agenda. */
        tableWeekday: Weekday.default(2),
        tableTime: ClockTime.default('10:00'),
        reminderAfterWorkingDays: z.number().int().min(1).default(2),
        escalationLadder: z
          .array(EscalationStepSchema)
          .min(1)
          .default([{ level: 'leidinggevende', afterWorkingDays: 3, notify: ['leidinggevenden', 'coordinators'] }]),
        monitoringAfterWeeks: z.number().int().min(1).default(6),
      })
      .default({}),
    /**
     * Werksessies (seed 000) on a fixed rhythm: the werksessie cards go to every linked gemeente
     * channel with cases in the werkvoorraad, on `weekday` at `time`, in ISO weeks divisible by
     * `everyWeeks`. Absent: only on request ("werkvoorraad"); the sources fix no rhythm.
     */
    werksessie: z.object({ weekday: Weekday, time: ClockTime, everyWeeks: z.number().int().min(1).max(8).default(2) }).optional(),
    /**
     * Joint evaluation (seed 003): every `everyMonths` months (periods start in January) the cases of
     * the period before are proposed for evaluation, with the first routeertafel agenda of the period;
     * once a year, with the first agenda of `yearlyMonth`, each gemeente gets its year's figures and
     * open agreements for the evaluatiegesprek. Absent: only on request ("evaluatie", "jaarevaluatie").
     */
    evaluatie: z
      .object({
        everyMonths: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6), z.literal(12)]).default(3),
        yearlyMonth: z.number().int().min(1).max(12).default(1),
      })
      .optional(),
  })
  .superRefine((region, ctx) => {
    const seen = new Set<string>();
    region.gemeenten.forEach((g, i) => {
      const key = g.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['gemeenten', i, 'name'], message: `duplicate gemeente "${g.name}"` });
      seen.add(key);
    });
    if (!isValidTimeZone(region.timezone)) {
      ctx.addIssue({ code: 'custom', path: ['timezone'], message: `unknown time zone "${region.timezone}"` });
    }
  });

export type Region = z.infer<typeof RegionSchema>;
export type Gemeente = Region['gemeenten'][number];

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('nl-NL', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Finds a gemeente by name, ignoring case and surrounding spaces. */
export function findGemeente(region: Region, name: string): Gemeente | undefined {
  const wanted = name.trim().toLowerCase();
  return region.gemeenten.find((g) => g.name.toLowerCase() === wanted);
}
