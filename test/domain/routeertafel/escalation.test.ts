import { describe, expect, it } from 'vitest';
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import { confirmHandover, recordMonitoringAnswer } from '../../../src/domain/cases/decisions.js';
import { dueFollowUps, escalationSchedule, recordFollowUp, type FollowUp } from '../../../src/domain/routeertafel/escalation.js';
import { aCase, gemeenteMedewerker, HOLIDAYS_2026, testRegion } from '../cases/fixtures.js';

/** Reminder, then the gedragswetenschappers, then the leidinggevenden. Nieuwjaarsdag is a holiday too. */
const region = testRegion({
  holidays: [...HOLIDAYS_2026, '2027-01-01'],
  routeertafel: {
    escalationLadder: [
      { level: 'gedragswetenschapper', afterWorkingDays: 2, notify: ['gedragswetenschappers'] },
      { level: 'leidinggevende', afterWorkingDays: 3, notify: ['leidinggevenden', 'coordinators'] },
    ],
  },
});

/** On the table of Tuesday 22 December 2026, 10:00 (09:00Z). */
const beforeChristmas = aCase({ tableWeek: '2026-W52' });
const at = (iso: string) => new Date(iso);

function record(c: HandoverCase, followUps: FollowUp[], nowIso: string): HandoverCase {
  return followUps.reduce((current, f) => {
    const result = recordFollowUp(current, f, nowIso);
    if (!result.ok) throw new Error(`could not record ${JSON.stringify(f)}: ${result.reason}`);
    return result.next;
  }, c);
}

describe('escalationSchedule', () => {
  it('counts working days from the table, skipping Kerst, weekends and Nieuwjaarsdag', () => {
    expect(escalationSchedule(beforeChristmas, region)).toEqual([
      { kind: 'reminder', level: 'reminder', notify: ['gemeente-channel'], dueAt: '2026-12-24T09:00:00.000Z' },
      { kind: 'escalation', level: 'gedragswetenschapper', notify: ['gedragswetenschappers'], dueAt: '2026-12-29T09:00:00.000Z' },
      { kind: 'escalation', level: 'leidinggevende', notify: ['leidinggevenden', 'coordinators'], dueAt: '2027-01-04T09:00:00.000Z' },
    ]);
  });

  it('uses the default ladder of the region schema: the leidinggevende three working days after the reminder', () => {
    const schedule = escalationSchedule(aCase({ tableWeek: '2026-W48' }), testRegion());
    expect(schedule.map((f) => [f.level, f.dueAt])).toEqual([
      ['reminder', '2026-11-26T09:00:00.000Z'],
      ['leidinggevende', '2026-12-01T09:00:00.000Z'],
    ]);
  });
});

