import { describe, expect, it } from 'vitest';
import type { HandoverCase } from '../../../src/domain/cases/case.js';
import { agreeTriage, proposeTriage } from '../../../src/domain/cases/triageDecisions.js';
import { aCase, testRegion } from './fixtures.js';

const region = testRegion();
const vt = { aadId: 'aad-advisor', name: 'Adviseur VT' };
const vt2 = { aadId: 'aad-coordinator', name: 'Coördinator VT' };
const gemeente = { aadId: 'aad-heerlen-1', name: 'Consulent Heerlen' };
const AT = '2026-11-25T09:00:00.000Z';
const LATER = '2026-11-25T09:05:00.000Z';

function aMelding(): HandoverCase {
  const { route: _r, beoordeeldOn: _b, veiligheidsplan: _v, betrokkenenGeinformeerd: _i, ...c } = aCase();
  return { ...c, status: 'none', stage: 'melding', stages: [{ stage: 'melding', at: '2026-11-24T09:00:00.000Z' }] };
}

function proposed(option = 'vt-onderzoek', side: 'veilig-thuis' | 'gemeente' = 'veilig-thuis'): HandoverCase {
  const r = proposeTriage(aMelding(), side === 'veilig-thuis' ? vt : gemeente, side, { option }, AT, region);
  if (!r.ok) throw new Error('expected the proposal to be saved');
  return r.next;
}

describe('a joint triage decision', () => {
  it('records a proposal and waits for the other side: the case stays a melding', () => {
    const c = proposed();
    expect(c.stage).toBe('melding');
    expect(c.triage).toEqual({ proposal: { option: 'vt-onderzoek', side: 'veilig-thuis', byAadId: 'aad-advisor', byName: 'Adviseur VT', at: AT }, proposals: 1 });
  });

  it('decides when the gemeente agrees with what it saw, and moves the case into Veilig Thuis’s werkvoorraad', () => {
    const r = agreeTriage(proposed(), gemeente, 'gemeente', { option: 'vt-onderzoek', at: AT }, LATER, region);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.next).toMatchObject({ stage: 'werkvoorraad', vtStep: 'onderzoek', status: 'none' });
    expect(r.next.triage?.decision).toMatchObject({ option: 'vt-onderzoek', byName: 'Adviseur VT', agreedByName: 'Consulent Heerlen', agreedAt: LATER });
  });

  it('does not let one side agree with itself, not even another person of that side', () => {
    expect(agreeTriage(proposed(), vt2, 'veilig-thuis', { option: 'vt-onderzoek', at: AT }, LATER, region)).toMatchObject({ ok: false, reason: 'same-side' });
  });

  it('refuses an agreement to a proposal that changed after the card was shown', () => {
    const changed = proposeTriage(proposed(), gemeente, 'gemeente', { option: 'gezamenlijke-aanpak' }, LATER, region);
    expect(changed).toMatchObject({ ok: true, decided: false });
    if (!changed.ok) return;
    expect(changed.next.triage?.proposals).toBe(2);
    expect(agreeTriage(changed.next, vt, 'veilig-thuis', { option: 'vt-onderzoek', at: AT }, LATER, region)).toMatchObject({ ok: false, reason: 'proposal-changed' });
  });

  it('decides at once when the other side proposes the same', () => {
    const r = proposeTriage(proposed('geen-vervolg'), gemeente, 'gemeente', { option: 'geen-vervolg' }, LATER, region);
    expect(r).toMatchObject({ ok: true, decided: true });
    expect(r.ok && r.next.stage).toBe('afgesloten');
  });

  it('puts a directe overdracht on the next routeertafel as an open handover', () => {
    const r = agreeTriage(proposed('directe-overdracht', 'gemeente'), vt, 'veilig-thuis', { option: 'directe-overdracht', at: AT }, LATER, region);
    expect(r.ok && r.next).toMatchObject({ stage: 'overdracht', status: 'open', route: 'directe-overdracht', tableWeek: '2026-W49' });
  });

  it('decides once: a second agreement is refused with the decision as it stands', () => {
    const first = agreeTriage(proposed(), gemeente, 'gemeente', { option: 'vt-onderzoek', at: AT }, LATER, region);
    if (!first.ok) throw new Error('expected the first agreement to decide');
    const second = agreeTriage(first.next, { aadId: 'aad-heerlen-2', name: 'Tweede consulent' }, 'gemeente', { option: 'vt-onderzoek', at: AT }, LATER, region);
    expect(second).toMatchObject({ ok: false, reason: 'already-recorded' });
    expect(second.ok === false && second.current.triage?.decision?.agreedByName).toBe('Consulent Heerlen');
  });

  it('needs a reason for "anders", and refuses one that identifies a client', () => {
    expect(proposeTriage(aMelding(), vt, 'veilig-thuis', { option: 'anders' }, AT, region)).toMatchObject({ ok: false, reason: 'invalid-input', problems: [{ field: 'reason' }] });
    const pii = proposeTriage(aMelding(), vt, 'veilig-thuis', { option: 'anders', reason: 'Eerst bellen met moeder op 06-12345678' }, AT, region);
    expect(pii).toMatchObject({ ok: false, reason: 'invalid-input' });
    expect(JSON.stringify(pii.ok === false && pii.problems)).not.toContain('06-12345678');
  });

  it('takes no proposal on a case that is past triage', () => {
    expect(proposeTriage(aCase(), vt, 'veilig-thuis', { option: 'vt-onderzoek' }, AT, region)).toMatchObject({ ok: false, reason: 'not-at-triage' });
  });
});
