/**
 * The weekly routeertafel agenda of one gemeente: the handovers on this week's table, the open
 * ones carried over from earlier weeks, and the standing items (rolverdeling, werkdruk,
 * wachttijden) as figures.
 */
import { daysBetween, formatDutchDate, formatDutchWeek, isIsoWeek, zonedDate, type IsoWeek } from '../calendar.js';
import type { CaseStatus, HandoverCase } from '../cases/case.js';
import { routeLabelOf, type Route } from '../cases/fields.js';
import { findGemeente, type Region } from '../region.js';
import { agendaInstantOf, tableDateOf } from './schedule.js';
import { maximum, median } from './stats.js';

/** Items per agenda card; keeps a rendered card well under Teams' 28 KB message limit. */
export const DEFAULT_AGENDA_ITEMS_PER_CARD = 25;

export interface AgendaConfirmation {
  byName: string;
  casusregisseur: string;
  procesregisseur?: string;
  team?: string;
  warmHandoverOn?: string;
  at: string;
}

export interface AgendaItem {
  reference: string;
  route: Route | undefined;
  routeLabel: string;
  urgent: boolean;
  /**
   * Calendar days from the melding until the handover was settled (confirmed or returned),
   * or until today while it is open.
   */
  waitingDays: number;
  tableWeek: IsoWeek;
  /** From an earlier table, still open when this agenda went out. */
  carriedOver: boolean;
  missingVeiligheidsplan: boolean;
  betrokkenenNietGeinformeerd: boolean;
  status: CaseStatus;
  /** The pseudonymous summary Veilig Thuis gave at intake (checked by the privacy guard then). */
  summary: string;
  vtContact: string;
  confirmation?: AgendaConfirmation;
  returned?: { byName: string; at: string };
}

export interface AgendaFigures {
  casesOnAgenda: number;
  medianWaitingDays: number | null;
  longestWaitingDays: number | null;
  /** Open handovers for the gemeente in total, whatever their table week. */
  openHandoversTotal: number;
}

export interface Agenda {
  gemeente: string;
  week: IsoWeek;
  /** 'week 48, 2026' */
  weekLabel: string;
  /** 'dinsdag 24 november 2026' */
  tableDateLabel: string;
  /** '10:00 uur' */
  tableTimeLabel: string;
  items: AgendaItem[];
  figures: AgendaFigures;
  empty: boolean;
  /** Which card of the agenda this is (see splitAgenda). */
  page: { number: number; of: number };
}

/**
 * `postedAt`: when this agenda went out, if a coordinator sent it before its posting moment;
 * carried-over cases settled after that stay on it.
 */
export function buildAgenda(region: Region, gemeenteName: string, cases: HandoverCase[], week: IsoWeek, now: Date, postedAt?: Date): Agenda {
  if (!isIsoWeek(week)) throw new RangeError(`not an ISO week: "${week}"`);
  const gemeente = findGemeente(region, gemeenteName);
  if (!gemeente) throw new RangeError(`unknown gemeente "${gemeenteName}"`);
  const today = zonedDate(now, region.timezone);
  const own = cases.filter((c) => c.gemeente.toLowerCase() === gemeente.name.toLowerCase());
  const postedAtMs = Math.min(agendaInstantOf(region, week).getTime(), postedAt?.getTime() ?? Infinity);
  const onAgenda = own.filter((c) => c.tableWeek === week || (c.tableWeek < week && openAt(c, postedAtMs)));
  const items = onAgenda.sort(byAgendaOrder(week)).map((c) => toItem(c, week, today, region.timezone));
  const waiting = items.map((i) => i.waitingDays);
  return {
    gemeente: gemeente.name,
    week,
    weekLabel: formatDutchWeek(week),
    tableDateLabel: formatDutchDate(tableDateOf(region, week)),
    tableTimeLabel: `${region.routeertafel.tableTime} uur`,
    items,
    figures: {
      casesOnAgenda: items.length,
      medianWaitingDays: median(waiting),
      longestWaitingDays: maximum(waiting),
      openHandoversTotal: own.filter((c) => c.status === 'open').length,
    },
    empty: items.length === 0,
    page: { number: 1, of: 1 },
  };
}

/**
 * Open at the moment the agenda was posted. Settling a carried-over case later keeps it on that
 * week's agenda (shown as settled), so a card re-rendered after a click keeps its items.
 */
function openAt(c: HandoverCase, instantMs: number): boolean {
  const settledAt = c.confirmation?.at ?? c.returned?.at;
  return c.status === 'open' || (settledAt !== undefined && Date.parse(settledAt) >= instantMs);
}

function toItem(c: HandoverCase, week: IsoWeek, today: string, timeZone: string): AgendaItem {
  const settledAt = c.confirmation?.at ?? c.returned?.at;
  const until = settledAt ? zonedDate(new Date(settledAt), timeZone) : today;
  const informed = c.confirmation?.betrokkenenGeinformeerd ?? c.betrokkenenGeinformeerd;
  const item: AgendaItem = {
    reference: c.reference,
    route: c.route,
    routeLabel: routeLabelOf(c.route),
    urgent: c.urgent,
    waitingDays: Math.max(0, daysBetween(c.meldingOn, until)),
    tableWeek: c.tableWeek,
    carriedOver: c.tableWeek < week,
    missingVeiligheidsplan: !c.veiligheidsplan,
    betrokkenenNietGeinformeerd: !informed,
    status: c.status,
    summary: c.summary,
    vtContact: c.vtContact,
  };
  if (c.confirmation) {
    const { byName, casusregisseur, procesregisseur, team, warmHandoverOn, at } = c.confirmation;
    item.confirmation = { byName, casusregisseur, at, ...definedOnly({ procesregisseur, team, warmHandoverOn }) };
  }
  if (c.returned) item.returned = { byName: c.returned.byName, at: c.returned.at };
  return item;
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Urgent first, then carried over, then the longest waiting (earliest melding); the reference
 * breaks ties. Ordered by the melding date rather than the waiting days, which stop counting at
 * confirmation: so the order, and the split into cards, stays the same when cases are settled.
 */
function byAgendaOrder(week: IsoWeek): (a: HandoverCase, b: HandoverCase) => number {
  const carried = (c: HandoverCase) => Number(c.tableWeek < week);
  return (a, b) =>
    Number(b.urgent) - Number(a.urgent) ||
    carried(b) - carried(a) ||
    a.meldingOn.localeCompare(b.meldingOn) ||
    a.reference.localeCompare(b.reference);
}

/**
 * Splits an agenda into cards of at most `maxItemsPerCard` items, each marked "page n of m" and
 * carrying the figures of the whole agenda. An empty agenda stays one card.
 */
export function splitAgenda(agenda: Agenda, maxItemsPerCard = DEFAULT_AGENDA_ITEMS_PER_CARD): Agenda[] {
  if (!Number.isInteger(maxItemsPerCard) || maxItemsPerCard < 1) {
    throw new RangeError(`maxItemsPerCard must be a positive integer, got ${maxItemsPerCard}`);
  }
  const pageCount = Math.max(1, Math.ceil(agenda.items.length / maxItemsPerCard));
  return Array.from({ length: pageCount }, (_, i) => ({
    ...agenda,
    items: agenda.items.slice(i * maxItemsPerCard, (i + 1) * maxItemsPerCard),
    page: { number: i + 1, of: pageCount },
  }));
}
