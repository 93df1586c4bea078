import { describe, expect, it } from 'vitest';
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import { dueTriageEscalations, recordTriageEscalation } from '../../../src/domain/cases/triageFollowUps.js';
import { aCase, testRegion } from './fixtures.js';

const region = testRegion(); // one rung: leidinggevende, 3 working days after the table
const melding = (): HandoverCase => ({ ...aCase({ tableWeek: '2026-W49' }), status: 'none', stage: 'melding', stages: [{ stage: 'melding', at: '2026-11-27T09:00:00.000Z' }] });

describe('escalating an undecided melding at the triagetafel', () => {
  it('is due 3 working days after the table (Tuesday 1 December), at the table’s time', () => {
    expect(dueTriageEscalations(melding(), region, new Date('2026-12-04T08:59:00Z'))).toEqual([]);
    expect(dueTriageEscalations(melding(), region, new Date('2026-12-04T09:00:00Z'))).toEqual([
      { kind: 'triage-escalation', level: 'triage-leidinggevende', notify: ['leidinggevenden', 'coordinators'], dueAt: '2026-12-04T09:00:00.000Z' },
    ]);
  });

  it('goes out once: a recorded rung is not due again, nor recorded twice', () => {
    const recorded = recordTriageEscalation(melding(), 'triage-leidinggevende', '2026-12-04T09:00:00Z');
    if (!recorded.ok) throw new Error('expected the rung to be recorded');
    expect(dueTriageEscalations(recorded.next, region, new Date('2026-12-08T09:00:00Z'))).toEqual([]);
    expect(recordTriageEscalation(recorded.next, 'triage-leidinggevende', '2026-12-04T10:00:00Z')).toMatchObject({ ok: false, reason: 'already-recorded' });
  });

  it('stops once the sides decided', () => {
    const decided: HandoverCase = { ...melding(), stage: 'werkvoorraad' };
    expect(dueTriageEscalations(decided, region, new Date('2026-12-20T09:00:00Z'))).toEqual([]);
  });
});
