import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessAcuteDanger } from '../../../src/domain/acuteDanger.js';

/**
 * Blind set C, written on 2026-12-03 by a helper who never saw src/ or test/. First pass on the code
 * of that morning (npm run eval:understanding): acute first 41/66, false alarms 13/66 on calm and
 * 4/44 on knowledge questions. The guards for training, fiction, statistics and "stel dat", and the
 * situation word lists, were then widened with its help (acute 61/66 after), so set C is development
 * data now: these floors keep what was won and say nothing about new wording (a fresh blind set does).
 */
const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/understanding/setC');
const read = (name: string) =>
  readFileSync(path.join(dir, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string; category?: string });

describe('acute danger on blind set C', () => {
  it('raises the alarm on no more calm and knowledge questions than after this round (8 of 110)', () => {
    const calm = [...read('calm'), ...read('knowledge')];
    const alarms = calm.filter((m) => assessAcuteDanger(m.text).acute);
    expect(alarms.length, alarms.map((m) => m.text).join('\n')).toBeLessThanOrEqual(8);
  });

  it('keeps quiet on a training, a book, a series, a statistic and a "stel dat" question', () => {
    for (const id of ['C-calm-01', 'C-calm-05', 'C-calm-13', 'C-calm-18', 'C-calm-38', 'C-calm-43', 'C-calm-47', 'C-calm-49']) {
      const m = read('calm').find((r) => r.id === id)!;
      expect(assessAcuteDanger(m.text).acute, m.text).toBe(false);
    }
  });

  it('recognises no fewer acute messages than after this round (61 of 66)', () => {
    const found = read('acute').filter((m) => assessAcuteDanger(m.text).acute);
    expect(found.length).toBeGreaterThanOrEqual(61);
  });
});
