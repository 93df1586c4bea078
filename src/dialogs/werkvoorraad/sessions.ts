/**
 * Werksessies on the region's rhythm (region file `werksessie`): the werksessie cards as a fan-out
 * of the workflow kit, one outbox item `werksessie:<gemeente>:<week>:<page>` per card, only for
 * gemeenten with cases in the werkvoorraad; the coordinators hear once per session where it went.
 */
import type { Deps } from '../../app/deps.js';
import type { ScheduledJob } from '../../app/scheduler.js';
import { werkvoorraadOf } from '../../domain/cases/werkvoorraad.js';
import { lastWerksessieAtOrBefore, werksessieWeekOf } from '../../domain/cases/werksessieSchedule.js';
import type { Region } from '../../domain/region.js';
import type { OutboxItem } from '../../store/records.js';
import { createFanOut, gemeentenBySettlement, type FanOut } from '../../workflow/fanOut.js';
import { WerkvoorraadTexts as T } from './texts.js';
import { WERKSESSIE_ITEMS_PER_CARD, werksessiePageCard } from './views.js';

export const WERKSESSIE_JOB_NAME = 'werksessie';
const WERKSESSIE_KIND = 'werksessie';
const CATCH_UP_MS = 12 * 60 * 60 * 1000;

export function werksessieFanOut(deps: Deps): FanOut {
  const region = deps.config.region;
  return createFanOut(deps, {
    kind: WERKSESSIE_KIND,
    jobName: WERKSESSIE_JOB_NAME,
    runIdOf: (week) => `werksessie-${week}`,
    plan: async (week, channels) => {
      const now = deps.clock.now();
      const planned = await Promise.all(
        channels.map(async ({ channel, gemeente }) => {
          const all = await deps.store.cases.list({ gemeente });
          const waiting = werkvoorraadOf(all, now, region.timezone);
          const pages = Array.from({ length: Math.ceil(waiting.length / WERKSESSIE_ITEMS_PER_CARD) }, (_, k) => waiting.slice(k * WERKSESSIE_ITEMS_PER_CARD, (k + 1) * WERKSESSIE_ITEMS_PER_CARD));
          return pages.map((cases, k) => ({
            id: `werksessie:${gemeente}:${week}:${k + 1}`,
            channelId: channel.id,
            message: () => ({ summary: T.title(gemeente), cards: [werksessiePageCard({ gemeente, cases, all, now, timeZone: region.timezone })] }),
          }));
        }),
      );
      return planned.flat();
    },
    periodOf: (item: OutboxItem) => item.id.split(':').at(-2) ?? '',
    report: async (week, items) => {
      const { sent, failed } = gemeentenBySettlement(items);
      await deps.notifier.coordinators(`werksessie-report:${week}`, { text: T.sessionReport(week, sent, failed) });
      deps.log.info('werksessie_report', { week, sent: sent.length, failed: failed.length });
    },
  });
}

export function werksessieJob(deps: Deps, rhythm: NonNullable<Region['werksessie']>, fanOut: FanOut): ScheduledJob {
  const region = deps.config.region;
  return {
    name: WERKSESSIE_JOB_NAME,
    lastDueAtOrBefore: (now) => lastWerksessieAtOrBefore(rhythm, region.timezone, now),
    catchUpMs: CATCH_UP_MS,
    run: async (dueAt) => {
      const r = await fanOut.post(werksessieWeekOf(dueAt, region.timezone));
      return { week: r.period, channels: r.channels, cards: r.posts, newCards: r.newPosts };
    },
  };
}
