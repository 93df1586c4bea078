/**
 * Posting a week's agendas to every linked gemeente channel through the persisted outbox, and the
 * delivery report once every card of the run has settled.
 *
 * Exactly once per (gemeente, week, page): the outbox id is `agenda:<gemeente>:<week>:<page>`, so a
 * rerun after a crash, the scheduler's recovery or `agenda versturen` enqueue nothing twice. The
 * report goes out once per week (notifier key `agenda-report:<week>`).
 */
import type { Deps } from '../../app/deps.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { findGemeente } from '../../domain/region.js';
import type { OutboxRequest } from '../../messaging/outbox.js';
import type { OutboxItem } from '../../store/records.js';
import { AGENDA_KIND, agendaMessage, agendaBook, agendaItemId, type AgendaBook } from './agenda.js';
import { deliveryReport, deliveryRows } from './report.js';
import { AGENDA_JOB_NAME, agendaRunId } from './schedule.js';
import { channelDirectory, type GemeenteChannel } from '../../store/channelDirectory.js';

export interface FanOutResult {
  week: string;
  /** Linked, reachable gemeente channels. */
  channels: number;
  pages: number;
  /** Pages not enqueued before (0: the week's agenda was already sent). */
  newPages: number;
  /** Channels that got at least one new page. */
  newChannels: number;
}

export interface AgendaFanOut {
  post(week: string): Promise<FanOutResult>;
}


export function createAgendaFanOut(deps: Deps): AgendaFanOut {
  const region = deps.config.region;
  /** Runs being enqueued in this process (by the job or `agenda versturen`): their report waits until they are complete. */
  const sealing = new Map<string, number>();

  // After each card: report when it was the last one. Not while this process is still enqueueing
  // the run (`sealing`), nor while a run of a crashed process is still 'running' (it crashed while
  // enqueueing: the scheduler's recovery reruns the job, and post() checks again at its end).
  deps.outbox.onSettled(AGENDA_KIND, async ({ item }) => {
    if (!item.runId || sealing.has(item.runId)) return;
    const job = await deps.store.jobs.get(`${AGENDA_JOB_NAME}:${item.runId}`);
    if (job?.status === 'running' && job.owner !== deps.scheduler.owner) return;
    await reportIfSettled(deps, item.runId, weekOf(item));
  });

  return {
    async post(week) {
      const runId = agendaRunId(region, week);
      sealing.set(runId, (sealing.get(runId) ?? 0) + 1);
      let result: FanOutResult;
      try {
        const channels = [...(await channelDirectory(deps.store.channels).gemeenteChannels()).values()].filter((c) => findGemeente(region, c.link.gemeente));
        const pages = agendaPages(deps, channels, byGemeente(await deps.store.cases.list()), week);
        const fresh: PlannedPage[] = [];
        for (const p of pages) if (!(await deps.store.outbox.get(p.id))) fresh.push(p);
        await deps.outbox.enqueue(fresh.map((p) => request(deps, p, runId)));
        result = { week, channels: channels.length, pages: pages.length, newPages: fresh.length, newChannels: new Set(fresh.map((p) => p.channelId)).size };
      } finally {
        const left = (sealing.get(runId) ?? 1) - 1;
        if (left > 0) sealing.set(runId, left);
        else sealing.delete(runId);
      }
      deps.log.info('agenda_fan_out', { week, channels: result.channels, pages: result.pages, newPages: result.newPages });
      await reportIfSettled(deps, runId, week);
      return result;
    },
  };
}

interface PlannedPage {
  id: string;
  channelId: string;
  book: AgendaBook;
  page: number;
}

/** Every page of every linked gemeente's agenda; cards are rendered only for pages not sent yet. */
function agendaPages(deps: Deps, channels: GemeenteChannel[], cases: Map<string, HandoverCase[]>, week: string): PlannedPage[] {
  const region = deps.config.region;
  const now = deps.clock.now();
  return channels.flatMap((channel) => {
    const gemeente = findGemeente(region, channel.link.gemeente)!.name;
    const book = agendaBook(region, gemeente, cases.get(gemeente) ?? [], week, now);
    return book.pages.map((p) => ({ id: agendaItemId(gemeente, week, p.page.number), channelId: channel.id, book, page: p.page.number }));
  });
}

function request(deps: Deps, p: PlannedPage, runId: string): OutboxRequest {
  return {
    id: p.id,
    kind: AGENDA_KIND,
    runId,
    target: { kind: 'channel', channelId: p.channelId, newThread: true },
    message: agendaMessage(deps.config.region, p.book, p.page),
  };
}

/**
 * Sends the delivery report when no card of the run is waiting any more (once per week; not for a
 * run without cards). Called after every settled card, so it first only counts the run's open cards
 * (an index lookup) and reads the run once, at the end: linear in the run's size.
 */
async function reportIfSettled(deps: Deps, runId: string, week: string): Promise<void> {
  const { outbox } = deps.store;
  if ((await outbox.count({ runId, status: 'pending' })) + (await outbox.count({ runId, status: 'sending' })) > 0) return;
  const items = (await outbox.list({ runId })).filter((i) => i.kind === AGENDA_KIND);
  if (items.length === 0 || items.some((i) => i.status === 'pending' || i.status === 'sending')) return;
  const rows = deliveryRows(deps.config.region, week, items, await deps.store.channels.list());
  await deps.notifier.coordinators(`agenda-report:${week}`, { cards: [deliveryReport(week, rows)] });
  deps.log.info('agenda_report', { week, posted: rows.posted.length, failed: rows.failed.length, notLinked: rows.notLinked.length, unreachable: rows.unreachable.length });
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
