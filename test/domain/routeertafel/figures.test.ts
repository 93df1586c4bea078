import { describe, expect, it } from 'vitest';
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import { handoverFigures } from '../../../src/domain/routeertafel/figures.js';
import { aCase, testRegion } from '../cases/fixtures.js';

const region = testRegion();
const NOW = new Date('2026-11-30T12:00:00Z');

function confirmedOn(at: string) {
  return { status: 'confirmed' as const, confirmation: { byAadId: 'g', byName: 'G', casusregisseur: 'Wijkteam', betrokkenenGeinformeerd: true, at } };
}

const cases: HandoverCase[] = [
  // Heerlen: confirmed the day after its table
  aCase({ tableWeek: '2026-W48', meldingOn: '2026-11-16', receivedAt: '2026-11-20T09:00:00Z', ...confirmedOn('2026-11-25T10:00:00Z') }),
  // Heerlen: confirmed 10 days after its table (17 Nov)
  aCase({ tableWeek: '2026-W47', meldingOn: '2026-11-06', receivedAt: '2026-11-13T09:00:00Z', ...confirmedOn('2026-11-27T10:00:00Z') }),
  // Heerlen: open, its table was 6 days ago, too early to judge
  aCase({ tableWeek: '2026-W48', meldingOn: '2026-11-18', receivedAt: '2026-11-21T09:00:00Z' }),
  // Heerlen: open, its table was 20 days ago
  aCase({ tableWeek: '2026-W46', meldingOn: '2026-11-02', receivedAt: '2026-11-06T09:00:00Z' }),
  // Heerlen: handed back; counts as a handover, not in the share
  aCase({ tableWeek: '2026-W48', meldingOn: '2026-11-17', receivedAt: '2026-11-20T09:00:00Z', status: 'returned', returned: { byAadId: 'g', byName: 'G', reason: 'Andere gemeente', at: '2026-11-24T12:00:00Z' } }),
  // Maastricht: confirmed on the day of its table
  aCase({ gemeente: 'Maastricht', tableWeek: '2026-W48', meldingOn: '2026-11-19', receivedAt: '2026-11-21T09:00:00Z', ...confirmedOn('2026-11-24T15:00:00Z') }),
];

describe('handoverFigures', () => {
  const figures = handoverFigures(cases, region, NOW);
  const of = (name: string) => figures.perGemeente.find((f) => f.gemeente === name);

  it('gives handovers, median days to handover and to confirmation, the on-time share and open cases per gemeente', () => {
    expect(of('Heerlen')).toEqual({
      gemeente: 'Heerlen',
      handovers: 5,
      medianDaysToHandover: 4,
      medianDaysToConfirmation: 15,
      confirmedWithin7DaysShare: 1 / 3,
      open: 2,
      warmHandovers: 0,
      handoverFormKnown: 0,
    });
    expect(of('Maastricht')).toEqual({
      gemeente: 'Maastricht',
      handovers: 1,
      medianDaysToHandover: 2,
      medianDaysToConfirmation: 5,
      confirmedWithin7DaysShare: 1,
      open: 0,
      warmHandovers: 0,
      handoverFormKnown: 0,
    });
  });

  it('adds up the region as a whole', () => {
    expect(figures.overall).toEqual({
      gemeente: null,
      handovers: 6,
      medianDaysToHandover: 3.5,
      medianDaysToConfirmation: 9,
      confirmedWithin7DaysShare: 0.5,
      open: 2,
      warmHandovers: 0,
      handoverFormKnown: 0,
    });
  });

  it('lists every gemeente of the region, with null medians where there is nothing to measure', () => {
    expect(figures.perGemeente).toHaveLength(16);
    expect(of('Vaals')).toEqual({
      gemeente: 'Vaals',
      handovers: 0,
      medianDaysToHandover: null,
      medianDaysToConfirmation: null,
      confirmedWithin7DaysShare: null,
      open: 0,
      warmHandovers: 0,
      handoverFormKnown: 0,
    });
  });

  it('gives no on-time share before a table has met, instead of 100% in advance', () => {
    const early = [aCase({ tableWeek: '2026-W49', meldingOn: '2026-11-25', receivedAt: '2026-11-27T09:00:00Z', ...confirmedOn('2026-11-28T10:00:00Z') })];
    expect(handoverFigures(early, region, NOW).overall.confirmedWithin7DaysShare).toBeNull();
    expect(handoverFigures(early, region, new Date('2026-12-02T12:00:00Z')).overall.confirmedWithin7DaysShare).toBe(1);
  });

  it('counts warm handovers (a driegesprek) among the confirmations that say how the handover went', () => {
    const withForm = (handoverForm?: 'driegesprek' | 'telefonisch') => {
      const c = confirmedOn('2026-11-25T10:00:00Z');
      return aCase({ tableWeek: '2026-W48', ...c, confirmation: { ...c.confirmation, ...(handoverForm ? { handoverForm } : {}) } });
    };
    const f = handoverFigures([withForm('driegesprek'), withForm('driegesprek'), withForm('telefonisch'), withForm()], region, NOW);
    expect(f.overall).toMatchObject({ warmHandovers: 2, handoverFormKnown: 3 });
  });

  it('narrows to one gemeente, whatever its spelling', () => {
    const maastricht = handoverFigures(cases, region, NOW, 'maastricht');
    expect(maastricht.perGemeente.map((f) => f.gemeente)).toEqual(['Maastricht']);
    expect(maastricht.overall).toMatchObject({ gemeente: null, handovers: 1, confirmedWithin7DaysShare: 1 });
    expect(() => handoverFigures(cases, region, NOW, 'Venlo')).toThrow(RangeError);
  });

  it('counts days in Amsterdam time: a handover received just after local midnight is the next day', () => {
    const lateNight = aCase({ meldingOn: '2026-11-16', receivedAt: '2026-11-16T23:30:00Z' }); // 00:30 on the 17th
    expect(handoverFigures([lateNight], region, NOW).overall.medianDaysToHandover).toBe(1);
  });
});
