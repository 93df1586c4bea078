import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexTermsFor, normalizeWord, splitCompound, stem, tokenize } from '../../../src/knowledge/text/dutchAnalyzer.js';
import { editDistance } from '../../../src/knowledge/text/editDistance.js';

describe('the Dutch analyzer', () => {
  it('lowercases words and strips diacritics', () => {
    expect(normalizeWord('Zorgcoördinator')).toBe('zorgcoordinator');
    expect(tokenize('Geïnformeerd, of niet?')).toEqual(['geinformeerd', 'of', 'niet']);
  });

  it('reads letters and digits typed together as two words', () => {
    expect(tokenize('stap4 vd meldcode')).toEqual(['stap', '4', 'vd', 'meldcode']);
  });

  it('stems inflections of one word to the same term', () => {
    expect(stem('meldingen')).toBe(stem('melding'));
    expect(stem('signalen')).toBe(stem('signaal'));
  });

  it('keeps "ouderen" apart from "ouders"', () => {
    expect(stem('ouderen')).not.toBe(stem('ouders'));
  });

  it('splits known compounds into their parts', () => {
    expect(splitCompound('kindermishandeling')).toEqual(['kinder', 'mishandeling']);
    expect(splitCompound('beroepsgeheim')).toEqual(['beroep', 'geheim']);
    expect(splitCompound('mishandeling')).toEqual([]);
  });

  it('indexes a compound under the whole word and its parts, and drops stopwords', () => {
    expect(indexTermsFor('kindermishandeling')).toEqual([stem('kindermishandeling'), stem('kinder'), stem('mishandeling')]);
    expect(indexTermsFor('het')).toEqual([]);
  });

  it('turns a question into term groups without stopwords', () => {
    expect(analyzeQuery('Wat is de meldcode?').map((group) => group.term)).toEqual([stem('meldcode')]);
  });

  it('adds synonyms as alternatives: "juf" also searches for leerkracht', () => {
    const [juf] = analyzeQuery('juf');

    expect(juf?.alternatives).toContain(stem('leerkracht'));
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kindchek', 'kindcheck')).toBe(1);
    expect(editDistance('verlof', 'verlop')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
