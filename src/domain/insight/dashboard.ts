/**
 * The dashboard's figures: aggregates only, per gemeente, over a window that ends now. No
 * reference, summary or other case text leaves this module. Counts from 1 to 4 and medians or
 * shares over fewer than 5 cases are suppressed, so a small gemeente's cases cannot be picked out.
 */
import type { Ticket, Urgency } from '../advice/ticket.js';
import { Urgencies } from '../advice/ticket.js';
import { Sectors, type Sector } from '../constants.js';
import { REMINDER_LEVEL, type HandoverCase } from '../cases/case.js';
import { TriageOptions, type TriageOption } from '../cases/triage.js';
import { median } from '../routeertafel/stats.js';
import { addDays, daysBetween, isoWeek, zonedDate } from '../calendar.js';

export const MIN_SHOWN = 5;
export const Windows = { maand: 30, kwartaal: 91, jaar: 365 } as const;
export type Window = keyof typeof Windows;

/** A count as shown: 0, '< 5' or the number. */
export type ShownCount = number | '< 5';
/** A median or share as shown: the value, or null when fewer than MIN_SHOWN cases carry it. */
export type Shown = number | null;

export interface GemeenteFigures {
  gemeente: string;
  /** In the window: cases handed over, returned, confirmed (and of those within 7 days of the handover), warm. */
  handovers: ShownCount;
  returned: ShownCount;
  medianDaysMeldingToHandover: Shown;
  medianDaysHandoverToConfirmation: Shown;
  confirmedWithin7DaysShare: Shown;
  warmShare: Shown;
  escalatedPastFirstRung: ShownCount;
  /** Cases that reached each rung of the region's escalation ladder in the window, in the ladder's order. */
  escalationsPerRung: ShownCount[];
  monitoringGeborgd: ShownCount;
  monitoringNieuweZorgen: ShownCount;
  acceleratedOffers: ShownCount;
  acceleratedAccepted: ShownCount;
  /** Now. */
  werkvoorraad: ShownCount;
  medianWerkvoorraadAgeDays: Shown;
  waitingForConfirmation: ShownCount;
  waitingForTriage: ShownCount;
}

export interface AdviceFigures {
  /** Per urgency, then per sector (urgency undefined on the sector rows). */
  urgency?: Urgency;
  sector?: Sector;
  asked: ShownCount;
  medianMinutesToClaim: Shown;
  medianMinutesToFirstAnswer: Shown;
}

/** One calendar month (region time) of the viewer's gemeenten together. */
export interface MonthFigures {
  /** 'YYYY-MM' */
  month: string;
  handovers: ShownCount;
  confirmedWithin7Days: ShownCount;
  returned: ShownCount;
  intoWerkvoorraad: ShownCount;
}

