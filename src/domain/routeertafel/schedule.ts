/**
 * When the weekly routeertafel meets and which table a case goes to.
 *
 * Each week the agenda is posted (agendaWeekday/agendaTime, default Monday 08:30) and the table
 * meets (tableWeekday/tableTime, default Tuesday 10:00), both in the region's time zone. A table
 * is named by the ISO week of its meeting date.
 */
import {
  addDays,
  dateInIsoWeek,
  isoWeek,
  nextWeeklyOccurrence,
  zonedDate,
  zonedDateTimeToInstant,
  type IsoDate,
  type IsoWeek,
} from '../calendar.js';
import type { Region } from '../region.js';

type ScheduleRegion = Pick<Region, 'routeertafel' | 'timezone'>;

/**
 * The table a case received at `receivedAt` goes to: the table of the first agenda posted at or
 * after receipt. A case received before the agenda goes out is on this week's agenda; one
 * received after it (even before the table meets) waits for next week's, because the gemeente
 * prepares the table from the posted agenda. Urgent cases are handled outside the table anyway.
 * Call it with "now" to learn which week's agenda is posted next.
 */
export function tableWeekFor(region: ScheduleRegion, receivedAt: Date): IsoWeek {
  const { agendaWeekday, agendaTime, tableWeekday, tableTime } = region.routeertafel;
  const posting = nextWeeklyOccurrence(justBefore(receivedAt), agendaWeekday, agendaTime, region.timezone);
  const table = nextWeeklyOccurrence(justBefore(posting), tableWeekday, tableTime, region.timezone);
  return isoWeek(zonedDate(table, region.timezone));
}

function justBefore(instant: Date): Date {
  return new Date(instant.getTime() - 1);
}

/** The date the table of `week` meets. */
export function tableDateOf(region: ScheduleRegion, week: IsoWeek): IsoDate {
  return dateInIsoWeek(week, region.routeertafel.tableWeekday);
}

/** The instant the table of `week` meets. */
export function tableInstantOf(region: ScheduleRegion, week: IsoWeek): Date {
  return zonedDateTimeToInstant(tableDateOf(region, week), region.routeertafel.tableTime, region.timezone);
}

/** The instant the agenda for the table of `week` is posted: the last posting moment at or before the table. */
export function agendaInstantOf(region: ScheduleRegion, week: IsoWeek): Date {
  const { agendaWeekday, agendaTime } = region.routeertafel;
  const table = tableInstantOf(region, week);
  let date = dateInIsoWeek(week, agendaWeekday);
  let posting = zonedDateTimeToInstant(date, agendaTime, region.timezone);
  while (posting.getTime() > table.getTime()) {
    date = addDays(date, -7);
    posting = zonedDateTimeToInstant(date, agendaTime, region.timezone);
  }
  return posting;
}
