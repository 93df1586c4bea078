import { describe, expect, it } from 'vitest';
import { CaseIntakeSchema, caseIntakeSchema, RouteLabels, validateCaseIntake } from '../../../src/domain/cases/intake.js';
import { anIntake, testRegion } from './fixtures.js';

const region = testRegion();
const TODAY = '2026-11-20';

function problemsOf(input: unknown, today = TODAY) {
  const result = validateCaseIntake(region, input, today);
  if (result.ok) throw new Error('expected the intake to be refused');
  return result.problems;
}

describe('validateCaseIntake', () => {
  it('accepts a complete pseudonymous handover', () => {
    expect(validateCaseIntake(region, anIntake(), TODAY)).toEqual({ ok: true, value: anIntake() });
  });

  it('writes the gemeente as the region spells it and trims text', () => {
    const result = validateCaseIntake(region, { ...anIntake(), gemeente: '  valkenburg AAN de geul ', reference: ' VT-1/2026_a.b ' }, TODAY);
    expect(result).toMatchObject({ ok: true, value: { gemeente: 'Valkenburg aan de Geul', reference: 'VT-1/2026_a.b' } });
  });

  it('accepts ja/nee and true/false text for the yes/no fields, as cards and CSV send them', () => {
    const result = validateCaseIntake(region, { ...anIntake(), urgent: 'ja', veiligheidsplan: 'Nee', betrokkenenGeinformeerd: 'true' }, TODAY);
    expect(result).toMatchObject({ ok: true, value: { urgent: true, veiligheidsplan: false, betrokkenenGeinformeerd: true } });
  });

  it('lists every problem at once, each with its API field name', () => {
    const problems = problemsOf({
      reference: 'a b',
      gemeente: 'Venlo',
      route: 'overdracht',
      urgent: 'misschien',
      meldingOn: '2026-02-30',
      beoordeeldOn: '2026-12-01',
      veiligheidsplan: true,
      betrokkenenGeinformeerd: false,
      vtContact: '',
    });
    expect(problems.map((p) => p.field)).toEqual([
      'reference', 'gemeente', 'route', 'urgent', 'meldingOn', 'beoordeeldOn', 'summary', 'vtContact',
    ]);
    expect(problems.find((p) => p.field === 'gemeente')?.message).toBe(
      '"Venlo" is geen gemeente van regio Zuid-Limburg. Kies een van de 16 gemeenten.',
    );
    expect(problems.find((p) => p.field === 'summary')?.message).toBe('Samenvatting is verplicht.');
    expect(problems.find((p) => p.field === 'beoordeeldOn')?.message).toBe('Datum veiligheidsbeoordeling ligt in de toekomst.');
  });

  it('refuses a veiligheidsbeoordeling dated before the melding', () => {
    expect(problemsOf(anIntake({ meldingOn: '2026-11-16', beoordeeldOn: '2026-11-15' }))).toEqual([
      { field: 'beoordeeldOn', message: 'De veiligheidsbeoordeling kan niet vóór de datum van de melding liggen.' },
    ]);
  });

  it('allows a melding and beoordeling dated today, but not tomorrow', () => {
    expect(validateCaseIntake(region, anIntake({ meldingOn: TODAY, beoordeeldOn: TODAY }), TODAY).ok).toBe(true);
    expect(problemsOf(anIntake({ meldingOn: '2026-11-21', beoordeeldOn: '2026-11-21' })).map((p) => p.field)).toEqual([
      'meldingOn',
      'beoordeeldOn',
    ]);
  });

  it('refuses a summary with identifying data and names the kinds without repeating them', () => {
    const summary = 'Moeder Maria de Vries, bereikbaar via maria@voorbeeld.nl of 06-12345678.';
    const [problem, ...rest] = problemsOf(anIntake({ summary }));
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      field: 'summary',
      message:
        'De samenvatting lijkt identificerende gegevens te bevatten (telefoonnummer, e-mailadres en naam). ' +
        'Haal die weg: gebruik alleen het VT-registratienummer om de casus aan te duiden.',
    });
    expect(problem!.message).not.toContain('maria@voorbeeld.nl');
    expect(problem!.message).not.toContain('Maria de Vries');
  });

  it('refuses a BSN, an address with postcode and a date of birth in the summary', () => {
    const [problem] = problemsOf(anIntake({ summary: 'BSN 123456782, Kerkstraat 12, 6411 AB Heerlen, geboren 12-03-2015.' }));
    expect(problem!.message).toContain('(BSN, postcode, geboortedatum en adres)');
  });

  it('limits the summary to 500 characters and the VT contact to 80', () => {
    const problems = problemsOf(anIntake({ summary: 'x'.repeat(501), vtContact: 'y'.repeat(81) }));
    expect(problems).toEqual([
      { field: 'summary', message: 'Samenvatting mag hoogstens 500 tekens hebben.' },
      { field: 'vtContact', message: 'Contactpersoon Veilig Thuis mag hoogstens 80 tekens hebben.' },
    ]);
  });

  it('explains a missing yes/no field', () => {
    const { urgent: _urgent, ...withoutUrgent } = anIntake();
    expect(problemsOf(withoutUrgent)).toEqual([{ field: 'urgent', message: 'Spoed is verplicht (ja of nee).' }]);
  });

  it('treats null as a missing value', () => {
    expect(problemsOf({ ...anIntake(), summary: null })).toEqual([{ field: 'summary', message: 'Samenvatting is verplicht.' }]);
  });

  it('refuses input that is not an object', () => {
    expect(problemsOf('VT-1')).toEqual([{ field: '', message: 'De overdracht moet een object met velden zijn.' }]);
    expect(problemsOf(null)).toHaveLength(1);
  });
});

