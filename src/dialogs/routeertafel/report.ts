/** The delivery report of an agenda run: per gemeente posted, failed or skipped. Pure. */
import { formatDutchWeek } from '../../domain/calendar.js';
import type { Region } from '../../domain/region.js';
import type { ChannelRecord, OutboxItem } from '../../store/records.js';
import { deliveryReportCard } from '../../cards/routeertafelReportCards.js';
import { agendaItemPrefix } from './agenda.js';
import { RouteertafelTexts as T } from './texts.js';
import { type Card } from '../../cards/card.js';

export interface DeliveryRows {
  posted: string[];
  failed: { gemeente: string; code: string }[];
  notLinked: string[];
  unreachable: string[];
}

/** Sorts every gemeente of the region by what happened to its agenda in this run. */
export function deliveryRows(region: Region, week: string, items: OutboxItem[], channels: ChannelRecord[]): DeliveryRows {
  const rows: DeliveryRows = { posted: [], failed: [], notLinked: [], unreachable: [] };
  for (const { name } of region.gemeenten) {
    const own = items.filter((i) => i.id.startsWith(agendaItemPrefix(name, week)));
    const failed = own.find((i) => i.status === 'failed');
    if (failed) rows.failed.push({ gemeente: name, code: failed.lastError ?? 'unknown' });
    else if (own.length > 0) rows.posted.push(name);
    else if (channels.some((c) => !c.active && c.link?.kind === 'gemeente' && c.link.gemeente === name)) rows.unreachable.push(name);
    else rows.notLinked.push(name);
  }
  return rows;
}

const MAX_NAMES = 60;

function names(list: string[]): string {
  if (list.length === 0) return T.reportNone;
  const shown = list.slice(0, MAX_NAMES).join(', ');
  return list.length > MAX_NAMES ? `${shown} ${T.reportMore(list.length - MAX_NAMES)}` : shown;
}

export function deliveryReport(week: string, rows: DeliveryRows): Card {
  return deliveryReportCard({
    title: T.reportTitle(formatDutchWeek(week)),
    summary: T.reportSummary(rows.posted.length, rows.failed.length, rows.notLinked.length, rows.unreachable.length),
    sections: [
      { title: T.reportFailed(rows.failed.length), text: names(rows.failed.map((f) => T.reportFailedEntry(f.gemeente, f.code))), color: 'Attention' as const, show: rows.failed.length > 0 },
      { title: T.reportUnreachable(rows.unreachable.length), text: names(rows.unreachable), color: 'Warning' as const, show: rows.unreachable.length > 0 },
      { title: T.reportNotLinked(rows.notLinked.length), text: names(rows.notLinked), color: 'Default' as const, show: rows.notLinked.length > 0 },
      { title: T.reportPosted(rows.posted.length), text: names(rows.posted), color: 'Good' as const, show: true },
    ]
      .filter((s) => s.show)
      .map(({ show: _show, ...section }) => section),
  });
}
