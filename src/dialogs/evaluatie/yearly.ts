/**
 * The yearly evaluation of the samenwerkingsafspraken: per gemeente, the last twelve months' figures
 * from the dashboard and the open agreements of its evaluations, for the evaluatiegesprek. Posted
 * with the first agenda of the region's `evaluatie.yearlyMonth` (outbox item `jaarevaluatie:<gemeente>:<year>`),
 * and on request ("jaarevaluatie").
 */
import type { Deps } from '../../app/deps.js';
import type { ScheduledJob } from '../../app/scheduler.js';
import type { Card } from '../../cards/card.js';
import { addDays, zonedDate } from '../../domain/calendar.js';
import { lastYearlyEvaluationAtOrBefore } from '../../domain/evaluation/period.js';
import { dashboardFigures } from '../../domain/insight/dashboard.js';
import type { OutboxItem } from '../../store/records.js';
import { createFanOut, gemeentenBySettlement, type FanOut } from '../../workflow/fanOut.js';
import { EvaluatieTexts as T } from './texts.js';
import { yearView } from './views.js';

export const YEARLY_JOB_NAME = 'jaarevaluatie';
const YEARLY_KIND = 'jaarevaluatie';
const CATCH_UP_MS = 24 * 60 * 60 * 1000;

export async function yearCard(deps: Pick<Deps, 'store' | 'clock' | 'config'>, gemeente: string): Promise<Card> {
  const region = deps.config.region;
  const now = deps.clock.now();
  const today = zonedDate(now, region.timezone);
  const [cases, evaluations] = await Promise.all([deps.store.cases.list({ gemeente }), deps.store.evaluations.list({ gemeente })]);
  const figures = dashboardFigures(cases, null, [gemeente], 'jaar', now, region.timezone, region.routeertafel.escalationLadder.map((r) => r.level));
  // Named after the year most of the twelve months fall in: in January, the year that just ended.
  return yearView({ gemeente, year: addDays(today, -182).slice(0, 4), from: addDays(today, -365), to: today, figures: figures.gemeenten[0]!, evaluations, today });
}

export function yearlyFanOut(deps: Deps): FanOut {
  return createFanOut(deps, {
    kind: YEARLY_KIND,
    jobName: YEARLY_JOB_NAME,
    runIdOf: (year) => `jaarevaluatie-${year}`,
    plan: async (year, channels) =>
      Promise.all(
        channels.map(async ({ channel, gemeente }) => {
          const card = await yearCard(deps, gemeente);
          return { id: `jaarevaluatie:${gemeente}:${year}`, channelId: channel.id, message: () => ({ summary: T.yearSummary(gemeente), cards: [card] }) };
        }),
      ),
    periodOf: (item: OutboxItem) => item.id.split(':').at(-1) ?? '',
    report: async (year, items) => {
      const { sent } = gemeentenBySettlement(items);
      await deps.notifier.coordinators(`jaarevaluatie-report:${year}`, { text: T.yearReport(year, sent) });
      deps.log.info('year_evaluation_report', { year, sent: sent.length });
    },
  });
}

export function yearlyJob(deps: Deps, month: number, fanOut: FanOut): ScheduledJob {
  const region = deps.config.region;
  const { agendaWeekday, agendaTime } = region.routeertafel;
  return {
    name: YEARLY_JOB_NAME,
    lastDueAtOrBefore: (now) => lastYearlyEvaluationAtOrBefore(month, agendaWeekday, agendaTime, region.timezone, now),
    catchUpMs: CATCH_UP_MS,
    run: async (dueAt) => {
      const r = await fanOut.post(zonedDate(dueAt, region.timezone).slice(0, 4));
      return { year: r.period, channels: r.channels, cards: r.posts, newCards: r.newPosts };
    },
  };
}
