/** When a werksessie is due on the region's rhythm. Pure. */
import { isoWeek, nextWeeklyOccurrence, zonedDate, type IsoWeek } from '../calendar.js';
import type { Region } from '../region.js';

type Rhythm = NonNullable<Region['werksessie']>;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The latest werksessie moment at or before `now`: the weekday and time, in an ISO week divisible by everyWeeks. */
export function lastWerksessieAtOrBefore(rhythm: Rhythm, timeZone: string, now: Date): Date {
  const next = (after: Date) => nextWeeklyOccurrence(after, rhythm.weekday, rhythm.time, timeZone);
  let at = next(new Date(now.getTime() - 8 * DAY_MS));
  for (let following = next(at); following.getTime() <= now.getTime(); following = next(at)) at = following;
  while (!isWerksessieWeek(rhythm, werksessieWeekOf(at, timeZone))) at = next(new Date(at.getTime() - 8 * DAY_MS));
  return at;
}

export function werksessieWeekOf(at: Date, timeZone: string): IsoWeek {
  return isoWeek(zonedDate(at, timeZone));
}

function isWerksessieWeek(rhythm: Rhythm, week: IsoWeek): boolean {
  return Number(week.slice(-2)) % rhythm.everyWeeks === 0;
}
