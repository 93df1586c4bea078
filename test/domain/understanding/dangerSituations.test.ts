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

  it('does not read the organisation Veilig Thuis as a home someone is afraid of', () => {
    expect(situationsIn('Moeder wil geen aangifte doen omdat ze bang is dat het erger wordt. Misschien weet Veilig Thuis het al.')).not.toContain('afraid-to-go-home');
    expect(situationsIn('Ze is bang om naar huis te gaan. Thuis is het niet veilig.')).toContain('afraid-to-go-home');
  });

  it('does not read a patient who stops his own medication as someone deprived of it', () => {
    expect(situationsIn('Hij slaapt nauwelijks en neemt zijn medicatie niet meer.')).not.toContain('locked-deprived');
    expect(situationsIn('Haar zoon heeft de insuline afgepakt en ze krijgt haar medicijnen niet.')).toContain('locked-deprived');
  });

  it('does not read shame for the family on a match day as a departure abroad', () => {
    expect(situationsIn("Vader roept 'je bent een schande voor de familie'. Afgelopen zaterdag trok hij haar aan haar haren naar de auto.")).not.toContain('departure');
    expect(situationsIn('Ze gaat in de zomervakantie naar familie in het land van herkomst en moet daar blijven.')).toContain('departure');
  });
});
