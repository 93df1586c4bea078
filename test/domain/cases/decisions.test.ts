import { describe, expect, it } from 'vitest';
import {
  confirmHandover,
  recordEscalation,
  recordMonitoringAnswer,
  recordMonitoringAsked,
  returnToVeiligThuis,
} from '../../../src/domain/cases/decisions.js';
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import { aCase, gemeenteMedewerker } from './fixtures.js';

const NOW = '2026-11-25T10:00:00.000Z';
const collega = { aadId: 'aad-heerlen-2', name: 'Tweede consulent' };
const confirmInput = { casusregisseur: 'Wijkteam Heerlen-Noord', betrokkenenGeinformeerd: true, warmHandoverOn: '2026-12-01' };

function confirmed(): HandoverCase {
  const result = confirmHandover(aCase(), gemeenteMedewerker, confirmInput, NOW);
  if (!result.ok) throw new Error('setup failed');
  return result.next;
}

function asked(c = confirmed()): HandoverCase {
  const result = recordMonitoringAsked(c, '2027-01-06T09:00:00.000Z', '2027-01-06T09:05:00.000Z');
  if (!result.ok) throw new Error('setup failed');
  return result.next;
}

describe('confirmHandover', () => {
  it('confirms an open case with the casusregisseur and the date of the warme overdracht', () => {
    const result = confirmHandover(aCase(), gemeenteMedewerker, { ...confirmInput, procesregisseur: '', team: ' Team Noord ' }, NOW);
    expect(result).toEqual({
      ok: true,
      next: {
        ...aCase(),
        status: 'confirmed',
        confirmation: {
          byAadId: 'aad-heerlen-1',
          byName: 'Consulent Heerlen',
          casusregisseur: 'Wijkteam Heerlen-Noord',
          team: 'Team Noord',
          warmHandoverOn: '2026-12-01',
          betrokkenenGeinformeerd: true,
          at: NOW,
        },
        stage: 'monitoring',
        stages: [...aCase().stages, { stage: 'monitoring', at: NOW }],
        version: 2,
      },
    });
  });

  it('refuses a second confirmation and returns the first, so the card can say who confirmed when', () => {
    const first = confirmed();
    const second = confirmHandover(first, collega, { ...confirmInput, casusregisseur: 'Iemand anders' }, '2026-11-26T08:00:00Z');
    expect(second).toMatchObject({ ok: false, reason: 'already-confirmed' });
    expect(second.ok === false && second.current.confirmation).toMatchObject({ byName: 'Consulent Heerlen', at: NOW });
  });

  it('refuses to confirm a case that was handed back', () => {
    const back = returnToVeiligThuis(aCase(), collega, 'Hoort bij een andere gemeente', NOW);
    if (!back.ok) throw new Error('setup failed');
    expect(confirmHandover(back.next, gemeenteMedewerker, confirmInput, NOW)).toMatchObject({ ok: false, reason: 'already-returned' });
  });

  it('lists what is missing in the confirmation, in Dutch', () => {
    const result = confirmHandover(aCase(), gemeenteMedewerker, { warmHandoverOn: '1-12-2026' }, NOW);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-input' });
    expect(result.ok === false && result.problems).toEqual([
      { field: 'casusregisseur', message: 'De casusregisseur is verplicht.' },
      { field: 'warmHandoverOn', message: 'De datum van de warme overdracht moet een datum zijn als JJJJ-MM-DD.' },
      { field: 'betrokkenenGeinformeerd', message: 'Betrokkenen geïnformeerd is verplicht (ja of nee).' },
    ]);
  });
});

describe('returnToVeiligThuis', () => {
  it('hands an open case back with the reason', () => {
    const result = returnToVeiligThuis(aCase(), gemeenteMedewerker, '  Casus hoort bij Maastricht ', NOW);
    expect(result).toMatchObject({
      ok: true,
      next: { status: 'returned', returned: { byAadId: 'aad-heerlen-1', reason: 'Casus hoort bij Maastricht', at: NOW }, version: 2 },
    });
  });

  it('needs a reason of at least 5 characters', () => {
    const result = returnToVeiligThuis(aCase(), gemeenteMedewerker, 'nee', NOW);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-input', problems: [{ field: 'reason', message: 'Geef een reden op van minstens 5 tekens.' }] });
  });

  it('refuses a reason with identifying data without repeating it', () => {
    const result = returnToVeiligThuis(aCase(), gemeenteMedewerker, 'Bel moeder op 06-12345678', NOW);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.problems?.[0]?.message;
    expect(message).toContain('telefoonnummer');
    expect(message).not.toContain('06-12345678');
  });

  it('refuses to hand back a confirmed case', () => {
    expect(returnToVeiligThuis(confirmed(), gemeenteMedewerker, 'Toch niet passend', NOW)).toMatchObject({ ok: false, reason: 'already-confirmed' });
  });
});

