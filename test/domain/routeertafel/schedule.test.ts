import { describe, expect, it } from 'vitest';
import { agendaInstantOf, tableDateOf, tableInstantOf, tableWeekFor } from '../../../src/domain/routeertafel/schedule.js';
import { testRegion } from '../cases/fixtures.js';

const region = testRegion(); // agenda Monday 08:30, table Tuesday 10:00, Europe/Amsterdam
const weekOf = (iso: string) => tableWeekFor(region, new Date(iso));

describe('tableWeekFor', () => {
  it('puts a case received before Monday’s agenda on this week’s table', () => {
    expect(weekOf('2026-11-20T09:00:00Z')).toBe('2026-W48'); // Friday before
    expect(weekOf('2026-11-23T07:29:59Z')).toBe('2026-W48'); // Monday 08:29:59 local
    expect(weekOf('2026-11-23T07:30:00Z')).toBe('2026-W48'); // exactly when the agenda goes out
  });

  it('puts a case received after the agenda went out on next week’s table, even before the table meets', () => {
    expect(weekOf('2026-11-23T07:30:01Z')).toBe('2026-W49');
    expect(weekOf('2026-11-24T08:00:00Z')).toBe('2026-W49'); // Tuesday 09:00, before the table
  });

  it('uses Amsterdam time on the day summer time starts', () => {
    // Monday 30 March 2026: the agenda goes out at 08:30 CEST = 06:30Z.
    expect(weekOf('2026-03-30T06:29:00Z')).toBe('2026-W14');
    expect(weekOf('2026-03-30T06:31:00Z')).toBe('2026-W15');
  });

  it('names the table after the ISO week of its meeting, across New Year', () => {
    expect(weekOf('2026-12-29T10:00:00Z')).toBe('2027-W01');
  });

  it('follows a region whose agenda goes out on the Thursday before a Tuesday table', () => {
    const early = testRegion({ routeertafel: { agendaWeekday: 4, agendaTime: '12:00', tableWeekday: 2 } });
    expect(tableWeekFor(early, new Date('2026-11-18T10:00:00Z'))).toBe('2026-W48'); // Wednesday → Thursday’s agenda
    expect(tableWeekFor(early, new Date('2026-11-20T10:00:00Z'))).toBe('2026-W49'); // Friday → next Thursday’s
  });
});

describe('table and agenda moments', () => {
  it('gives the table date and instant of a week', () => {
    expect(tableDateOf(region, '2026-W48')).toBe('2026-11-24');
    expect(tableInstantOf(region, '2026-W48').toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(tableInstantOf(region, '2026-W27').toISOString()).toBe('2026-06-30T08:00:00.000Z');
  });

  it('gives the posting moment of a week’s agenda, also when it is in the week before', () => {
    expect(agendaInstantOf(region, '2026-W48').toISOString()).toBe('2026-11-23T07:30:00.000Z');
    const early = testRegion({ routeertafel: { agendaWeekday: 4, agendaTime: '12:00', tableWeekday: 2 } });
    expect(agendaInstantOf(early, '2026-W48').toISOString()).toBe('2026-11-19T11:00:00.000Z');
  });
});
