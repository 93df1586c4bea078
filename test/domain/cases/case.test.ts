import { describe, expect, it } from 'vitest';
import { HandoverCaseSchema, newCase } from '../../../src/domain/cases/case.js';
import { aCase, anIntake, testRegion } from './fixtures.js';

const region = testRegion();

describe('newCase', () => {
  it('opens a case on the table of the first agenda posted after receipt', () => {
    const c = newCase(anIntake(), 'card', '2026-11-20T09:00:00Z', region);
    expect(c).toEqual({
      ...anIntake(),
      receivedAt: '2026-11-20T09:00:00.000Z',
      source: 'card',
      tableWeek: '2026-W48',
      status: 'open',
      escalations: [],
      stage: 'overdracht',
      stages: [{ stage: 'overdracht', at: '2026-11-20T09:00:00.000Z' }],
      version: 1,
    });
  });

  it('takes a melding in before its handover: no handover status, and the handover fields stay unknown', () => {
    const { route: _r, beoordeeldOn: _b, veiligheidsplan: _v, betrokkenenGeinformeerd: _i, ...melding } = anIntake();
    const c = newCase({ ...melding, stage: 'melding' }, 'api', '2026-11-20T09:00:00Z', region);
    expect(c).toMatchObject({ stage: 'melding', status: 'none', stages: [{ stage: 'melding', at: '2026-11-20T09:00:00.000Z' }] });
    expect(c.route).toBeUndefined();
    expect(HandoverCaseSchema.parse(c)).toEqual(c);
  });

  it('puts a case that arrives after Monday’s agenda on next week’s table', () => {
    expect(newCase(anIntake(), 'api', '2026-11-23T08:00:00Z', region).tableWeek).toBe('2026-W49');
  });

  it('refuses a receipt time that is not an instant', () => {
    expect(() => newCase(anIntake(), 'api', 'gisteren', region)).toThrow(RangeError);
  });
});

describe('HandoverCaseSchema', () => {
  it('loads a stored case as it was written', () => {
    const c = newCase(anIntake(), 'csv', '2026-11-20T09:00:00Z', region);
    expect(HandoverCaseSchema.parse(c)).toEqual(c);
  });

  it('refuses a confirmed case without its confirmation', () => {
    expect(HandoverCaseSchema.safeParse(aCase({ status: 'confirmed' })).success).toBe(false);
  });

  it('refuses a table week that is not an ISO week', () => {
    expect(HandoverCaseSchema.safeParse(aCase({ tableWeek: '2026-48' })).success).toBe(false);
  });
});
