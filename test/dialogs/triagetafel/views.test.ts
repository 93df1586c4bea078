import { describe, expect, it } from 'vitest';
import { overviewCard, triageItemCard } from '../../../src/dialogs/triagetafel/views.js';
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import { aCase } from '../../domain/cases/fixtures.js';

const TEAMS_CARD_LIMIT = 28 * 1024;

function meldingen(n: number): HandoverCase[] {
  return Array.from({ length: n }, (_, k) => ({ ...aCase({ reference: `VT-2026-${String(k).padStart(5, '0')}`, gemeente: 'Brunssum' }), status: 'none', stage: 'melding' }) as HandoverCase);
}

describe('the triagetafel cards', () => {
  it('keep the overview of 500 waiting meldingen within Teams’ card limit, naming the rest by number', () => {
    const card = overviewCard('Brunssum', meldingen(500), 30);
    const json = JSON.stringify(card);
    expect(json.length).toBeLessThan(TEAMS_CARD_LIMIT);
    expect(json).toContain('500 meldingen wachten op een besluit');
    expect(json).toContain('en 470 meer');
  });

  it('keep a melding’s card with the longest summary and reason within the limit', () => {
    const [c] = meldingen(1);
    const card = triageItemCard({ ...c!, summary: 'x'.repeat(500), triage: { proposal: { option: 'anders', reason: 'y'.repeat(300), side: 'veilig-thuis', byAadId: 'a', byName: 'Adviseur', at: '2026-12-02T12:00:00.000Z' }, proposals: 1 } }, 'Europe/Amsterdam');
    expect(JSON.stringify(card).length).toBeLessThan(TEAMS_CARD_LIMIT);
  });
});
