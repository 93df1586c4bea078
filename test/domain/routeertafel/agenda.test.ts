import { describe, expect, it } from 'vitest';
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import { buildAgenda, DEFAULT_AGENDA_ITEMS_PER_CARD, splitAgenda } from '../../../src/domain/routeertafel/agenda.js';
import { aCase, testRegion } from '../cases/fixtures.js';

const region = testRegion();
/** Monday 23 November 2026, 08:30 in Amsterdam: when the agenda of week 48 goes out. */
const NOW = new Date('2026-11-23T07:30:00Z');

const confirmation = {
  byAadId: 'aad-heerlen-1',
  byName: 'Consulent Heerlen',
  casusregisseur: 'Wijkteam Heerlen-Noord',
  betrokkenenGeinformeerd: true,
  at: '2026-11-22T10:00:00.000Z',
};

const cases: HandoverCase[] = [
  aCase({ reference: 'VT-A', tableWeek: '2026-W48', meldingOn: '2026-11-16', beoordeeldOn: '2026-11-16' }),
  aCase({ reference: 'VT-B', tableWeek: '2026-W48', meldingOn: '2026-11-20', beoordeeldOn: '2026-11-20', urgent: true, betrokkenenGeinformeerd: false }),
  aCase({ reference: 'VT-C', tableWeek: '2026-W47', meldingOn: '2026-11-09', beoordeeldOn: '2026-11-09', veiligheidsplan: false }),
  aCase({ reference: 'VT-D', tableWeek: '2026-W46', status: 'confirmed', confirmation }),
  aCase({ reference: 'VT-E', tableWeek: '2026-W48', meldingOn: '2026-11-12', beoordeeldOn: '2026-11-12', status: 'confirmed', confirmation: { ...confirmation, team: 'Team Noord' } }),
  aCase({ reference: 'VT-F', tableWeek: '2026-W48', gemeente: 'Maastricht' }),
  aCase({ reference: 'VT-G', tableWeek: '2026-W49' }),
];

describe('buildAgenda', () => {
  const agenda = buildAgenda(region, 'heerlen', cases, '2026-W48', NOW);

  it('heads the agenda with the gemeente, the week and when the table meets', () => {
    expect(agenda).toMatchObject({
      gemeente: 'Heerlen',
      week: '2026-W48',
      weekLabel: 'week 48, 2026',
      tableDateLabel: 'dinsdag 24 november 2026',
      tableTimeLabel: '10:00 uur',
      empty: false,
      page: { number: 1, of: 1 },
    });
  });

  it('lists this week’s cases and open ones carried over: urgent first, then carried over, then longest waiting', () => {
    expect(agenda.items.map((i) => [i.reference, i.urgent, i.carriedOver, i.waitingDays])).toEqual([
      ['VT-B', true, false, 3],
      ['VT-C', false, true, 14],
      ['VT-E', false, false, 10], // waiting stopped when the gemeente confirmed
      ['VT-A', false, false, 7],
    ]);
  });

  it('leaves out other gemeenten, later weeks and earlier cases that are settled', () => {
    const references = agenda.items.map((i) => i.reference);
    for (const left of ['VT-D', 'VT-F', 'VT-G']) expect(references).not.toContain(left);
  });

  it('flags a missing veiligheidsplan and betrokkenen who were not informed', () => {
    const byRef = Object.fromEntries(agenda.items.map((i) => [i.reference, i]));
    expect(byRef['VT-C']).toMatchObject({ missingVeiligheidsplan: true, betrokkenenNietGeinformeerd: false });
    expect(byRef['VT-B']).toMatchObject({ missingVeiligheidsplan: false, betrokkenenNietGeinformeerd: true });
    expect(byRef['VT-A']).toMatchObject({ routeLabel: 'Directe overdracht na veiligheidsbeoordeling', status: 'open' });
  });

  it('summarises a confirmation and carries the pseudonymous summary of the case', () => {
    const e = agenda.items.find((i) => i.reference === 'VT-E');
    expect(e?.confirmation).toEqual({
      byName: 'Consulent Heerlen',
      casusregisseur: 'Wijkteam Heerlen-Noord',
      team: 'Team Noord',
      at: '2026-11-22T10:00:00.000Z',
    });
    expect(e?.summary).toContain('spanningen');
  });

  it('adds the standing figures: cases, median and longest waiting, and all open handovers', () => {
    expect(agenda.figures).toEqual({ casesOnAgenda: 4, medianWaitingDays: 8.5, longestWaitingDays: 14, openHandoversTotal: 4 });
  });

  it('says so when a gemeente has nothing on the table', () => {
    const empty = buildAgenda(region, 'Vaals', cases, '2026-W48', NOW);
    expect(empty).toMatchObject({
      gemeente: 'Vaals',
      items: [],
      empty: true,
      figures: { casesOnAgenda: 0, medianWaitingDays: null, longestWaitingDays: null, openHandoversTotal: 0 },
    });
  });

  it('refuses a gemeente outside the region and a malformed week', () => {
    expect(() => buildAgenda(region, 'Venlo', cases, '2026-W48', NOW)).toThrow(RangeError);
    expect(() => buildAgenda(region, 'Heerlen', cases, '2026-48', NOW)).toThrow(RangeError);
  });
});

describe('splitAgenda', () => {
  const many = Array.from({ length: 60 }, (_, k) =>
    aCase({ reference: `VT-2026-${String(k).padStart(5, '0')}-${'x'.repeat(26)}`, vtContact: 'c'.repeat(80) }),
  );
  const agenda = buildAgenda(region, 'Heerlen', many, '2026-W48', NOW);

  it('cuts a long agenda into cards of 25 items, page n of m, each with the full figures', () => {
    const pages = splitAgenda(agenda);
    expect(DEFAULT_AGENDA_ITEMS_PER_CARD).toBe(25);
    expect(pages.map((p) => [p.items.length, p.page.number, p.page.of])).toEqual([[25, 1, 3], [25, 2, 3], [10, 3, 3]]);
    expect(pages.every((p) => p.figures.casesOnAgenda === 60)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(agenda.items);
  });

  it('keeps the data of a full card small, far below the 28 KB card limit', () => {
    const [first] = splitAgenda(agenda);
    expect(new TextEncoder().encode(JSON.stringify(first)).length).toBeLessThan(14_000);
  });

  it('keeps an empty agenda as one card and refuses a card size below one', () => {
    const empty = buildAgenda(region, 'Vaals', [], '2026-W48', NOW);
    expect(splitAgenda(empty)).toEqual([empty]);
    expect(() => splitAgenda(agenda, 0)).toThrow(RangeError);
  });
});
