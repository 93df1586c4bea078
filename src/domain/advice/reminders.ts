import { addWorkingDays, instantToZoned, isWorkingDay, zonedDateTimeToInstant, addDays } from '../calendar.js';
import type { Region } from '../region.js';
import type { Ticket } from './ticket.js';

export const MAX_REMINDERS = 3;

/**
 * When the next "nog niet opgepakt" reminder is due for an unclaimed ticket, or undefined.
 * "Vandaag" counts minutes of working time (a question sent at night counts from the next
 * working morning); "deze week" counts working days. Reminders repeat at the same interval, up to 3.
 */
export function nextReminderDue(t: Ticket, region: Region): Date | undefined {
  if (t.status !== 'new' || t.holder || t.reminders.length >= MAX_REMINDERS) return undefined;
  const n = t.reminders.length + 1;
  const created = new Date(t.createdAt);
  if (t.urgency === 'vandaag') return addWorkingMinutes(created, n * region.advice.remindUnclaimedTodayAfterMinutes, region);
  const z = instantToZoned(created, region.timezone);
  const date = addWorkingDays(z.date, n * region.advice.remindUnclaimedThisWeekAfterWorkingDays, region);
  return zonedDateTimeToInstant(date, clampToWorkingHours(z.time, region), region.timezone);
}

export function reminderIsDue(t: Ticket, region: Region, now: Date): boolean {
  const due = nextReminderDue(t, region);
  return due !== undefined && due.getTime() <= now.getTime();
}

/** Adds minutes counted only inside the region's working hours on working days. */
export function addWorkingMinutes(start: Date, minutes: number, region: Region): Date {
  const tz = region.timezone;
  let { date, time } = instantToZoned(start, tz);
  let left = minutes;
  for (let guard = 0; guard < 400; guard++) {
    if (isWorkingDay(date, region)) {
      const from = Math.max(toMinutes(time), toMinutes(region.workingHours.start));
      const end = toMinutes(region.workingHours.end);
      if (from < end) {
        if (from + left <= end) return zonedDateTimeToInstant(date, fromMinutes(from + left), tz);
        left -= end - from;
      }
    }
    date = addDays(date, 1);
    time = '00:00';
  }
  throw new RangeError('no working time found within 400 days');
}

function clampToWorkingHours(time: string, region: Region): string {
  if (time < region.workingHours.start) return region.workingHours.start;
  if (time > region.workingHours.end) return region.workingHours.end;
  return time;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const fromMinutes = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
