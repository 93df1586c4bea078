/**
 * Which week's agenda a moment belongs to. Pure; the domain's schedule.ts decides which table a
 * case goes to, this file decides which agenda a command or the weekly job works on.
 */
import { isoWeek, nextWeeklyOccurrence, zonedDate, type IsoWeek } from '../../domain/calendar.js';
import type { Region } from '../../domain/region.js';
import { agendaInstantOf, tableWeekFor } from '../../domain/routeertafel/schedule.js';

type ScheduleRegion = Pick<Region, 'routeertafel' | 'timezone'>;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The weekly agenda job; the scheduler names a run `<job>:<due time>`, and our run id is that due time. */
export const AGENDA_JOB_NAME = 'routeertafel-agenda';

/** The latest agenda posting moment at or before `now`: the weekly job's due time (DST-safe). */
export function lastAgendaPostingAtOrBefore(region: ScheduleRegion, now: Date): Date {
  const { agendaWeekday, agendaTime } = region.routeertafel;
  const next = (after: Date) => nextWeeklyOccurrence(after, agendaWeekday, agendaTime, region.timezone);
  let at = next(new Date(now.getTime() - 8 * DAY_MS));
  for (let following = next(at); following.getTime() <= now.getTime(); following = next(at)) at = following;
  return at;
}

/** The week whose agenda the job due at `dueAt` posts. */
export function agendaWeekOf(region: ScheduleRegion, dueAt: Date): IsoWeek {
  return tableWeekFor(region, dueAt);
}

/** The week of the first table meeting at or after `now`: the agenda people want to see. */
export function upcomingTableWeek(region: ScheduleRegion, now: Date): IsoWeek {
  const { tableWeekday, tableTime } = region.routeertafel;
  const table = nextWeeklyOccurrence(new Date(now.getTime() - 1), tableWeekday, tableTime, region.timezone);
  return isoWeek(zonedDate(table, region.timezone));
}

/** The run id of a week's agenda: its posting moment, the same for the job and for `agenda versturen`. */
export function agendaRunId(region: ScheduleRegion, week: IsoWeek): string {
  return agendaInstantOf(region, week).toISOString();
}
