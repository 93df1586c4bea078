import { describe, expect, it } from 'vitest';
import { rememberLast } from '../../src/core/rememberLast.js';

describe('a function that remembers its last answer', () => {
  it('computes a text once when asked for it twice in a row, and again for another text', () => {
    const seen: string[] = [];
    const length = rememberLast((text) => {
      seen.push(text);
      return text.length;
    });
    expect([length('hallo'), length('hallo'), length('dag'), length('hallo')]).toEqual([5, 5, 3, 5]);
    expect(seen).toEqual(['hallo', 'dag', 'hallo']);
  });
});
