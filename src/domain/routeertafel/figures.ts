/**
 * Handover figures for the routeertafel's standing items (werkdruk, wachttijden) and for the
 * periodic evaluation of the samenwerkingsafspraken: per gemeente and for the region.
 */
import { daysBetween, zonedDate } from '../calendar.js';
import type { HandoverCase } from '../cases/case.js';
import { enteredAt } from '../cases/lifecycle.js';
import { findGemeente, type Region } from '../region.js';
import { tableDateOf } from './schedule.js';
import { median } from './stats.js';

/** Days after its table date within which a handover counts as confirmed on time. */
export const CONFIRMED_ON_TIME_DAYS = 7;

export interface HandoverFigureSet {
  /** null for the whole region. */
  gemeente: string | null;
  handovers: number;
  /** Median calendar days from the melding until VT handed the case over (received by the bot). */
  medianDaysToHandover: number | null;
  /** Median calendar days from the melding until the gemeente confirmed. */
  medianDaysToConfirmation: number | null;
  /**
   * Share (0–1) confirmed within 7 days of the table date, among cases whose table has met and that
   * are confirmed or whose 7 days have passed. Returned cases are left out: handing a case back is
   * not a delay. null when no case qualifies yet (no table has met), never 100% in advance.
   */
  confirmedWithin7DaysShare: number | null;
  open: number;
  /** Confirmations made as a driegesprek with the inwoner (warme overdracht), among `handoverFormKnown`. */
  warmHandovers: number;
  /** Confirmations that say how the handover was made. */
  handoverFormKnown: number;
}

export interface HandoverFigures {
  overall: HandoverFigureSet;
  perGemeente: HandoverFigureSet[];
}

/** Figures for every gemeente of the region, or for one gemeente only when `gemeente` is given. */
export function handoverFigures(cases: HandoverCase[], region: Region, now: Date, gemeente?: string): HandoverFigures {
  const today = zonedDate(now, region.timezone);
  let names = region.gemeenten.map((g) => g.name);
  // Only handovers count: a melding or a werkvoorraad case never handed over is not one.
  let selected = cases.filter((c) => c.status !== 'none');
  if (gemeente !== undefined) {
    const found = findGemeente(region, gemeente);
    if (!found) throw new RangeError(`unknown gemeente "${gemeente}"`);
    names = [found.name];
    selected = cases.filter((c) => sameName(c.gemeente, found.name));
  }
  const figures = (name: string | null, set: HandoverCase[]) => figureSet(name, set, region, today);
  const overall = figures(null, selected);
  if (gemeente !== undefined) return { overall, perGemeente: [{ ...overall, gemeente: names[0]! }] }; // the same set: compute once
  return { overall, perGemeente: names.map((name) => figures(name, selected.filter((c) => sameName(c.gemeente, name)))) };
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function figureSet(gemeente: string | null, cases: HandoverCase[], region: Region, today: string): HandoverFigureSet {
  const localDate = (iso: string) => zonedDate(new Date(iso), region.timezone);
  const toHandover = cases.map((c) => daysBetween(c.meldingOn, localDate(enteredAt(c, 'overdracht') ?? c.receivedAt)));
  const toConfirmation = cases.flatMap((c) => (c.confirmation ? [daysBetween(c.meldingOn, localDate(c.confirmation.at))] : []));
  let judged = 0;
  let onTime = 0;
  const tableDates = new Map<string, string>(); // a few weeks for thousands of cases
  for (const c of cases) {
    if (c.status === 'returned') continue;
    let tableDate = tableDates.get(c.tableWeek);
    if (tableDate === undefined) tableDates.set(c.tableWeek, (tableDate = tableDateOf(region, c.tableWeek)));
    if (daysBetween(tableDate, today) < 1) continue; // the table has not met yet (it meets during its day)
    if (c.confirmation) {
      judged++;
      if (daysBetween(tableDate, localDate(c.confirmation.at)) <= CONFIRMED_ON_TIME_DAYS) onTime++;
    } else if (daysBetween(tableDate, today) > CONFIRMED_ON_TIME_DAYS) {
      judged++;
    }
  }
  return {
    gemeente,
    handovers: cases.length,
    medianDaysToHandover: median(toHandover),
    medianDaysToConfirmation: median(toConfirmation),
    confirmedWithin7DaysShare: judged === 0 ? null : onTime / judged,
    open: cases.filter((c) => c.status === 'open').length,
    warmHandovers: cases.filter((c) => c.confirmation?.handoverForm === 'driegesprek').length,
    handoverFormKnown: cases.filter((c) => c.confirmation?.handoverForm !== undefined).length,
  };
}
