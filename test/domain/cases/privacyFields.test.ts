import { describe, expect, it } from 'vitest';
import { confirmHandover, returnToVeiligThuis } from '../../../src/domain/cases/decisions.js';
import { validateCaseIntake } from '../../../src/domain/cases/intake.js';
import { aCase, anIntake, gemeenteMedewerker, testRegion } from './fixtures.js';

const NOW = '2026-11-24T09:00:00Z';
const confirmInput = { casusregisseur: 'Marieke Janssen', betrokkenenGeinformeerd: true };

describe('free-text fields of a handover go through the privacy guard', () => {
  it.each([
    ['team', 'BSN 111222333'],
    ['team', 'Gezin op Akerstraat 12'],
    ['procesregisseur', 'bel moeder 06-12345678'],
    ['casusregisseur', 'moeder@gmail.com'],
  ])('refuses the confirm form when %s holds client data (%s)', (field, value) => {
    const result = confirmHandover(aCase(), gemeenteMedewerker, { ...confirmInput, [field]: value }, NOW);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-input' });
    const problems = JSON.stringify((result as { problems?: unknown }).problems);
    expect(problems).toContain('identificerende gegevens');
    expect(problems).not.toContain(value);
  });

  it('accepts the names of professionals and teams in the confirm form', () => {
    const result = confirmHandover(aCase(), gemeenteMedewerker, { ...confirmInput, procesregisseur: 'Jan de Vries', team: 'Wijkteam Heerlen-Noord' }, NOW);
    expect(result.ok).toBe(true);
  });

  it('refuses a return reason that names the child', () => {
    const result = returnToVeiligThuis(aCase(), gemeenteMedewerker, 'Moeder van Lisa Smeets is verhuisd naar Akerstraat 12 in Sittard.', NOW);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-input' });
  });

  it.each(['06-12345678', '043 123 4567', 'frontoffice@veiligthuis.nl', 'Bel 088 123 4567'])('does not accept %s as the Veilig Thuis contact', (vtContact) => {
    const result = validateCaseIntake(testRegion(), anIntake({ vtContact }), '2026-11-24');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('Contactpersoon Veilig Thuis');
  });

  it('accepts a role or a name as the Veilig Thuis contact', () => {
    for (const vtContact of ['Medewerker frontoffice VT', 'Petra van Dijk, aandachtsfunctionaris']) {
      expect(validateCaseIntake(testRegion(), anIntake({ vtContact }), '2026-11-24').ok).toBe(true);
    }
  });
});
