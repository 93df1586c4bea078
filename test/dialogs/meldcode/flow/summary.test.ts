import { describe, expect, it } from 'vitest';
import { meldcodeFlow as def } from '../../../../src/dialogs/meldcode/flow/definition.js';
import { summariseForAdvice } from '../../../../src/dialogs/meldcode/flow/summary.js';
import { walk } from './walkHelpers.js';

describe('summariseForAdvice', () => {
  it('gives sector, progress and the answers so far', () => {
    const lines = summariseForAdvice(def, walk(def, 'onderwijs', ['no', 'home', 'behaviour', 'zorgcoordinator']));
    expect(lines).toEqual([
      'Sector: Onderwijs',
      'Voortgang: Stap 2 van 5 (Collegiale consultatie en zo nodig Veilig Thuis raadplegen)',
      'Je gaf aan dat er geen acuut gevaar was.',
      'Je gaf aan dat je zorg gaat over de thuissituatie van een kind of volwassene.',
      'Je gaf als signaal aan: gedrag of gedragsverandering.',
      'Je gaf aan dat je de signalen besprak met: zorgcoördinator (vo).',
    ]);
  });

  it('never passes the professional’s own notes on to the advice question', () => {
    const state = walk(def, 'onderwijs', ['no', 'home']);
    const withNote = { ...state, answers: state.answers.map((a, i) => (i === 1 ? { ...a, note: 'Eigen notitie' } : a)) };
    expect(summariseForAdvice(def, withNote).join(' ')).not.toContain('Eigen notitie');
  });

  it('names the outcome once the walk has ended', () => {
    const lines = summariseForAdvice(def, walk(def, 'kinderopvang', ['no', 'home', 'disclosure']));
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
    const state = walk(def, 'wijkteam', ['no', 'home', 'yes', 'domestic', 'af', 'yes', 'done', 'yes', 'no', 'yes', 'yes', 'too-early']);
    const lines = summariseForAdvice(def, state);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
    const tampered = summariseForAdvice(def, { ...state, answers: [{ nodeId: 'acute', choiceId: 'vrije tekst van gebruiker' }] });
    expect(tampered.join(' ')).not.toContain('vrije tekst');
  });
});
