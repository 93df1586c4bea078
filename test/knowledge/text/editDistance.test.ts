import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/knowledge/text/editDistance.js';

describe('editDistance', () => {
  it('counts a letter added, left out or changed as one edit', () => {
    expect(editDistance('meldcoode', 'meldcode')).toBe(1);
    expect(editDistance('stapen', 'stappen')).toBe(1);
    expect(editDistance('kindchek', 'kindcheck')).toBe(1);
  });

  it('counts two neighbouring letters swapped as one edit', () => {
    expect(editDistance('gewled', 'geweld')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('is zero only for the same word', () => {
    expect(editDistance('melden', 'melden')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
