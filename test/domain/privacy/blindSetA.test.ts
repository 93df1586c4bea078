import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation, readLabelledSet } from '../../../scripts/evalPrivacy.js';

/**
 * Blind set A: sentences written by a helper who had not seen the guard (December 2026), kept here
 * unedited. The guard was tuned on it after its first-pass measurement (names 68.4% recall, 0%
 * false alarms), so this test guards against regressions; a held-out set B gives the honest figure.
 */
describe('privacy guard on blind set A', async () => {
  const result = evaluate(await readLabelledSet(path.join(import.meta.dirname, 'blindSetA')), new Date('2026-12-02T12:00:00Z'));
  console.log(formatEvaluation(result));

  it('catches at least 95% of the names', () => {
    expect(result.perKind.name.caught / result.perKind.name.items).toBeGreaterThanOrEqual(0.95);
  });

  it('catches every BSN, phone number, e-mail address, date of birth and address', () => {
    for (const kind of ['bsn', 'phone', 'email', 'birthdate', 'address'] as const) expect(result.perKind[kind].caught, kind).toBe(result.perKind[kind].items);
  });

  it('raises a false alarm on at most 5% of the clean sentences', () => {
    expect(result.falseAlarms / result.negatives).toBeLessThanOrEqual(0.05);
  });
});
