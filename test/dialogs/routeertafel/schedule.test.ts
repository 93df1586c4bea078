import { describe, expect, it } from 'vitest';
import { agendaRunId, agendaWeekOf, lastAgendaPostingAtOrBefore, upcomingTableWeek } from '../../../src/dialogs/routeertafel/schedule.js';
import { decideSendWeek } from '../../../src/dialogs/routeertafel/commands.js';
import { testRegion } from '../../domain/cases/fixtures.js';

const region = testRegion(); // agenda Monday 08:30, table Tuesday 10:00, Europe/Amsterdam

describe('the weekly agenda job’s due time', () => {
  it('is the last Monday 08:30 in Amsterdam at or before now', () => {
    expect(lastAgendaPostingAtOrBefore(region, new Date('2026-11-30T07:30:00Z')).toISOString()).toBe('2026-11-30T07:30:00.000Z');
    expect(lastAgendaPostingAtOrBefore(region, new Date('2026-11-30T07:29:59Z')).toISOString()).toBe('2026-11-23T07:30:00.000Z');
    expect(lastAgendaPostingAtOrBefore(region, new Date('2026-12-03T15:00:00Z')).toISOString()).toBe('2026-11-30T07:30:00.000Z');
  });

  it('stays at 08:30 local time across the switches to and from summer time', () => {
    // Summer time ends Sunday 25 October 2026 and starts Sunday 28 March 2027.
    expect(lastAgendaPostingAtOrBefore(region, new Date('2026-10-24T12:00:00Z')).toISOString()).toBe('2026-10-19T06:30:00.000Z');
    expect(lastAgendaPostingAtOrBefore(region, new Date('2026-10-26T12:00:00Z')).toISOString()).toBe('2026-10-26T07:30:00.000Z');
    expect(lastAgendaPostingAtOrBefore(region, new Date('2027-03-29T12:00:00Z')).toISOString()).toBe('2027-03-29T06:30:00.000Z');
  });

  it('names the week of the table it posts, and that posting moment is the run id', () => {
    const due = new Date('2026-11-30T07:30:00Z');
    expect(agendaWeekOf(region, due)).toBe('2026-W49');
    expect(agendaRunId(region, '2026-W49')).toBe(due.toISOString());
  });
});

describe('which agenda a command works on', () => {
  it('is the next table, until the table has met', () => {
    expect(upcomingTableWeek(region, new Date('2026-11-30T07:00:00Z'))).toBe('2026-W49');
    expect(upcomingTableWeek(region, new Date('2026-12-01T09:00:00Z'))).toBe('2026-W49'); // Tuesday 10:00 exactly
    expect(upcomingTableWeek(region, new Date('2026-12-01T09:00:01Z'))).toBe('2026-W50');
  });

  it('lets "agenda versturen" post from the posting moment until the table, and earlier only when confirmed', () => {
    expect(decideSendWeek(region, new Date('2026-11-30T07:29:00Z'), false)).toMatchObject({ ok: false, week: '2026-W49' });
    expect(decideSendWeek(region, new Date('2026-11-30T07:29:00Z'), true)).toEqual({ ok: true, week: '2026-W49', early: true });
    expect(decideSendWeek(region, new Date('2026-11-30T07:30:00Z'), false)).toEqual({ ok: true, week: '2026-W49', early: false });
    expect(decideSendWeek(region, new Date('2026-12-02T10:00:00Z'), false)).toMatchObject({ ok: false, week: '2026-W50' });
    expect(decideSendWeek(region, new Date('2026-12-02T10:00:00Z'), true)).toEqual({ ok: true, week: '2026-W50', early: true });
  });
});