describe('intake schemas', () => {
  it('checks formats, date order and privacy without a region', () => {
    expect(CaseIntakeSchema.safeParse(anIntake({ gemeente: 'Venlo' })).success).toBe(true);
    expect(CaseIntakeSchema.safeParse(anIntake({ summary: 'Mail naar a@b.nl' })).success).toBe(false);
    expect(CaseIntakeSchema.safeParse(anIntake({ beoordeeldOn: '2026-11-01' })).success).toBe(false);
  });

  it('checks the gemeente and "today" with the region factory', () => {
    const schema = caseIntakeSchema(region, TODAY);
    expect(schema.parse(anIntake({ gemeente: 'HEERLEN' })).gemeente).toBe('Heerlen');
    expect(schema.safeParse(anIntake({ gemeente: 'Venlo' })).success).toBe(false);
    expect(schema.safeParse(anIntake({ meldingOn: '2026-12-01', beoordeeldOn: '2026-12-01' })).success).toBe(false);
  });
});

describe('RouteLabels', () => {
  it('names the three handover routes in Dutch', () => {
    expect(RouteLabels).toEqual({
      'directe-overdracht': 'Directe overdracht na veiligheidsbeoordeling',
      'na-voorwaarden-en-vervolg': 'Na voorwaarden en vervolg',
      'na-onderzoek': 'Na onderzoek',
    });
  });
});

describe('validateCaseIntake at a stage', () => {
  const region = testRegion();
  const { route: _r, beoordeeldOn: _b, veiligheidsplan: _v, betrokkenenGeinformeerd: _i, ...melding } = anIntake();

  it('takes a melding without the handover fields, which stay unknown', () => {
    const result = validateCaseIntake(region, { ...melding, stage: 'Melding' }, '2026-11-25');
    expect(result).toEqual({ ok: true, value: { ...melding, stage: 'melding' } });
  });

  it('still needs the handover fields for a handover, with or without the stage', () => {
    for (const input of [melding, { ...melding, stage: 'overdracht' }]) {
      const result = validateCaseIntake(region, input, '2026-11-25');
      expect(result.ok === false && result.problems.map((p) => p.field).sort()).toEqual(['beoordeeldOn', 'betrokkenenGeinformeerd', 'route', 'veiligheidsplan']);
    }
  });

  it('names the stages it knows, and takes Veilig Thuis’s step only in the werkvoorraad', () => {
    const unknown = validateCaseIntake(region, { ...melding, stage: 'monitoring' }, '2026-11-25');
    expect(unknown.ok === false && unknown.problems[0]).toEqual({ field: 'stage', message: 'Fase moet een van de volgende zijn: melding, werkvoorraad, overdracht.' });
    const misplaced = validateCaseIntake(region, { ...melding, stage: 'melding', vtStep: 'onderzoek' }, '2026-11-25');
    expect(misplaced.ok === false && misplaced.problems.map((p) => p.field)).toEqual(['vtStep']);
    expect(validateCaseIntake(region, { ...melding, stage: 'werkvoorraad', vtStep: 'onderzoek' }, '2026-11-25').ok).toBe(true);
  });
});
