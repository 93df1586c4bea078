import { describe, expect, it } from 'vitest';
import { meldcodeFlow as def } from '../../../../src/dialogs/meldcode/flow/definition.js';
import { summariseForAdvice } from '../../../../src/dialogs/meldcode/flow/summary.js';
import { walk } from './walkHelpers.js';

describe('summariseForAdvice', () => {
  it('gives sector, progress and the answers so far', () => {
    const lines = summariseForAdvice(def, walk(def, 'onderwijs', ['no', 'no', 'sexual', 'zorgcoordinator']));
    expect(lines).toEqual([
      'Sector: Onderwijs',
      'Voortgang: Stap 2 van 5 (Collegiale consultatie en zo nodig Veilig Thuis raadplegen)',
      'Acuut gevaar: nee.',
      'Het vermoeden betreft geen medewerker van de school.',
      'Soort signaal: seksueel getint gedrag of vermoeden van seksueel misbruik.',
      'Collegiale consultatie met: zorgcoördinator (vo).',
    ]);
  });

  it('names the outcome once the walk has ended', () => {
    const lines = summariseForAdvice(def, walk(def, 'kinderopvang', ['no', 'disclosure']));
    expect(lines[1]).toBe('Uitkomst: Iemand vertelt zelf over geweld: melden');
  });

  it('says when nothing is known yet', () => {
    expect(summariseForAdvice(def, walk(def, 'zorg', []))).toEqual([
      'Sector: Zorg',
      'Voortgang: Eerst: veiligheid',
      'Nog geen antwoorden gegeven.',
    ]);
  });

  it('keeps lines short and ignores answers that are not in the definition', () => {
    const state = walk(def, 'wijkteam', ['no', 'yes', 'domestic', 'af', 'yes', 'done', 'yes', 'no', 'yes', 'yes', 'too-early']);
    const lines = summariseForAdvice(def, state);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
    const tampered = summariseForAdvice(def, { ...state, answers: [{ nodeId: 'acute', choiceId: 'vrije tekst van gebruiker' }] });
    expect(tampered.join(' ')).not.toContain('vrije tekst');
  });
});