describe('monitoring', () => {
  it('only takes an answer once the question was asked', () => {
    expect(recordMonitoringAnswer(aCase(), gemeenteMedewerker, 'geborgd', true, NOW)).toMatchObject({ ok: false, reason: 'not-confirmed' });
    expect(recordMonitoringAnswer(confirmed(), gemeenteMedewerker, 'geborgd', true, NOW)).toMatchObject({ ok: false, reason: 'not-asked' });
  });

  it('records the answer and whether the veiligheidsdoelen are in the plan', () => {
    const result = recordMonitoringAnswer(asked(), gemeenteMedewerker, 'geborgd', true, '2027-01-07T10:00:00Z');
    expect(result).toMatchObject({
      ok: true,
      newConcerns: false,
      next: {
        monitoring: {
          dueAt: '2027-01-06T09:00:00.000Z',
          askedAt: '2027-01-06T09:05:00.000Z',
          answer: 'geborgd',
          veiligheidsdoelenInPlan: true,
          answeredAt: '2027-01-07T10:00:00.000Z',
          byAadId: 'aad-heerlen-1',
        },
      },
    });
  });

  it('flags new concerns so Veilig Thuis can be alerted', () => {
    expect(recordMonitoringAnswer(asked(), gemeenteMedewerker, 'nieuwe-zorgen', false, '2027-01-07T10:00:00Z')).toMatchObject({
      ok: true,
      newConcerns: true,
    });
  });

  it('refuses a second answer to the same question', () => {
    const first = recordMonitoringAnswer(asked(), gemeenteMedewerker, 'geborgd', true, '2027-01-07T10:00:00Z');
    if (!first.ok) throw new Error('setup failed');
    expect(recordMonitoringAnswer(first.next, collega, 'nieuwe-zorgen', false, '2027-01-08T10:00:00Z')).toMatchObject({
      ok: false,
      reason: 'already-answered',
      current: { monitoring: { answer: 'geborgd' } },
    });
  });

  it('asks again after "loopt nog", but not after a final answer or while a question is open', () => {
    const stillRunning = recordMonitoringAnswer(asked(), gemeenteMedewerker, 'loopt-nog', false, '2027-01-07T10:00:00Z');
    if (!stillRunning.ok) throw new Error('setup failed');
    expect(recordMonitoringAsked(stillRunning.next, '2027-02-18T10:00:00Z', '2027-02-18T10:00:00Z').ok).toBe(true);
    expect(recordMonitoringAsked(asked(), '2027-02-18T10:00:00Z', '2027-02-18T10:00:00Z')).toMatchObject({ ok: false, reason: 'already-recorded' });
    const done = recordMonitoringAnswer(asked(), gemeenteMedewerker, 'geborgd', true, '2027-01-07T10:00:00Z');
    if (!done.ok) throw new Error('setup failed');
    expect(recordMonitoringAsked(done.next, '2027-02-18T10:00:00Z', '2027-02-18T10:00:00Z')).toMatchObject({ ok: false, reason: 'already-answered' });
  });
});

describe('recordEscalation', () => {
  it('records each level once, and only while the case is open', () => {
    const first = recordEscalation(aCase(), 'reminder', NOW);
    expect(first).toMatchObject({ ok: true, next: { escalations: [{ level: 'reminder', at: NOW }], version: 2 } });
    if (!first.ok) return;
    expect(recordEscalation(first.next, 'reminder', NOW)).toMatchObject({ ok: false, reason: 'already-recorded' });
    expect(recordEscalation(confirmed(), 'reminder', NOW)).toMatchObject({ ok: false, reason: 'not-open' });
  });
});

describe('the form of the handover', () => {
  const input = { casusregisseur: 'Wijkteam Heerlen-Noord', betrokkenenGeinformeerd: 'ja' };

  it('is recorded as the person confirming says, and left unknown when they leave it empty', () => {
    const said = confirmHandover(aCase(), gemeenteMedewerker, { ...input, handoverForm: 'driegesprek' }, NOW);
    const empty = confirmHandover(aCase(), gemeenteMedewerker, { ...input, handoverForm: '' }, NOW);
    expect(said.ok && said.next.confirmation?.handoverForm).toBe('driegesprek');
    expect(empty.ok && 'handoverForm' in empty.next.confirmation!).toBe(false);
  });

  it('is one of the three forms', () => {
    expect(confirmHandover(aCase(), gemeenteMedewerker, { ...input, handoverForm: 'per duif' }, NOW)).toMatchObject({ ok: false, reason: 'invalid-input', problems: [{ field: 'handoverForm' }] });
  });
});
