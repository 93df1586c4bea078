import { describe, expect, it } from 'vitest';
import { accelerationCounts, answerAcceleration, daysInWerkvoorraad, offerAcceleration, werkvoorraadOf } from '../../../src/domain/cases/werkvoorraad.js';
import { aCase } from './fixtures.js';

const NOW = '2026-11-30T10:00:00.000Z';
const gemeente = { aadId: 'aad-g', name: 'Consulent Heerlen' };
const vt = { aadId: 'aad-vt', name: 'Adviseur VT' };
const inWerkvoorraad = (overrides = {}) =>
  aCase({ stage: 'werkvoorraad', status: 'none', vtStep: 'onderzoek', stages: [{ stage: 'werkvoorraad', at: '2026-11-20T09:00:00.000Z', vtStep: 'onderzoek' }], ...overrides });

function offered() {
  const r = offerAcceleration(inWerkvoorraad(), gemeente, 'gemeente', { who: 'Wijkteam Heerlen-Noord', what: 'opvoedondersteuning thuis, twee keer per week' }, NOW);
  if (!r.ok) throw new Error(r.reason);
  return r.next;
}

describe('hulp versneld starten', () => {
  it('records the gemeente’s offer of who starts which help, and waits for Veilig Thuis', () => {
    const c = offered();
    expect(c.acceleration).toMatchObject({ offer: { who: 'Wijkteam Heerlen-Noord', byAadId: 'aad-g', at: NOW }, offers: 1 });
    expect(c.acceleration?.answer).toBeUndefined();
    expect(c.version).toBe(2);
  });

  it('lets only the gemeente offer, only for a case in the werkvoorraad, one offer at a time', () => {
    const input = { who: 'Wijkteam', what: 'gezinscoaching' };
    expect(offerAcceleration(inWerkvoorraad(), vt, 'veilig-thuis', input, NOW)).toMatchObject({ ok: false, reason: 'wrong-side' });
    expect(offerAcceleration(aCase(), gemeente, 'gemeente', input, NOW)).toMatchObject({ ok: false, reason: 'not-in-werkvoorraad' });
    expect(offerAcceleration(offered(), gemeente, 'gemeente', input, NOW)).toMatchObject({ ok: false, reason: 'offer-pending' });
  });

  it('refuses an offer without who or what, or with client data in it', () => {
    expect(offerAcceleration(inWerkvoorraad(), gemeente, 'gemeente', { who: '', what: 'hulp' }, NOW)).toMatchObject({ ok: false, reason: 'invalid-input' });
    const withBsn = offerAcceleration(inWerkvoorraad(), gemeente, 'gemeente', { who: 'Wijkteam', what: 'hulp voor moeder, BSN 111222333' }, NOW);
    expect(withBsn).toMatchObject({ ok: false, reason: 'invalid-input' });
  });

  it('lets only Veilig Thuis accept, and asks a reason to decline; a declined offer may be followed by a new one', () => {
    const c = offered();
    expect(answerAcceleration(c, gemeente, 'gemeente', { accepted: true }, NOW)).toMatchObject({ ok: false, reason: 'wrong-side' });
    expect(answerAcceleration(c, vt, 'veilig-thuis', { accepted: false, reason: '' }, NOW)).toMatchObject({ ok: false, reason: 'invalid-input' });
    const declined = answerAcceleration(c, vt, 'veilig-thuis', { accepted: false, reason: 'Eerst het onderzoek afronden.' }, NOW);
    if (!declined.ok) throw new Error(declined.reason);
    expect(declined.next.acceleration?.answer).toMatchObject({ accepted: false, reason: 'Eerst het onderzoek afronden.', byAadId: 'aad-vt' });
    const again = offerAcceleration(declined.next, gemeente, 'gemeente', { who: 'Wijkteam', what: 'gezinscoaching' }, NOW);
    expect(again).toMatchObject({ ok: true, next: { acceleration: { offers: 2 } } });
    const accepted = answerAcceleration(c, vt, 'veilig-thuis', { accepted: true }, NOW);
    expect(accepted).toMatchObject({ ok: true, next: { acceleration: { answer: { accepted: true } } } });
    if (accepted.ok) expect(answerAcceleration(accepted.next, vt, 'veilig-thuis', { accepted: false, reason: 'toch niet' }, NOW)).toMatchObject({ ok: false, reason: 'already-recorded' });
  });

  it('counts offers by where they stand', () => {
    const c = offered();
    const accepted = answerAcceleration(c, vt, 'veilig-thuis', { accepted: true }, NOW);
    if (!accepted.ok) throw new Error();
    expect(accelerationCounts([c, accepted.next, inWerkvoorraad()])).toEqual({ offered: 2, accepted: 1, declined: 0, waiting: 1 });
  });
});

describe('the werkvoorraad of a gemeente', () => {
  it('holds only cases in the werkvoorraad, longest waiting first, counted from when they entered it', () => {
    const older = inWerkvoorraad({ reference: 'VT-OLD', stages: [{ stage: 'werkvoorraad', at: '2026-11-02T09:00:00.000Z' }] });
    const newer = inWerkvoorraad({ reference: 'VT-NEW' });
    expect(werkvoorraadOf([newer, aCase(), older], new Date(NOW), 'Europe/Amsterdam').map((c) => c.reference)).toEqual(['VT-OLD', 'VT-NEW']);
    expect(daysInWerkvoorraad(older, new Date(NOW), 'Europe/Amsterdam')).toBe(28);
  });
});
