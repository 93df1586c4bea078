import { describe, expect, it } from 'vitest';
import { dashboardFigures } from '../../../src/domain/insight/dashboard.js';
import { aCase } from '../cases/fixtures.js';

const NOW = new Date('2026-12-02T12:00:00Z');
const TZ = 'Europe/Amsterdam';

/** A case handed over on `day` of November, confirmed `after` days later as a driegesprek. */
function confirmed(reference: string, gemeente: string, day: number, after: number) {
  const at = new Date(Date.UTC(2026, 10, day, 9) + after * 86_400_000).toISOString();
  return aCase({
    reference,
    gemeente,
    meldingOn: `2026-11-${String(day - 2).padStart(2, '0')}`,
    receivedAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`,
    stage: 'monitoring',
    stages: [
      { stage: 'overdracht', at: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z` },
      { stage: 'monitoring', at },
    ],
    status: 'confirmed',
    confirmation: { byAadId: 'g', byName: 'G', casusregisseur: 'Wijkteam', betrokkenenGeinformeerd: true, handoverForm: 'driegesprek', at },
  });
}

describe('the dashboard figures', () => {
  const heerlen = [3, 4, 5, 6, 7, 8].map((d, k) => confirmed(`VT-H-${k}`, 'Heerlen', d + 10, k < 5 ? 2 : 10));
  const maastricht = [confirmed('VT-M-1', 'Maastricht', 12, 1), confirmed('VT-M-2', 'Maastricht', 13, 1)];
  const f = dashboardFigures([...heerlen, ...maastricht], [], ['Heerlen', 'Maastricht', 'Vaals'], 'maand', NOW, TZ);
  const of = (g: string) => f.gemeenten.find((x) => x.gemeente === g)!;

  it('gives medians and shares per gemeente where at least five cases carry them', () => {
    expect(of('Heerlen')).toMatchObject({ handovers: 6, medianDaysMeldingToHandover: 2, medianDaysHandoverToConfirmation: 2, confirmedWithin7DaysShare: 5 / 6, warmShare: 1 });
  });

  it('shows counts from 1 to 4 as "< 5", and no median or share over fewer than five cases', () => {
    expect(of('Maastricht')).toMatchObject({ handovers: '< 5', medianDaysMeldingToHandover: null, confirmedWithin7DaysShare: null, warmShare: null });
    expect(of('Vaals')).toMatchObject({ handovers: 0, werkvoorraad: 0 });
  });

  it('counts only what happened in the window, and only the gemeenten asked for', () => {
    expect(dashboardFigures(heerlen, [], ['Heerlen'], 'maand', new Date('2027-03-01T12:00:00Z'), TZ).gemeenten[0]!.handovers).toBe(0);
    expect(dashboardFigures(heerlen, null, ['Maastricht'], 'jaar', NOW, TZ)).toMatchObject({ gemeenten: [{ gemeente: 'Maastricht', handovers: 0 }], advice: null });
  });

  it('gives the last twelve calendar months of the gemeenten together, oldest first', () => {
    const months = dashboardFigures([...heerlen, ...maastricht], [], ['Heerlen', 'Maastricht'], 'maand', NOW, TZ).months;
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(months.at(-2)).toEqual({ month: '2026-11', handovers: 8, confirmedWithin7Days: 7, returned: 0, intoWerkvoorraad: 0 });
    expect(months.at(-1)).toMatchObject({ month: '2026-12', handovers: 0 });
  });

  it('counts the cases that reached each rung of the escalation ladder in the window', () => {
    const escalated = (reference: string, levels: string[]) =>
      aCase({ reference, gemeente: 'Heerlen', escalations: [{ level: 'reminder', at: '2026-11-20T09:00:00.000Z' }, ...levels.map((level) => ({ level, at: '2026-11-25T09:00:00.000Z' }))] });
    const cases = [escalated('A', ['leidinggevende']), escalated('B', ['leidinggevende', 'coordinator']), ...['C', 'D', 'E', 'F', 'G'].map((r) => escalated(r, ['leidinggevende']))];
    const f = dashboardFigures(cases, null, ['Heerlen'], 'maand', NOW, TZ, ['leidinggevende', 'coordinator']);
    expect(f.gemeenten[0]).toMatchObject({ escalationsPerRung: [7, '< 5'], escalatedPastFirstRung: '< 5' });
  });

  it('gives advice waiting times per urgency and per sector', () => {
    expect(dashboardFigures([], [], ['Heerlen'], 'maand', NOW, TZ).advice?.map((a) => a.urgency ?? a.sector)).toEqual(['vandaag', 'deze-week', 'onderwijs', 'wijkteam', 'kinderopvang', 'zorg', 'anders']);
  });
});
