import { describe, expect, it } from 'vitest';
import { CaseStages, enteredAt, mayMove, moveTo } from '../../../src/domain/cases/lifecycle.js';
import { confirmHandover, recordMonitoringAnswer, returnToVeiligThuis } from '../../../src/domain/cases/decisions.js';
import { aCase, gemeenteMedewerker } from './fixtures.js';

const NOW = '2026-11-25T09:00:00.000Z';

describe('the case lifecycle', () => {
  it('ends at afgesloten: nothing moves a closed case', () => {
    for (const to of CaseStages) expect(mayMove('afgesloten', to)).toBe(false);
  });

  it('never jumps from a melding straight to monitoring, nor from an open handover to afgesloten', () => {
    expect(mayMove('melding', 'monitoring')).toBe(false);
    expect(mayMove('overdracht', 'afgesloten')).toBe(false);
    expect(() => moveTo(aCase(), 'afgesloten', NOW)).toThrow(RangeError);
  });

  it('keeps every move in the history, with Veilig Thuis’s step in the werkvoorraad', () => {
    const melding = { ...aCase(), stage: 'melding' as const, stages: [{ stage: 'melding' as const, at: '2026-11-20T09:00:00.000Z' }] };
    const moved = moveTo(moveTo(melding, 'werkvoorraad', NOW, 'onderzoek'), 'overdracht', '2026-12-01T09:00:00.000Z');
    expect(moved.stages.map((s) => s.stage)).toEqual(['melding', 'werkvoorraad', 'overdracht']);
    expect(moved.stages[1]).toEqual({ stage: 'werkvoorraad', at: NOW, vtStep: 'onderzoek' });
    expect(moved.vtStep).toBeUndefined();
    expect(enteredAt(moved, 'overdracht')).toBe('2026-12-01T09:00:00.000Z');
  });

  it('moves a confirmed handover into monitoring and a returned one back to the werkvoorraad', () => {
    const confirmed = confirmHandover(aCase(), gemeenteMedewerker, { casusregisseur: 'Wijkteam', betrokkenenGeinformeerd: 'ja' }, NOW);
    const returned = returnToVeiligThuis(aCase(), gemeenteMedewerker, 'Past niet bij het lokale team', NOW);
    expect(confirmed.ok && confirmed.next.stage).toBe('monitoring');
    expect(returned.ok && returned.next.stage).toBe('werkvoorraad');
  });

  it('closes a case once monitoring says geborgd, and brings it back to Veilig Thuis on nieuwe zorgen', () => {
    const inMonitoring = aCase({ status: 'confirmed', confirmation: { byAadId: 'a', byName: 'b', casusregisseur: 'c', betrokkenenGeinformeerd: true, at: NOW }, monitoring: { dueAt: NOW, askedAt: NOW } });
    const geborgd = recordMonitoringAnswer(inMonitoring, gemeenteMedewerker, 'geborgd', true, '2026-12-02T09:00:00.000Z');
    const zorgen = recordMonitoringAnswer(inMonitoring, gemeenteMedewerker, 'nieuwe-zorgen', false, '2026-12-02T09:00:00.000Z');
    const loopt = recordMonitoringAnswer(inMonitoring, gemeenteMedewerker, 'loopt-nog', false, '2026-12-02T09:00:00.000Z');
    expect(geborgd.ok && geborgd.next.stage).toBe('afgesloten');
    expect(zorgen.ok && zorgen.next.stage).toBe('werkvoorraad');
    expect(loopt.ok && loopt.next.stage).toBe('monitoring');
  });

  it('refuses to confirm a case that was never handed over', () => {
    const melding = { ...aCase(), status: 'none' as const, stage: 'melding' as const, stages: [{ stage: 'melding' as const, at: NOW }] };
    expect(confirmHandover(melding, gemeenteMedewerker, { casusregisseur: 'Wijkteam', betrokkenenGeinformeerd: 'ja' }, NOW)).toMatchObject({ ok: false, reason: 'not-open' });
  });
});
