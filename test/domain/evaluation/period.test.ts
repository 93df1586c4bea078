import { describe, expect, it } from 'vitest';
import { evaluatedPeriod, lastEvaluationAtOrBefore, lastYearlyEvaluationAtOrBefore, periodOf } from '../../../src/domain/evaluation/period.js';

const TZ = 'Europe/Amsterdam';
const quarterly = { everyMonths: 3, weekday: 1, time: '08:30' };

describe('evaluation periods', () => {
  it('cuts the year into periods that start in January', () => {
    expect(periodOf('2026-11-15', 3)).toEqual({ key: '2026-10', from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('2026-02-28', 2)).toEqual({ key: '2026-01', from: '2026-01-01', to: '2026-02-28' });
    expect(periodOf('2026-06-30', 6)).toEqual({ key: '2026-01', from: '2026-01-01', to: '2026-06-30' });
  });

  it('is due with the first Monday agenda of a quarter, and looks back on the quarter before', () => {
    // 1 January 2027 is a Friday: the first Monday is 4 January, 08:30 CET.
    const due = lastEvaluationAtOrBefore(quarterly, TZ, new Date('2027-01-20T12:00:00Z'));
    expect(due.toISOString()).toBe('2027-01-04T07:30:00.000Z');
    expect(evaluatedPeriod(due, 3, TZ)).toEqual({ key: '2026-10', from: '2026-10-01', to: '2026-12-31' });
  });

  it('before the first agenda of a quarter, the last due moment is the one of the quarter before', () => {
    const due = lastEvaluationAtOrBefore(quarterly, TZ, new Date('2027-01-02T12:00:00Z'));
    expect(due.toISOString()).toBe('2026-10-05T06:30:00.000Z'); // Monday 5 October, 08:30 CEST
    expect(evaluatedPeriod(due, 3, TZ).key).toBe('2026-07');
  });

  it('is due yearly with the first agenda of the chosen month', () => {
    expect(lastYearlyEvaluationAtOrBefore(1, 1, '08:30', TZ, new Date('2027-03-01T00:00:00Z')).toISOString()).toBe('2027-01-04T07:30:00.000Z');
    expect(lastYearlyEvaluationAtOrBefore(1, 1, '08:30', TZ, new Date('2027-01-03T00:00:00Z')).toISOString()).toBe('2026-01-05T07:30:00.000Z');
  });
});
