import { describe, expect, it } from 'vitest';
import { dangerSituationsIn } from '../../../src/domain/understanding/dangerSituations.js';
import { normaliseText, sentencesOf } from '../../../src/domain/understanding/text.js';

const situationsIn = (text: string) => dangerSituationsIn(sentencesOf(normaliseText(text)));

describe('the situation reader', () => {
  it('reads a child afraid to go home', () => {
    expect(situationsIn('Hij is bang om naar huis te gaan, want thuis wordt er geslagen.')).toContain('afraid-to-go-home');
  });

  it('does not read fear of losing someone as fear of going home', () => {
    expect(situationsIn('Mevrouw is erg gehecht aan haar zoon en bang dat hij weer vertrekt. Als hij thuis is zegt ze bijna niets.')).not.toContain('afraid-to-go-home');
  });
});
