/**
 * When evaluations are due. The casuïstiek evaluation runs every `everyMonths` months (periods start
 * in January and every `everyMonths` months after); it goes out with the first routeertafel agenda
 * of a period and evaluates the period before. The yearly evaluation of the samenwerkingsafspraken
 * goes out with the first agenda of `yearlyMonth`. Pure.
 */
import { addDays, dateInIsoWeek, isoWeekday, zonedDate, zonedDateTimeToInstant, type ClockTime, type IsoDate, type IsoWeek, type Weekday } from '../calendar.js';
import type { Region } from '../region.js';

export interface EvaluationRhythm {
  everyMonths: number;
  /** The agenda moment the evaluation goes out with. */
  weekday: Weekday;
  time: ClockTime;
}

export interface Period {
  /** 'YYYY-MM' of its first month. */
  key: string;
  from: IsoDate;
  to: IsoDate;
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

function shiftMonths(key: string, n: number): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** The period (of `everyMonths` months) that holds `date`. */
export function periodOf(date: IsoDate, everyMonths: number): Period {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const key = monthKey(y, Math.floor((m - 1) / everyMonths) * everyMonths + 1);
  return { key, from: `${key}-01`, to: addDays(`${shiftMonths(key, everyMonths)}-01`, -1) };
}

/** The first `weekday` `time` on or after the first day of the month `key`. */
function firstMomentIn(key: string, weekday: Weekday, time: ClockTime, timeZone: string): Date {
  let date = `${key}-01`;
  while (isoWeekday(date) !== weekday) date = addDays(date, 1);
  return zonedDateTimeToInstant(date, time, timeZone);
}

/** The latest moment at or before `now` at which a casuïstiek evaluation was due. */
export function lastEvaluationAtOrBefore(r: EvaluationRhythm, timeZone: string, now: Date): Date {
  const current = periodOf(zonedDate(now, timeZone), r.everyMonths).key;
  const due = firstMomentIn(current, r.weekday, r.time, timeZone);
  return due.getTime() <= now.getTime() ? due : firstMomentIn(shiftMonths(current, -r.everyMonths), r.weekday, r.time, timeZone);
}

/** The period a casuïstiek evaluation due at `dueAt` looks back on: the one before. */
export function evaluatedPeriod(dueAt: Date, everyMonths: number, timeZone: string): Period {
  const current = periodOf(zonedDate(dueAt, timeZone), everyMonths);
  return periodOf(addDays(current.from, -1), everyMonths);
}

/** The latest moment at or before `now` at which the yearly evaluation was due. */
export function lastYearlyEvaluationAtOrBefore(month: number, weekday: Weekday, time: ClockTime, timeZone: string, now: Date): Date {
  const year = Number(zonedDate(now, timeZone).slice(0, 4));
  const due = firstMomentIn(monthKey(year, month), weekday, time, timeZone);
  return due.getTime() <= now.getTime() ? due : firstMomentIn(monthKey(year - 1, month), weekday, time, timeZone);
}

/**
 * The period evaluated at the routeertafel of `week`, when that week's agenda is the first of a
 * period (region file `evaluatie`): the evaluation is then an item on that agenda.
 */
export function evaluationOnAgenda(region: Region, week: IsoWeek): Period | undefined {
  if (!region.evaluatie) return undefined;
  const { agendaWeekday, agendaTime } = region.routeertafel;
  const agendaAt = zonedDateTimeToInstant(dateInIsoWeek(week, agendaWeekday), agendaTime, region.timezone);
  const rhythm = { everyMonths: region.evaluatie.everyMonths, weekday: agendaWeekday, time: agendaTime };
  const due = lastEvaluationAtOrBefore(rhythm, region.timezone, agendaAt);
  return due.getTime() === agendaAt.getTime() ? evaluatedPeriod(due, rhythm.everyMonths, region.timezone) : undefined;
}
