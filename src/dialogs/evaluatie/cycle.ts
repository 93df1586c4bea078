/**
 * The casuïstiek evaluation on the region's rhythm (region file `evaluatie`): with the first
 * routeertafel agenda of a period, each linked gemeente channel gets the evaluation card of the
 * period before, as a fan-out of the workflow kit (outbox item `evaluatie:<gemeente>:<period>`);
 * the coordinators hear once where it went.
 */
import type { Deps } from '../../app/deps.js';
import type { ScheduledJob } from '../../app/scheduler.js';
import { evaluatedPeriod, lastEvaluationAtOrBefore, periodOf, type EvaluationRhythm, type Period } from '../../domain/evaluation/period.js';
import type { OutboxItem } from '../../store/records.js';
import { createFanOut, gemeentenBySettlement, type FanOut } from '../../workflow/fanOut.js';
import { openEvaluation } from './evaluations.js';
import { EvaluatieTexts as T } from './texts.js';
import { evaluationView, periodLabel } from './views.js';

export const EVALUATION_JOB_NAME = 'evaluatie';
const EVALUATION_KIND = 'evaluatie';
const CATCH_UP_MS = 24 * 60 * 60 * 1000;

export function evaluationRhythm(deps: Pick<Deps, 'config'>): EvaluationRhythm {
  const { region } = deps.config;
  return { everyMonths: region.evaluatie?.everyMonths ?? 3, weekday: region.routeertafel.agendaWeekday, time: region.routeertafel.agendaTime };
}

export function evaluationFanOut(deps: Deps): FanOut {
  const region = deps.config.region;
  const { everyMonths } = evaluationRhythm(deps);
  return createFanOut(deps, {
    kind: EVALUATION_KIND,
    jobName: EVALUATION_JOB_NAME,
    runIdOf: (period) => `evaluatie-${period}`,
    plan: async (periodKey, channels) => {
      const period = periodOf(`${periodKey}-01`, everyMonths);
      return Promise.all(
        channels.map(async ({ channel, gemeente }) => {
          const evaluation = await openEvaluation(deps, gemeente, period);
          return {
            id: `evaluatie:${gemeente}:${period.key}`,
            channelId: channel.id,
            message: () => ({ summary: T.title(gemeente), cards: [evaluationView(evaluation, region.timezone)] }),
          };
        }),
      );
    },
    periodOf: (item: OutboxItem) => item.id.split(':').at(-1) ?? '',
    report: async (periodKey, items) => {
      const { sent, failed } = gemeentenBySettlement(items);
      const period = periodOf(`${periodKey}-01`, everyMonths);
      await deps.notifier.coordinators(`evaluatie-report:${periodKey}`, { text: T.report(periodLabel(period), sent, failed) });
      deps.log.info('evaluation_report', { period: periodKey, sent: sent.length, failed: failed.length });
    },
  });
}

export function evaluationJob(deps: Deps, fanOut: FanOut): ScheduledJob {
  const region = deps.config.region;
  const rhythm = evaluationRhythm(deps);
  return {
    name: EVALUATION_JOB_NAME,
    lastDueAtOrBefore: (now) => lastEvaluationAtOrBefore(rhythm, region.timezone, now),
    catchUpMs: CATCH_UP_MS,
    run: async (dueAt) => {
      const r = await fanOut.post(evaluatedPeriod(dueAt, rhythm.everyMonths, region.timezone).key);
      return { period: r.period, channels: r.channels, cards: r.posts, newCards: r.newPosts };
    },
  };
}

/** The period an evaluation asked for now is about: the last full period. */
export function currentEvaluatedPeriod(deps: Pick<Deps, 'config' | 'clock'>): Period {
  return evaluatedPeriod(deps.clock.now(), evaluationRhythm(deps).everyMonths, deps.config.region.timezone);
}
