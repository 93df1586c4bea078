import { describe, expect, it } from 'vitest';
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import { confirmHandover } from '../../../src/domain/cases/decisions.js';
import { AGENDA_ITEMS_PER_CARD, agendaBook, pageCard } from '../../../src/dialogs/routeertafel/agenda.js';
import { cardBytes, MAX_CARD_BYTES } from '../../../src/cards/render.js';
import { aCase, testRegion } from '../../domain/cases/fixtures.js';

const region = testRegion();
const POSTED = new Date('2026-11-23T07:30:00Z'); // week 48's agenda goes out
const LATER = new Date('2026-11-26T10:00:00Z');
const refs = (book: ReturnType<typeof agendaBook>) => book.pages.map((p) => p.items.map((i) => i.reference));

/** Cases with the longest values the intake allows. */
function worstCases(n: number, week = '2026-W48'): HandoverCase[] {
  return Array.from({ length: n }, (_, k) =>
    aCase({ reference: `VT-${String(k).padStart(4, '0')}-${'x'.repeat(31)}`, tableWeek: week, urgent: true, veiligheidsplan: false, betrokkenenGeinformeerd: false, vtContact: 'c'.repeat(80), summary: 's'.repeat(500), meldingOn: `2026-11-${String(1 + (k % 20)).padStart(2, '0')}`, beoordeeldOn: '2026-11-21' }),
  );
}

describe('agenda cards', () => {
  it('keeps a full card of the longest cases under the Teams card limit, open or confirmed', () => {
    const open = worstCases(AGENDA_ITEMS_PER_CARD, '2026-W47');
    const long = 'n'.repeat(80);
    const confirmed = open.map((c) => {
      const d = confirmHandover(c, { aadId: 'aad-x', name: long }, { casusregisseur: long, procesregisseur: long, team: long, warmHandoverOn: '2026-11-25', betrokkenenGeinformeerd: true }, '2026-11-24T10:00:00Z');
      if (!d.ok) throw new Error(d.reason);
      return d.next;
    });
    for (const cases of [open, confirmed]) {
      const card = pageCard(region, agendaBook(region, 'Heerlen', cases, '2026-W48', POSTED), 1) as Record<string, unknown>;
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES - 2_000);
    }
  });

  it('splits a long agenda into cards of eight and keeps each case on its card when cases are confirmed or returned', () => {
    const cases = [...worstCases(14), ...worstCases(9, '2026-W47').map((c) => ({ ...c, reference: `${c.reference}-old` }))];
    const before = agendaBook(region, 'Heerlen', cases, '2026-W48', POSTED);
    expect(before.pages.map((p) => p.items.length)).toEqual([8, 8, 7]);
    const settled = cases.map((c, k) => (k % 3 === 0 ? { ...c, status: 'returned' as const, returned: { byAadId: 'a', byName: 'B', reason: 'Andere route nodig', at: '2026-11-24T10:00:00.000Z' } } : c));
    expect(refs(agendaBook(region, 'Heerlen', settled, '2026-W48', LATER))).toEqual(refs(before));
  });

  it('leaves carried-over cases that were settled before the agenda went out off it', () => {
    const old = aCase({ reference: 'VT-OLD', tableWeek: '2026-W47', status: 'returned', returned: { byAadId: 'a', byName: 'B', reason: 'Andere route nodig', at: '2026-11-22T10:00:00.000Z' } });
    expect(refs(agendaBook(region, 'Heerlen', [old, aCase()], '2026-W48', POSTED))).toEqual([['VT-2026-00123']]);
  });

  it('shows each case with its pseudonymous summary and its Veilig Thuis contact person', () => {
    const card = JSON.stringify(pageCard(region, agendaBook(region, 'Heerlen', [aCase()], '2026-W48', POSTED), 1));
    expect(card).toContain('VT-2026-00123');
    expect(card).toContain('Zorgen over spanningen tussen ouders');
    expect(card).toContain('Contactpersoon Veilig Thuis: Medewerker frontoffice');
  });

  it('names the gemeente’s vaste contactpersoon and bruggenbouwer, or says they are not set yet', () => {
    const withContacts = {
      ...region,
      gemeenten: region.gemeenten.map((g) => (g.name === 'Heerlen' ? { ...g, vasteContactpersoon: { role: 'vaste contactpersoon', name: 'Maud Vossen' }, bruggenbouwer: { role: 'bruggenbouwer' } } : g)),
    };
    const card = JSON.stringify(pageCard(withContacts, agendaBook(withContacts, 'Heerlen', [aCase()], '2026-W48', POSTED), 1));
    expect(card).toContain('Vaste contactpersoon Veilig Thuis: Maud Vossen · Bruggenbouwer gemeente: nog niet vastgelegd');
  });

  it('offers the form of the handover in the confirm form, preset to what the gemeente agreed', () => {
    const withForm = { ...region, gemeenten: region.gemeenten.map((g) => (g.name === 'Heerlen' ? { ...g, overdrachtsvorm: 'driegesprek' as const } : g)) };
    const card = pageCard(withForm, agendaBook(withForm, 'Heerlen', [aCase()], '2026-W48', POSTED), 1);
    const choice = findInput(card, 'handoverForm_1');
    expect(choice).toMatchObject({ type: 'Input.ChoiceSet', value: 'driegesprek', label: 'Vorm van de overdracht' });
    expect((choice?.choices as { value: string }[]).map((c) => c.value)).toEqual(['driegesprek', 'telefonisch', 'schriftelijk']);
  });

  it('puts the preview banner on top of a preview, whose buttons work like the posted agenda’s', () => {
    const card = pageCard(region, agendaBook(region, 'Heerlen', [aCase()], '2026-W48', POSTED), 1, undefined, { banner: 'Voorbeeld: nog niet verstuurd.' });
    const json = JSON.stringify(card);
    expect(json).toContain('Voorbeeld: nog niet verstuurd.');
    expect(json).toContain('VT-2026-00123');
    expect(json).toContain('Overdracht bevestigen');
  });
});

function findInput(node: unknown, id: string): Record<string, unknown> | undefined {
  if (Array.isArray(node)) return node.map((n) => findInput(n, id)).find(Boolean);
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.id === id) return o;
    return Object.values(o).map((v) => findInput(v, id)).find(Boolean);
  }
  return undefined;
}