describe('dueFollowUps for an open case', () => {
  it('is quiet until the reminder is due, and exact to the minute', () => {
    expect(dueFollowUps(beforeChristmas, region, at('2026-12-23T12:00:00Z'))).toEqual([]);
    expect(dueFollowUps(beforeChristmas, region, at('2026-12-24T08:59:00Z'))).toEqual([]);
    expect(dueFollowUps(beforeChristmas, region, at('2026-12-24T09:00:00Z'))).toEqual([
      { kind: 'reminder', level: 'reminder', notify: ['gemeente-channel'], dueAt: '2026-12-24T09:00:00.000Z' },
    ]);
  });

  it('gives the same answer when called twice without recording', () => {
    const now = at('2026-12-24T10:00:00Z');
    expect(dueFollowUps(beforeChristmas, region, now)).toEqual(dueFollowUps(beforeChristmas, region, now));
  });

  it('climbs the ladder one rung at a time once each follow-up is recorded', () => {
    let c = record(beforeChristmas, dueFollowUps(beforeChristmas, region, at('2026-12-24T09:00:00Z')), '2026-12-24T09:00:00Z');
    expect(dueFollowUps(c, region, at('2026-12-24T15:00:00Z'))).toEqual([]);
    expect(dueFollowUps(c, region, at('2026-12-28T12:00:00Z'))).toEqual([]); // Kerst and the weekend do not count

    const rung1 = dueFollowUps(c, region, at('2026-12-29T09:00:00Z'));
    expect(rung1).toMatchObject([{ kind: 'escalation', level: 'gedragswetenschapper', notify: ['gedragswetenschappers'] }]);
    c = record(c, rung1, '2026-12-29T09:00:00Z');

    expect(dueFollowUps(c, region, at('2027-01-01T12:00:00Z'))).toEqual([]); // Nieuwjaarsdag
    const rung2 = dueFollowUps(c, region, at('2027-01-04T09:00:00Z'));
    expect(rung2).toMatchObject([{ kind: 'escalation', level: 'leidinggevende', notify: ['leidinggevenden', 'coordinators'] }]);
    c = record(c, rung2, '2027-01-04T09:00:00Z');

    expect(dueFollowUps(c, region, at('2027-03-01T09:00:00Z'))).toEqual([]);
    expect(c.escalations.map((e) => e.level)).toEqual(['reminder', 'gedragswetenschapper', 'leidinggevende']);
  });

  it('returns every overdue step in ladder order after an outage', () => {
    expect(dueFollowUps(beforeChristmas, region, at('2027-01-05T09:00:00Z')).map((f) => ('level' in f ? f.level : f.kind))).toEqual([
      'reminder',
      'gedragswetenschapper',
      'leidinggevende',
    ]);
  });

  it('never escalates a confirmed or returned case', () => {
    const late = at('2027-02-01T09:00:00Z');
    expect(dueFollowUps(aCase({ tableWeek: '2026-W52', status: 'returned', returned: { byAadId: 'x', byName: 'x', reason: 'Andere gemeente', at: '2026-12-23T09:00:00Z' } }), region, late)).toEqual([]);
    const confirmed = confirmHandover(beforeChristmas, gemeenteMedewerker, { casusregisseur: 'Wijkteam', betrokkenenGeinformeerd: true }, '2027-01-30T09:00:00Z');
    if (!confirmed.ok) throw new Error('setup failed');
    expect(dueFollowUps(confirmed.next, region, late)).toEqual([]);
  });
});

describe('dueFollowUps for monitoring', () => {
  function confirmedAt(iso: string): HandoverCase {
    const result = confirmHandover(aCase(), gemeenteMedewerker, { casusregisseur: 'Wijkteam', betrokkenenGeinformeerd: true }, iso);
    if (!result.ok) throw new Error('setup failed');
    return result.next;
  }

  it('asks about monitoring six weeks after confirmation, at the same local time across the DST switch', () => {
    const c = confirmedAt('2026-03-10T10:00:00Z'); // 11:00 CET
    expect(dueFollowUps(c, region, at('2026-04-21T08:59:00Z'))).toEqual([]);
    expect(dueFollowUps(c, region, at('2026-04-21T09:00:00Z'))).toEqual([{ kind: 'monitoring', dueAt: '2026-04-21T09:00:00.000Z' }]); // 11:00 CEST
  });

  it('does not ask twice, and asks again six weeks after "loopt nog"', () => {
    let c = confirmedAt('2026-11-25T10:00:00Z');
    const due = dueFollowUps(c, region, at('2027-01-06T10:00:00Z'));
    expect(due).toEqual([{ kind: 'monitoring', dueAt: '2027-01-06T10:00:00.000Z' }]);
    c = record(c, due, '2027-01-06T10:00:00Z');
    expect(dueFollowUps(c, region, at('2027-03-01T10:00:00Z'))).toEqual([]);

    const answer = recordMonitoringAnswer(c, gemeenteMedewerker, 'loopt-nog', false, '2027-01-08T10:00:00Z');
    if (!answer.ok) throw new Error('setup failed');
    expect(dueFollowUps(answer.next, region, at('2027-02-19T09:59:00Z'))).toEqual([]);
    expect(dueFollowUps(answer.next, region, at('2027-02-19T10:00:00Z'))).toEqual([{ kind: 'monitoring', dueAt: '2027-02-19T10:00:00.000Z' }]);
  });

  it('stops after a final answer', () => {
    let c = confirmedAt('2026-11-25T10:00:00Z');
    c = record(c, dueFollowUps(c, region, at('2027-01-06T10:00:00Z')), '2027-01-06T10:00:00Z');
    const answer = recordMonitoringAnswer(c, gemeenteMedewerker, 'geborgd', true, '2027-01-08T10:00:00Z');
    if (!answer.ok) throw new Error('setup failed');
    expect(dueFollowUps(answer.next, region, at('2027-06-01T10:00:00Z'))).toEqual([]);
  });
});
