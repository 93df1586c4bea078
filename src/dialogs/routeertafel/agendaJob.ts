import type { Deps } from '../../app/deps.js';
import type { ScheduledJob } from '../../app/scheduler.js';
import type { AgendaFanOut } from './fanOut.js';
import { AGENDA_JOB_NAME, agendaWeekOf, lastAgendaPostingAtOrBefore } from './schedule.js';

const CATCH_UP_MS = 12 * 60 * 60 * 1000;

/**
 * The weekly agenda at the region's agendaWeekday/agendaTime (default Monday 08:30,
 * Europe/Amsterdam, DST-safe). A run missed by more than 12 hours is skipped: by then the table
 * has (nearly) met, and `agenda versturen` remains.
 */
export function agendaJob(deps: Deps, fanOut: AgendaFanOut): ScheduledJob {
  const region = deps.config.region;
  return {
    name: AGENDA_JOB_NAME,
    lastDueAtOrBefore: (now) => lastAgendaPostingAtOrBefore(region, now),
    catchUpMs: CATCH_UP_MS,
    run: async (dueAt) => {
      const r = await fanOut.post(agendaWeekOf(region, dueAt));
      return { week: r.period, channels: r.channels, pages: r.posts, newPages: r.newPosts };
    },
  };
}