export interface DashboardFigures {
  window: Window;
  /** The escalation ladder's rungs, as escalationsPerRung counts them. */
  rungs: readonly string[];
  /** The last 12 calendar months, oldest first, whatever the window. */
  months: MonthFigures[];
  /** The last 12 ISO weeks ('YYYY-Www' in `month`), oldest first, whatever the window. */
  weeks: MonthFigures[];
  /** How many handovers in the window took how long, per range of DayRanges. */
  distribution: { meldingToHandover: ShownCount[]; handoverToConfirmation: ShownCount[] };
  from: string;
  until: string;
  gemeenten: GemeenteFigures[];
  triageDecisions: { option: TriageOption; count: ShownCount }[];
  /** Only for a viewer who sees every gemeente: advice questions are not per gemeente channel. */
  advice: AdviceFigures[] | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function shownCount(n: number): ShownCount {
  return n > 0 && n < MIN_SHOWN ? '< 5' : n;
}

function shownMedian(values: number[]): Shown {
  return values.length < MIN_SHOWN ? null : median(values);
}

function shownShare(hits: number, of: number): Shown {
  return of < MIN_SHOWN ? null : hits / of;
}

const stageAt = (c: HandoverCase, stage: HandoverCase['stage']) => c.stages.find((s) => s.stage === stage)?.at;
const lastStageAt = (c: HandoverCase, stage: HandoverCase['stage']) => [...c.stages].reverse().find((s) => s.stage === stage)?.at;

export function dashboardFigures(cases: HandoverCase[], tickets: Ticket[] | null, gemeenten: string[], window: Window, now: Date, timeZone: string, rungs: readonly string[] = []): DashboardFigures {
  // Calendar days in the region, as on the agenda and in `cijfers`. Local dates are memoised per
  // minute: tens of thousands of cases share far fewer minutes, and the time-zone lookup is the cost.
  const localDates = new Map<string, string>();
  const localDate = (iso: string) => {
    if (iso.length === 10) return iso;
    const minute = iso.slice(0, 16);
    let date = localDates.get(minute);
    if (date === undefined) localDates.set(minute, (date = zonedDate(new Date(iso), timeZone)));
    return date;
  };
  const days = (from: string, to: string) => daysBetween(localDate(from), localDate(to));
  const fromMs = now.getTime() - Windows[window] * DAY_MS;
  // Instants compare as their canonical ISO strings: no date parsing per case.
  const fromIso = new Date(fromMs).toISOString();
  const untilIso = now.toISOString();
  const inWindow = (at: string | undefined) => {
    if (at === undefined) return false;
    const key = at.length === 24 && at.endsWith('Z') ? at : new Date(at).toISOString();
    return key >= fromIso && key <= untilIso;
  };
  const byGemeente = new Map(gemeenten.map((g) => [g.toLowerCase(), [] as HandoverCase[]]));
  for (const c of cases) byGemeente.get(c.gemeente.toLowerCase())?.push(c);
  const scoped = [...byGemeente.values()].flat();
  const nowIso = now.toISOString();
  const allToHandover: number[] = [];
  const allToConfirmation: number[] = [];

  // One pass over each gemeente's cases: at 100 000 cases the figures stay well under 200 ms.
  const perGemeente = gemeenten.map((gemeente): GemeenteFigures => {
    let handovers = 0, returned = 0, onTime = 0, warm = 0, withForm = 0, escalated = 0, geborgd = 0, nieuweZorgen = 0;
    let offered = 0, accepted = 0, werkvoorraad = 0, waitingForConfirmation = 0, waitingForTriage = 0;
    const toHandover: number[] = [];
    const toConfirmation: number[] = [];
    const werkvoorraadAge: number[] = [];
    const perRung = rungs.map(() => 0);
    for (const c of byGemeente.get(gemeente.toLowerCase())!) {
      const handedOverAt = stageAt(c, 'overdracht');
      if (inWindow(handedOverAt)) {
        handovers++;
        toHandover.push(days(c.meldingOn, handedOverAt!));
        allToHandover.push(toHandover.at(-1)!);
        const confirmation = c.confirmation;
        if (confirmation) {
          const d = days(handedOverAt!, confirmation.at);
          toConfirmation.push(d);
          allToConfirmation.push(d);
          if (d <= 7) onTime++;
          if (confirmation.handoverForm !== undefined) {
            withForm++;
            if (confirmation.handoverForm === 'driegesprek') warm++;
          }
        }
      }
      if (inWindow(c.returned?.at)) returned++;
      const reached = new Set<string>();
      for (const e of c.escalations) if (e.level !== REMINDER_LEVEL && inWindow(e.at)) reached.add(e.level);
      if (reached.size >= 2) escalated++;
      for (let k = 0; k < rungs.length; k++) if (reached.has(rungs[k]!)) perRung[k]!++;
      if (inWindow(c.monitoring?.answeredAt)) {
        if (c.monitoring!.answer === 'geborgd') geborgd++;
        else if (c.monitoring!.answer === 'nieuwe-zorgen') nieuweZorgen++;
      }
      if (c.acceleration && inWindow(c.acceleration.offer.at)) {
        offered++;
        if (c.acceleration.answer?.accepted) accepted++;
      }
      if (c.stage === 'werkvoorraad') {
        werkvoorraad++;
        werkvoorraadAge.push(days(lastStageAt(c, 'werkvoorraad') ?? c.receivedAt, nowIso));
      } else if (c.stage === 'overdracht' && c.status === 'open') waitingForConfirmation++;
      else if (c.stage === 'melding') waitingForTriage++;
    }
    return {
      gemeente,
      handovers: shownCount(handovers),
      returned: shownCount(returned),
      medianDaysMeldingToHandover: shownMedian(toHandover),
      medianDaysHandoverToConfirmation: shownMedian(toConfirmation),
      confirmedWithin7DaysShare: shownShare(onTime, toConfirmation.length),
      warmShare: shownShare(warm, withForm),
      escalatedPastFirstRung: shownCount(escalated),
      escalationsPerRung: perRung.map(shownCount),
      monitoringGeborgd: shownCount(geborgd),
      monitoringNieuweZorgen: shownCount(nieuweZorgen),
      acceleratedOffers: shownCount(offered),
      acceleratedAccepted: shownCount(accepted),
      werkvoorraad: shownCount(werkvoorraad),
      medianWerkvoorraadAgeDays: shownMedian(werkvoorraadAge),
      waitingForConfirmation: shownCount(waitingForConfirmation),
      waitingForTriage: shownCount(waitingForTriage),
    };
  });

  const decided = scoped.filter((c) => inWindow(c.triage?.decision?.agreedAt));
  const advice = tickets === null ? null : adviceFigures(tickets.filter((t) => inWindow(t.createdAt)));
  return {
    window,
    rungs,
    months: trend(scoped, lastBuckets(localDate(nowIso), 12, 'month'), (d) => d.slice(0, 7), localDate, days),
    weeks: trend(scoped, lastBuckets(localDate(nowIso), 12, 'week'), isoWeek, localDate, days),
    distribution: { meldingToHandover: distribution(allToHandover), handoverToConfirmation: distribution(allToConfirmation) },
    from: new Date(fromMs).toISOString(),
    until: nowIso,
    gemeenten: perGemeente,
    triageDecisions: TriageOptions.map((option) => ({ option, count: shownCount(decided.filter((c) => c.triage!.decision!.option === option).length) })),
    advice,
  };
}

/** The last `n` buckets (months 'YYYY-MM' or ISO weeks 'YYYY-Www') ending with the one that holds today, oldest first. */
function lastBuckets(today: string, n: number, unit: 'month' | 'week'): string[] {
  const buckets: string[] = [];
  for (let k = n - 1; k >= 0; k--) {
    if (unit === 'week') buckets.push(isoWeek(addDays(today, -7 * k)));
    else {
      const [y, m] = today.split('-').map(Number) as [number, number];
      buckets.push(new Date(Date.UTC(y, m - 1 - k, 1)).toISOString().slice(0, 7));
    }
  }
  return buckets;
}

function trend(cases: HandoverCase[], buckets: string[], bucketOfDate: (date: string) => string, localDate: (iso: string) => string, days: (from: string, to: string) => number): MonthFigures[] {
  const counts = new Map(buckets.map((b) => [b, { handovers: 0, onTime: 0, returned: 0, werkvoorraad: 0 }]));
  const bucketOf = (iso: string | undefined) => (iso === undefined ? undefined : counts.get(bucketOfDate(localDate(iso))));
  for (const c of cases) {
    const handedOverAt = stageAt(c, 'overdracht');
    const handedOver = bucketOf(handedOverAt);
    if (handedOver) {
      handedOver.handovers++;
      if (c.confirmation && days(handedOverAt!, c.confirmation.at) <= 7) handedOver.onTime++;
    }
    const returned = bucketOf(c.returned?.at);
    if (returned) returned.returned++;
    for (const st of c.stages) {
      if (st.stage !== 'werkvoorraad') continue;
      const entered = bucketOf(st.at);
      if (entered) entered.werkvoorraad++;
    }
  }
  return buckets.map((month) => {
    const n = counts.get(month)!;
    return { month, handovers: shownCount(n.handovers), confirmedWithin7Days: shownCount(n.onTime), returned: shownCount(n.returned), intoWerkvoorraad: shownCount(n.werkvoorraad) };
  });
}

/** Doorlooptijden in days, counted per range: the distribution behind the medians. */
export const DayRanges = [
  { label: '0-7', max: 7 },
  { label: '8-14', max: 14 },
  { label: '15-28', max: 28 },
  { label: '29-56', max: 56 },
  { label: '57+', max: Infinity },
] as const;

function distribution(values: number[]): ShownCount[] {
  return DayRanges.map((r, k) => shownCount(values.filter((v) => v <= r.max && (k === 0 || v > DayRanges[k - 1]!.max)).length));
}

function adviceFigures(tickets: Ticket[]): AdviceFigures[] {
  const minutes = (from: string, to: string | null) => (to ? (Date.parse(to) - Date.parse(from)) / 60_000 : undefined);
  const figures = (asked: Ticket[]) => {
    const claim = asked.map((t) => minutes(t.createdAt, t.claimedAt)).filter((m): m is number => m !== undefined);
    const answer = asked.map((t) => minutes(t.createdAt, t.firstAnsweredAt)).filter((m): m is number => m !== undefined);
    return { asked: shownCount(asked.length), medianMinutesToClaim: shownMedian(claim), medianMinutesToFirstAnswer: shownMedian(answer) };
  };
  return [
    ...Urgencies.map((urgency) => ({ urgency, ...figures(tickets.filter((t) => t.urgency === urgency)) })),
    ...Sectors.map((sector) => ({ sector, ...figures(tickets.filter((t) => t.sector === sector)) })),
  ];
}
