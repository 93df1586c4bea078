import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  daysBetween,
  formatDutchDate,
  formatDutchWeek,
  instantToZoned,
  isIsoDate,
  isIsoWeek,
  isoWeek,
  isoWeekMonday,
  isWorkingDay,
  nextWeeklyOccurrence,
  workingDaysBetween,
  zonedDateTimeToInstant,
} from '../../src/domain/calendar.js';
import { testRegion } from './cases/fixtures.js';

const AMS = 'Europe/Amsterdam';
const region = testRegion();

describe('zonedDateTimeToInstant', () => {
  it('puts Monday 08:30 in Amsterdam at 07:30Z in winter and 06:30Z in summer', () => {
    expect(zonedDateTimeToInstant('2026-03-23', '08:30', AMS).toISOString()).toBe('2026-03-23T07:30:00.000Z');
    expect(zonedDateTimeToInstant('2026-03-30', '08:30', AMS).toISOString()).toBe('2026-03-30T06:30:00.000Z');
    expect(zonedDateTimeToInstant('2026-10-19', '08:30', AMS).toISOString()).toBe('2026-10-19T06:30:00.000Z');
    expect(zonedDateTimeToInstant('2026-10-26', '08:30', AMS).toISOString()).toBe('2026-10-26T07:30:00.000Z');
  });

  it('moves a time skipped by the spring switch forward by the gap', () => {
    // 02:30 does not exist on 29 March 2026; 03:30 CEST is 01:30Z.
    expect(zonedDateTimeToInstant('2026-03-29', '02:30', AMS).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the earlier instant for a time that occurs twice in autumn', () => {
    expect(zonedDateTimeToInstant('2026-10-25', '02:30', AMS).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('rejects an impossible date or time', () => {
    expect(() => zonedDateTimeToInstant('2026-02-30', '08:30', AMS)).toThrow(RangeError);
    expect(() => zonedDateTimeToInstant('2026-02-03', '24:00', AMS)).toThrow(RangeError);
  });
});

describe('instantToZoned', () => {
  it('gives the local date, time and ISO weekday', () => {
    expect(instantToZoned(new Date('2026-03-29T01:00:00Z'), AMS)).toEqual({ date: '2026-03-29', time: '03:00', weekday: 7 });
    expect(instantToZoned(new Date('2026-12-31T23:30:00Z'), AMS)).toEqual({ date: '2027-01-01', time: '00:30', weekday: 5 });
  });

  it('round-trips with zonedDateTimeToInstant on both sides of the autumn switch', () => {
    for (const date of ['2026-10-24', '2026-10-25', '2026-10-26']) {
      expect(instantToZoned(zonedDateTimeToInstant(date, '10:00', AMS), AMS)).toMatchObject({ date, time: '10:00' });
    }
  });
});

describe('ISO weeks', () => {
  it('names the week of a date, also around New Year', () => {
    expect(isoWeek('2026-11-30')).toBe('2026-W49');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });

  it('finds the Monday of a week', () => {
    expect(isoWeekMonday('2026-W48')).toBe('2026-11-23');
    expect(isoWeekMonday('2026-W53')).toBe('2026-12-28');
    expect(isoWeekMonday('2025-W01')).toBe('2024-12-30');
  });

  it('refuses a week 53 in a year that has only 52', () => {
    expect(isIsoWeek('2025-W53')).toBe(false);
    expect(() => isoWeekMonday('2025-W53')).toThrow(RangeError);
  });
});

describe('nextWeeklyOccurrence', () => {
  it('finds the next Monday 08:30 across the spring switch', () => {
    const saturday = new Date('2026-03-28T12:00:00Z');
    expect(nextWeeklyOccurrence(saturday, 1, '08:30', AMS).toISOString()).toBe('2026-03-30T06:30:00.000Z');
  });

  it('returns today when the time has not passed yet', () => {
    const mondayEarly = new Date('2026-11-23T06:00:00Z');
    expect(nextWeeklyOccurrence(mondayEarly, 1, '08:30', AMS).toISOString()).toBe('2026-11-23T07:30:00.000Z');
  });

  it('is strictly after: at the exact moment it gives next week', () => {
    const mondayAt = new Date('2026-11-23T07:30:00Z');
    expect(nextWeeklyOccurrence(mondayAt, 1, '08:30', AMS).toISOString()).toBe('2026-11-30T07:30:00.000Z');
  });
});

describe('working days', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-11-27', region)).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28', region)).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-25', region)).toBe(false); // Eerste Kerstdag, a Friday
  });

  it('adds working days over a weekend and a holiday', () => {
    expect(addWorkingDays('2026-11-27', 1, region)).toBe('2026-11-30'); // Friday → Monday
    expect(addWorkingDays('2026-12-24', 1, region)).toBe('2026-12-28'); // Thursday → past Kerst and weekend
    expect(addWorkingDays('2026-12-28', -1, region)).toBe('2026-12-24');
    expect(addWorkingDays('2026-11-28', 0, region)).toBe('2026-11-28');
  });

  it('counts working days between two dates, the start date excluded', () => {
    expect(workingDaysBetween('2026-12-24', '2026-12-28', region)).toBe(1);
    expect(workingDaysBetween('2026-11-23', '2026-11-23', region)).toBe(0);
    expect(workingDaysBetween('2026-11-30', '2026-11-23', region)).toBe(-5);
  });

  it('undoes addWorkingDays', () => {
    for (const n of [1, 2, 5, 9]) {
      expect(workingDaysBetween('2026-12-22', addWorkingDays('2026-12-22', n, region), region)).toBe(n);
    }
  });
});

describe('dates and labels', () => {
  it('counts calendar days across a DST switch without losing a day', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-30', '2026-11-23')).toBe(-7);
  });

  it('knows real dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('30-11-2026')).toBe(false);
  });

  it('writes dates and weeks in Dutch', () => {
    expect(formatDutchDate('2026-11-30')).toBe('maandag 30 november 2026');
    expect(formatDutchDate('2027-01-03')).toBe('zondag 3 januari 2027');
    expect(formatDutchWeek('2026-W48')).toBe('week 48, 2026');
    expect(formatDutchWeek('2027-W01')).toBe('week 1, 2027');
  });
});
