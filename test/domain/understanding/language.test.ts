import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/domain/understanding/language.js';

describe('detectLanguage', () => {
  it('reads Turkish by its own letters, even when few of its words are function words', () => {
    expect(detectLanguage('Merhaba, komşumun çocukları her gece bağırıyor ve ağlıyor. Kime başvurabilirim?')).toBe('tr');
  });

  it('reads Polish by its own letters', () => {
    expect(detectLanguage('Dzień dobry, sąsiad bije żonę, co mam zrobić?')).toBe('pl');
  });

  it('keeps a Dutch message with a Turkish or Polish name Dutch', () => {
    expect(detectLanguage('Ayşe heeft weer blauwe plekken op haar arm, wat moet ik doen?')).toBe('nl');
    expect(detectLanguage('Wiesław zegt dat zijn moeder hem slaat')).toBe('nl');
  });

  it('reads an English question about calling in English as English', () => {
    expect(detectLanguage('Is it possible to call Veilig Thuis in English?')).toBe('en');
  });

  it('reads Polish and German typed without their own letters by their everyday words', () => {
    expect(detectLanguage('dzien dobry, prosze o pomoc, moja corka')).toBe('pl');
    expect(detectLanguage('Hallo, kann ich auch auf Deutsch schreiben?')).toBe('de');
  });
});
