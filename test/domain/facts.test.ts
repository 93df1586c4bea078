import { describe, expect, it } from 'vitest';
import {
  AcuteAdvice,
  Definitions,
  PhoneLines,
  PhoneNumbers,
  SuicideRoute,
  VeiligThuisFirstAdvice,
  VeiligThuisFirstForms,
  VeiligThuisFirstLabels,
} from '../../src/domain/facts.js';

describe('the facts module', () => {
  it('quotes the Jeugdwet: not only parents but anyone the child depends on or is not free from', () => {
    expect(Definitions.kindermishandeling.law).toBe('Jeugdwet, artikel 1.1');
    expect(Definitions.kindermishandeling.text).toContain(
      'de ouders of andere personen ten opzichte van wie de minderjarige in een relatie van afhankelijkheid of van onvrijheid staat',
    );
  });

  it('keeps 112 for direct danger to life and sends acute danger without it to Veilig Thuis', () => {
    expect(AcuteAdvice.lifeInDanger).toContain(PhoneNumbers.emergency);
    expect(AcuteAdvice.acuteWithoutLifeDanger).toContain(PhoneNumbers.veiligThuis);
    expect(AcuteAdvice.acuteWithoutLifeDanger).not.toContain(PhoneNumbers.emergency);
  });

  it('sends the Veilig Thuis-first forms to Veilig Thuis before any talk with the family, and an imminent departure is acute', () => {
    expect(VeiligThuisFirstForms.map((form) => VeiligThuisFirstLabels[form])).toHaveLength(5);
    expect(VeiligThuisFirstAdvice.contactFirst).toContain(`Neem eerst contact op met Veilig Thuis (${PhoneNumbers.veiligThuis})`);
    expect(VeiligThuisFirstAdvice.noFamilyConversation).toMatch(/^Bespreek je zorg niet eerst met de ouders of de familie/);
    expect(VeiligThuisFirstAdvice.imminentDeparture).toContain('Dan is het acuut');
    expect(VeiligThuisFirstAdvice.sexualAbuseByCarer).toContain('Spreek een vermoedelijke dader nooit zelf aan.');
  });

  it('gives 113 for suicide, with 112 only when a life is in danger now, and Veilig Thuis only for an unsafe home', () => {
    expect(PhoneLines.suicidePrevention).toContain(`${PhoneNumbers.suicidePrevention} of ${PhoneNumbers.suicidePreventionFree}`);
    expect(SuicideRoute.lifeInDanger).toContain(PhoneNumbers.emergency);
    expect(SuicideRoute.veiligThuisOnlyIfUnsafeHome).toContain('als de thuissituatie onveilig is');
  });
});
