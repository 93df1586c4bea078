/**
 * Calendar helpers for the routeertafel: ISO dates ('YYYY-MM-DD'), ISO weeks ('YYYY-Www'),
 * wall-clock times in a time zone and working days of a region.
 *
 * Everything is DST-safe through Intl; no date library and no reading of the clock.
 * Plain dates are handled as UTC midnights internally, so day arithmetic never meets a DST switch.
 */
import type { Region } from './region.js';

export type IsoDate = string; // 'YYYY-MM-DD'
export type IsoWeek = string; // 'YYYY-Www'
export type ClockTime = string; // 'HH:MM'
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = number;

export interface ZonedDateTime {
  date: IsoDate;
  time: ClockTime;
  weekday: Weekday;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

// ---------- plain dates ----------

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Parsed dates, memoised: figures over thousands of cases parse the same few hundred dates again and again. */
const utcMsOf = new Map<string, number>();

function toUtcMs(date: IsoDate): number {
  const known = utcMsOf.get(date);
  if (known !== undefined) return known;
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: "${date}"`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (utcMsOf.size >= 100_000) utcMsOf.clear();
  const ms = Date.UTC(y, m - 1, d);
  utcMsOf.set(date, ms);
  return ms;
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** Calendar days from a to b (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function isoWeekday(date: IsoDate): Weekday {
  const day = new Date(toUtcMs(date)).getUTCDay(); // 0 = Sunday
  return day === 0 ? 7 : day;
}

// ---------- ISO weeks ----------

export function isIsoWeek(value: string): boolean {
  const m = ISO_WEEK.exec(value);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= weeksInIsoYear(Number(m[1]));
}

const weeksInYear = new Map<number, number>();

function weeksInIsoYear(year: number): number {
  // A year has 53 ISO weeks when 28 December falls in week 53.
  let weeks = weeksInYear.get(year);
  if (weeks === undefined) weeksInYear.set(year, (weeks = isoWeek(`${year}-12-28`).endsWith('53') ? 53 : 52));
  return weeks;
}

/** The ISO week of a date, e.g. '2026-11-30' → '2026-W49'. */
export function isoWeek(date: IsoDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date)); // the week belongs to the year of its Thursday
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week, e.g. '2026-W49' → '2026-11-30'. */
export function isoWeekMonday(week: IsoWeek): IsoDate {
  const m = ISO_WEEK.exec(week);
  if (!m || !isIsoWeek(week)) throw new RangeError(`not an ISO week: "${week}"`);
  const jan4 = `${m[1]}-01-04`; // 4 January is always in week 1
  const mondayOfWeek1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayOfWeek1, (Number(m[2]) - 1) * 7);
}

/** The date of a given weekday in an ISO week. */
export function dateInIsoWeek(week: IsoWeek, weekday: Weekday): IsoDate {
  return addDays(isoWeekMonday(week), weekday - 1);
}

// ---------- time zones ----------

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone, as if they were UTC (milliseconds dropped). */
function wallClockMs(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wholeSecond + offsetMs(wholeSecond, timeZone);
}

function intlWallClockMs(wholeSecondMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(wholeSecondMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/**
 * The zone's UTC offset at an instant. Intl is slow (figures over thousands of cases call this
 * per case), so offsets are cached per 15-minute slice of time; a slice is cached only when the
 * offset is the same at its start and its end, so a slice with a zone transition in it is
 * always asked of Intl.
 */
const OFFSET_SLICE_MS = 15 * 60 * 1000;
const offsetCache = new Map<string, Map<number, number>>();

function offsetMs(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  const slice = Math.floor(wholeSecond / OFFSET_SLICE_MS);
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const cached = zone.get(slice);
  if (cached !== undefined) return cached;
  const start = slice * OFFSET_SLICE_MS;
  const end = start + OFFSET_SLICE_MS - 1000;
  const atStart = intlWallClockMs(start, timeZone) - start;
  if (intlWallClockMs(end, timeZone) - end !== atStart) return intlWallClockMs(wholeSecond, timeZone) - wholeSecond;
  if (zone.size >= 100_000) zone.clear();
  zone.set(slice, atStart);
  return atStart;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`.
 * Like Temporal's 'compatible' disambiguation: a time that occurs twice (autumn) gives the earlier
 * instant; a time skipped by the spring switch is moved forward by the gap (02:30 → 03:30 CEST).
 */
export function zonedDateTimeToInstant(date: IsoDate, time: ClockTime, timeZone: string): Date {
  const t = CLOCK_TIME.exec(time);
  if (!t) throw new RangeError(`not a time HH:MM: "${time}"`);
  const wall = toUtcMs(date) + (Number(t[1]) * 60 + Number(t[2])) * 60_000;
  const offsetBefore = offsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = offsetMs(wall + DAY_MS, timeZone);
  const candidates = [wall - offsetBefore, wall - offsetAfter]
    .filter((ms) => wallClockMs(ms, timeZone) === wall)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - offsetBefore);
}

export function instantToZoned(instant: Date, timeZone: string): ZonedDateTime {
  const iso = new Date(wallClockMs(instant.getTime(), timeZone)).toISOString();
  const date = iso.slice(0, 10);
  return { date, time: iso.slice(11, 16), weekday: isoWeekday(date) };
}

/** The local date of an instant in a zone ("today" for a given now). */
export function zonedDate(instant: Date, timeZone: string): IsoDate {
  return instantToZoned(instant, timeZone).date;
}

/** The next instant strictly after `after` at which it is `weekday` `time` in `timeZone`. */
export function nextWeeklyOccurrence(after: Date, weekday: Weekday, time: ClockTime, timeZone: string): Date {
  const start = zonedDate(after, timeZone);
  for (let k = 0; k <= 14; k++) {
    const date = addDays(start, k);
    if (isoWeekday(date) !== weekday) continue;
    const candidate = zonedDateTimeToInstant(date, time, timeZone);
    if (candidate.getTime() > after.getTime()) return candidate;
  }
  throw new RangeError(`weekday must be 1–7, got ${weekday}`);
}

// ---------- working days ----------

type WorkingCalendar = Pick<Region, 'workingHours' | 'holidays'>;

export function isWorkingDay(date: IsoDate, region: WorkingCalendar): boolean {
  return region.workingHours.days.includes(isoWeekday(date)) && !region.holidays.includes(date);
}

/**
 * The date `n` working days after `date` (before it when n < 0). The start date itself never
 * counts, so Friday + 1 is Monday; with n = 0 the date is returned unchanged.
 */
export function addWorkingDays(date: IsoDate, n: number, region: WorkingCalendar): IsoDate {
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current, region)) remaining--;
  }
  return current;
}

