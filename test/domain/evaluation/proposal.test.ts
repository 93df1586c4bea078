import { describe, expect, it } from 'vitest';
import { proposeCases } from '../../../src/domain/evaluation/proposal.js';
import { aCase } from '../cases/fixtures.js';

const TZ = 'Europe/Amsterdam';
const handedOver = (reference: string, meldingOn: string, at: string) =>
  aCase({ reference, meldingOn, receivedAt: at, stage: 'overdracht', stages: [{ stage: 'overdracht', at }] });

describe('cases proposed for a joint evaluation', () => {
  it('proposes returned, escalated and nieuwe-zorgen cases of the period, and the three longest waits', () => {
    const cases = [
      aCase({ reference: 'VT-RET', status: 'returned', returned: { byAadId: 'a', byName: 'B', reason: 'Andere route', at: '2026-11-03T10:00:00.000Z' } }),
      aCase({ reference: 'VT-ESC', escalations: [{ level: 'reminder', at: '2026-11-01T10:00:00.000Z' }, { level: 'leidinggevende', at: '2026-11-04T10:00:00.000Z' }, { level: 'directie', at: '2026-11-09T10:00:00.000Z' }] }),
      aCase({ reference: 'VT-ONE-RUNG', receivedAt: '2026-09-01T09:00:00.000Z', escalations: [{ level: 'leidinggevende', at: '2026-11-04T10:00:00.000Z' }] }),
      aCase({ reference: 'VT-NZ', status: 'confirmed', confirmation: { byAadId: 'a', byName: 'B', casusregisseur: 'C', betrokkenenGeinformeerd: true, at: '2026-10-10T10:00:00.000Z' }, monitoring: { dueAt: '2026-11-20T10:00:00.000Z', answer: 'nieuwe-zorgen', answeredAt: '2026-11-21T10:00:00.000Z' } }),
      handedOver('VT-W10', '2026-10-01', '2026-10-11T09:00:00.000Z'),
      handedOver('VT-W30', '2026-10-01', '2026-10-31T09:00:00.000Z'),
      handedOver('VT-W20', '2026-10-01', '2026-10-21T09:00:00.000Z'),
      handedOver('VT-W5', '2026-10-01', '2026-10-06T09:00:00.000Z'),
      handedOver('VT-OLD', '2026-01-01', '2026-09-30T09:00:00.000Z'),
    ];
    const proposed = proposeCases(cases, '2026-10-01', '2026-12-31', TZ);
    expect(proposed.map((p) => p.reference)).toEqual(['VT-ESC', 'VT-NZ', 'VT-RET', 'VT-W30', 'VT-W20', 'VT-W10']);
    expect(proposed.find((p) => p.reference === 'VT-ESC')!.reasons).toEqual(['escalated']);
    expect(proposed.find((p) => p.reference === 'VT-W30')).toEqual({ reference: 'VT-W30', reasons: ['longest-wait'], waitDays: 30 });
  });

  it('proposes nothing from a period in which nothing happened', () => {
    expect(proposeCases([handedOver('VT-1', '2026-10-01', '2026-10-05T09:00:00.000Z')], '2026-07-01', '2026-09-30', TZ)).toEqual([]);
  });
});
