/**
 * The week's agendas as a fan-out of the workflow kit: one page per outbox item
 * `agenda:<gemeente>:<week>:<page>`, and the delivery report to the coordinators once per week
 * (notifier key `agenda-report:<week>`).
 */
import type { Deps } from '../../app/deps.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import type { OutboxItem } from '../../store/records.js';
import { createFanOut, type FanOut, type FanOutWorkflow } from '../../workflow/fanOut.js';
import { AGENDA_KIND, agendaMessage, agendaBook, agendaItemId, firstPostedAt } from './agenda.js';
import { deliveryReport, deliveryRows } from './report.js';
import { AGENDA_JOB_NAME, agendaRunId } from './schedule.js';

export type AgendaFanOut = FanOut;

export function createAgendaFanOut(deps: Deps): AgendaFanOut {
  const region = deps.config.region;
  const agendas: FanOutWorkflow = {
    kind: AGENDA_KIND,
    jobName: AGENDA_JOB_NAME,
    runIdOf: (week) => agendaRunId(region, week),
    // Every page of every linked gemeente's agenda; cards are rendered only for pages not sent yet.
    plan: async (week, channels) => {
      const cases = byGemeente(await deps.store.cases.list());
      const now = deps.clock.now();
      const planned = await Promise.all(
        channels.map(async ({ channel, gemeente }) => {
          const book = agendaBook(region, gemeente, cases.get(gemeente) ?? [], week, now, await firstPostedAt(deps, gemeente, week));
          return book.pages.map((p) => ({ id: agendaItemId(gemeente, week, p.page.number), channelId: channel.id, message: () => agendaMessage(region, book, p.page.number) }));
        }),
      );
      return planned.flat();
    },
    periodOf: weekOf,
    report: async (week, items) => {
      const rows = deliveryRows(region, week, items, await deps.store.channels.list());
      await deps.notifier.coordinators(`agenda-report:${week}`, { cards: [deliveryReport(week, rows)] });
      deps.log.info('agenda_report', { week, posted: rows.posted.length, failed: rows.failed.length, notLinked: rows.notLinked.length, unreachable: rows.unreachable.length });
    },
  };
  return createFanOut(deps, agendas);
}

function byGemeente(cases: HandoverCase[]): Map<string, HandoverCase[]> {
  const map = new Map<string, HandoverCase[]>();
  for (const c of cases) {
    const list = map.get(c.gemeente);
    if (list) list.push(c);
    else map.set(c.gemeente, [c]);
  }
  return map;
}

/** `agenda:<gemeente>:<week>:<page>` → week. */
function weekOf(item: OutboxItem): string {
  return item.id.split(':').at(-2) ?? '';
}