/**
 * Working days d with a < d ≤ b (negative when b is before a), so that
 * workingDaysBetween(a, addWorkingDays(a, n)) === n.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, region: WorkingCalendar): number {
  if (b < a) return -workingDaysBetween(b, a, region);
  let count = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) {
    if (isWorkingDay(d, region)) count++;
  }
  return count;
}

// ---------- Dutch labels ----------

const DUTCH_WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const DUTCH_MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

export function dutchWeekday(weekday: Weekday): string {
  const name = DUTCH_WEEKDAYS[weekday - 1];
  if (!name) throw new RangeError(`weekday must be 1–7, got ${weekday}`);
  return name;
}

export function dutchMonth(month: number): string {
  const name = DUTCH_MONTHS[month - 1];
  if (!name) throw new RangeError(`month must be 1–12, got ${month}`);
  return name;
}

/** '2026-07-01'..'2026-09-30' → 'juli t/m september 2026'; one month → 'juli 2026'. */
export function formatDutchMonths(from: IsoDate, to: IsoDate): string {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  if (fy === ty && fm === tm) return `${dutchMonth(fm)} ${fy}`;
  return fy === ty ? `${dutchMonth(fm)} t/m ${dutchMonth(tm)} ${ty}` : `${dutchMonth(fm)} ${fy} t/m ${dutchMonth(tm)} ${ty}`;
}

/** '2026-11-30' → 'maandag 30 november 2026'. */
export function formatDutchDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${dutchWeekday(isoWeekday(date))} ${d} ${DUTCH_MONTHS[m - 1]} ${y}`;
}

/** An instant as 'maandag 30 november 2026 om 10:15' in `timeZone`. */
export function formatDutchInstant(iso: string, timeZone: string): string {
  const z = instantToZoned(new Date(iso), timeZone);
  return `${formatDutchDate(z.date)} om ${z.time}`;
}

/** '2026-W48' → 'week 48, 2026'. */
export function formatDutchWeek(week: IsoWeek): string {
  if (!isIsoWeek(week)) throw new RangeError(`not an ISO week: "${week}"`);
  return `week ${Number(week.slice(6))}, ${week.slice(0, 4)}`;
}
