/**
 * The dashboard's figures: aggregates only, per gemeente, over a window that ends now. No
 * reference, summary or other case text leaves this module. Counts from 1 to 4 and medians or
 * shares over fewer than 5 cases are suppressed, so a small gemeente's cases cannot be picked out.
 */
import type { Ticket, Urgency } from '../advice/ticket.js';
import { Urgencies } from '../advice/ticket.js';
import { REMINDER_LEVEL, type HandoverCase } from '../cases/case.js';
import { accelerationCounts } from '../cases/werkvoorraad.js';
import { TriageOptions, type TriageOption } from '../cases/triage.js';
import { median } from '../routeertafel/stats.js';
import { daysBetween, zonedDate } from '../calendar.js';

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
  urgency: Urgency;
  asked: ShownCount;
  medianMinutesToClaim: Shown;
  medianMinutesToFirstAnswer: Shown;
}

export interface DashboardFigures {
  window: Window;
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

export function dashboardFigures(cases: HandoverCase[], tickets: Ticket[] | null, gemeenten: string[], window: Window, now: Date, timeZone: string): DashboardFigures {
  // Calendar days in the region, as on the agenda and in `cijfers`.
  const days = (from: string, to: string) => daysBetween(from.length === 10 ? from : zonedDate(new Date(from), timeZone), zonedDate(new Date(to), timeZone));
  const fromMs = now.getTime() - Windows[window] * DAY_MS;
  const inWindow = (at: string | undefined) => at !== undefined && Date.parse(at) >= fromMs && Date.parse(at) <= now.getTime();
  const wanted = new Set(gemeenten.map((g) => g.toLowerCase()));
  const scoped = cases.filter((c) => wanted.has(c.gemeente.toLowerCase()));
  const nowIso = now.toISOString();

  const perGemeente = gemeenten.map((gemeente): GemeenteFigures => {
    const own = scoped.filter((c) => c.gemeente.toLowerCase() === gemeente.toLowerCase());
    const handedOver = own.filter((c) => inWindow(stageAt(c, 'overdracht')));
    const confirmed = handedOver.filter((c) => c.confirmation);
    const withForm = confirmed.filter((c) => c.confirmation!.handoverForm !== undefined);
    const werkvoorraad = own.filter((c) => c.stage === 'werkvoorraad');
    const accelerated = accelerationCounts(own.filter((c) => inWindow(c.acceleration?.offer.at)));
    const monitored = own.filter((c) => inWindow(c.monitoring?.answeredAt));
    return {
      gemeente,
      handovers: shownCount(handedOver.length),
      returned: shownCount(own.filter((c) => inWindow(c.returned?.at)).length),
      medianDaysMeldingToHandover: shownMedian(handedOver.map((c) => days(c.meldingOn, stageAt(c, 'overdracht')!))),
      medianDaysHandoverToConfirmation: shownMedian(confirmed.map((c) => days(stageAt(c, 'overdracht')!, c.confirmation!.at))),
      confirmedWithin7DaysShare: shownShare(confirmed.filter((c) => days(stageAt(c, 'overdracht')!, c.confirmation!.at) <= 7).length, confirmed.length),
      warmShare: shownShare(withForm.filter((c) => c.confirmation!.handoverForm === 'driegesprek').length, withForm.length),
      escalatedPastFirstRung: shownCount(own.filter((c) => c.escalations.filter((e) => e.level !== REMINDER_LEVEL && inWindow(e.at)).length >= 2).length),
      monitoringGeborgd: shownCount(monitored.filter((c) => c.monitoring!.answer === 'geborgd').length),
      monitoringNieuweZorgen: shownCount(monitored.filter((c) => c.monitoring!.answer === 'nieuwe-zorgen').length),
      acceleratedOffers: shownCount(accelerated.offered),
      acceleratedAccepted: shownCount(accelerated.accepted),
      werkvoorraad: shownCount(werkvoorraad.length),
      medianWerkvoorraadAgeDays: shownMedian(werkvoorraad.map((c) => days(lastStageAt(c, 'werkvoorraad') ?? c.receivedAt, nowIso))),
      waitingForConfirmation: shownCount(own.filter((c) => c.stage === 'overdracht' && c.status === 'open').length),
      waitingForTriage: shownCount(own.filter((c) => c.stage === 'melding').length),
    };
  });

  const decided = scoped.filter((c) => inWindow(c.triage?.decision?.agreedAt));
  const advice = tickets === null ? null : adviceFigures(tickets.filter((t) => inWindow(t.createdAt)));
  return {
    window,
    from: new Date(fromMs).toISOString(),
    until: nowIso,
    gemeenten: perGemeente,
    triageDecisions: TriageOptions.map((option) => ({ option, count: shownCount(decided.filter((c) => c.triage!.decision!.option === option).length) })),
    advice,
  };
}

function adviceFigures(tickets: Ticket[]): AdviceFigures[] {
  const minutes = (from: string, to: string | null) => (to ? (Date.parse(to) - Date.parse(from)) / 60_000 : undefined);
  return Urgencies.map((urgency) => {
    const asked = tickets.filter((t) => t.urgency === urgency);
    const claim = asked.map((t) => minutes(t.createdAt, t.claimedAt)).filter((m): m is number => m !== undefined);
    const answer = asked.map((t) => minutes(t.createdAt, t.firstAnsweredAt)).filter((m): m is number => m !== undefined);
    return { urgency, asked: shownCount(asked.length), medianMinutesToClaim: shownMedian(claim), medianMinutesToFirstAnswer: shownMedian(answer) };
  });
}
