/** The dashboard's figures as tables of text: the same tables for the page, the JSON API and CSV. Pure. */
import { DayRanges, type DashboardFigures, type Shown, type ShownCount } from '../../domain/insight/dashboard.js';
import { InsightTexts as T, TriageOptionNames, UrgencyNames } from './texts.js';
import { SectorLabels } from '../../domain/constants.js';
import { formatDutchDate, formatDutchInstant, formatDutchMonths } from '../../domain/calendar.js';
import { LessonThemes, OwnerLabels, ThemeLabels, type Evaluation } from '../../domain/evaluation/evaluation.js';

export const TableIds = ['handovers', 'distribution', 'now', 'trend', 'weeks', 'escalations', 'outcomes', 'triage', 'advice', 'lessons'] as const;
export type TableId = (typeof TableIds)[number];

export interface Table {
  id: TableId;
  title: string;
  columns: string[];
  rows: string[][];
}

const count = (n: ShownCount) => String(n);
const days = (n: Shown) => (n === null ? T.notShown : n.toLocaleString('nl-NL', { maximumFractionDigits: 1 }));
const share = (n: Shown) => (n === null ? T.notShown : `${Math.round(n * 100)}%`);

export function dashboardTables(f: DashboardFigures): Table[] {
  const tables: Table[] = [
    {
      id: 'handovers',
      ...T.tables.handovers,
      rows: f.gemeenten.map((g) => [g.gemeente, count(g.handovers), count(g.returned), days(g.medianDaysMeldingToHandover), days(g.medianDaysHandoverToConfirmation), share(g.confirmedWithin7DaysShare), share(g.warmShare), count(g.escalatedPastFirstRung)]),
    },
    {
      id: 'distribution',
      ...T.tables.distribution,
      rows: DayRanges.map((r, k) => [T.dayRange(r.label), count(f.distribution.meldingToHandover[k]!), count(f.distribution.handoverToConfirmation[k]!)]),
    },
    {
      id: 'now',
      ...T.tables.now,
      rows: f.gemeenten.map((g) => [g.gemeente, count(g.werkvoorraad), days(g.medianWerkvoorraadAgeDays), count(g.waitingForConfirmation), count(g.waitingForTriage)]),
    },
    {
      id: 'trend',
      ...T.tables.trend,
      rows: f.months.map((m) => [T.monthLabel(m.month), count(m.handovers), count(m.confirmedWithin7Days), count(m.returned), count(m.intoWerkvoorraad)]),
    },
    {
      id: 'weeks',
      ...T.tables.weeks,
      rows: f.weeks.map((w) => [T.weekLabel(w.month), count(w.handovers), count(w.confirmedWithin7Days), count(w.returned), count(w.intoWerkvoorraad)]),
    },
    {
      id: 'escalations',
      title: T.tables.escalations.title,
      columns: [T.tables.escalations.first, ...f.rungs.map(T.rungColumn)],
      rows: f.gemeenten.map((g) => [g.gemeente, ...g.escalationsPerRung.map(count)]),
    },
    {
      id: 'outcomes',
      ...T.tables.outcomes,
      rows: f.gemeenten.map((g) => [g.gemeente, count(g.monitoringGeborgd), count(g.monitoringNieuweZorgen), count(g.acceleratedOffers), count(g.acceleratedAccepted)]),
    },
    { id: 'triage', ...T.tables.triage, rows: f.triageDecisions.map((d) => [TriageOptionNames[d.option], count(d.count)]) },
  ];
  if (f.advice) {
    tables.push({ id: 'advice', ...T.tables.advice, rows: f.advice.map((a) => [a.urgency ? UrgencyNames[a.urgency] : T.sectorRow(SectorLabels[a.sector!]), count(a.asked), days(a.medianMinutesToClaim), days(a.medianMinutesToFirstAnswer)]) });
  }
  return tables;
}

/**
 * The lessons from the joint evaluations, by theme, with their agreements and where those stand. Lessons
 * are non-identifying by construction (the privacy guard checked each field before it was saved).
 */
export function lessonsTable(evaluations: Evaluation[], today: string): Table {
  const rows = evaluations
    .flatMap((e) => e.lessons.map((l) => ({ e, l })))
    .sort((a, b) => LessonThemes.indexOf(a.l.theme) - LessonThemes.indexOf(b.l.theme) || a.e.gemeente.localeCompare(b.e.gemeente) || b.e.period.localeCompare(a.e.period) || a.l.number - b.l.number)
    .map(({ e, l }) => {
      const a = l.agreement;
      const status = !a ? '' : a.doneAt ? T.agreementDone : a.due < today ? T.agreementOverdue : T.agreementOpen;
      return [ThemeLabels[l.theme], e.gemeente, formatDutchMonths(e.from, e.to), l.wentWell, l.toImprove, a?.text ?? '', a ? OwnerLabels[a.owner] : '', a ? formatDutchDate(a.due) : '', status];
    });
  return { id: 'lessons', ...T.tables.lessons, rows };
}

export function periodLine(f: DashboardFigures, timeZone: string): string {
  return T.period(formatDutchInstant(f.from, timeZone), formatDutchInstant(f.until, timeZone));
}

/** RFC 4180 CSV with a semicolon, as Dutch spreadsheet programs expect. */
export function tableCsv(table: Table): string {
  const cell = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [table.columns, ...table.rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
