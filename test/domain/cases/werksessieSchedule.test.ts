import { describe, expect, it } from 'vitest';
import { lastWerksessieAtOrBefore } from '../../../src/domain/cases/werksessieSchedule.js';

const rhythm = { weekday: 3, time: '09:00', everyWeeks: 2 }; // Wednesday 09:00, even ISO weeks
const TZ = 'Europe/Amsterdam';

describe('the werksessie rhythm', () => {
  it('is due on the weekday and time, in ISO weeks divisible by everyWeeks', () => {
    // Wednesday 2 December 2026 is in week 49 (odd): the last session was in week 48, on 25 November.
    expect(lastWerksessieAtOrBefore(rhythm, TZ, new Date('2026-12-02T12:00:00Z')).toISOString()).toBe('2026-11-25T08:00:00.000Z');
    // Wednesday 9 December (week 50) at 09:00 local
    expect(lastWerksessieAtOrBefore(rhythm, TZ, new Date('2026-12-09T08:00:00Z')).toISOString()).toBe('2026-12-09T08:00:00.000Z');
    expect(lastWerksessieAtOrBefore(rhythm, TZ, new Date('2026-12-09T07:59:59Z')).toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it('is weekly with everyWeeks 1, also across the change to summer time', () => {
    const weekly = { ...rhythm, everyWeeks: 1 };
    expect(lastWerksessieAtOrBefore(weekly, TZ, new Date('2027-04-01T12:00:00Z')).toISOString()).toBe('2027-03-31T07:00:00.000Z');
  });
});
