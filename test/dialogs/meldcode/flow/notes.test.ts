import { describe, expect, it } from 'vitest';
import { cleanNote, maskedKindsText } from '../../../../src/dialogs/meldcode/flow/notes.js';

const now = new Date('2026-11-12T13:05:00Z');

describe('cleanNote', () => {
  it('keeps a note without identifying data as written, trimmed', () => {
    expect(cleanNote('  Blauwe plek op de arm,\n maandag. ', now)).toEqual({ note: 'Blauwe plek op de arm, maandag.', masked: [] });
  });

  it('masks a phone number and a BSN and says what was masked', () => {
    const result = cleanNote('Belde vanaf 06-12345678, BSN 111222333.', now);
    expect(result.note).not.toContain('12345678');
    expect(result.note).not.toContain('111222333');
    expect(result.masked).toEqual(expect.arrayContaining(['phone', 'bsn']));
    expect(maskedKindsText(result.masked)).toMatch(/een telefoonnummer/);
  });

  it('stores nothing for an empty note and cuts a long one', () => {
    expect(cleanNote('   ', now)).toEqual({ masked: [] });
    expect(cleanNote('x'.repeat(900), now).note).toHaveLength(500);
  });
});
