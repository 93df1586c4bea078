import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessAcuteDanger } from '../../../src/domain/acuteDanger.js';
import { controlWordOf } from '../../../src/domain/understanding/control.js';
import { detectLanguage } from '../../../src/domain/understanding/language.js';

/**
 * Blind set A, written by a helper who never saw src/ or test/. Measured first on the unchanged code
 * (acute first 31/66, false alarms 3/66) and on the new word lists before any tuning (51/66, 8/66);
 * after that it was used for development, so these figures no longer predict new wording: the
 * held-out set B does (npm run eval:understanding).
 */
const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/understanding/setA');
const read = (name: string) =>
  readFileSync(path.join(dir, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string; category?: string; kind?: string });

describe('acute danger on blind set A', () => {
  const acute = read('acute');
  const calm = [...read('calm'), ...read('knowledge')];

  it('recognises at least 95% of the acute messages, in every category', () => {
    const missed = acute.filter((m) => !assessAcuteDanger(m.text).acute);
    expect(missed.map((m) => `${m.category}: ${m.text}`)).toEqual([]);
  });

  it('raises no alarm on more than 5% of the calm and knowledge questions', () => {
    const alarms = calm.filter((m) => assessAcuteDanger(m.text).acute);
    expect(alarms.length / calm.length, alarms.map((m) => m.text).join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('marks every suicide message as suicide, so 113 is shown', () => {
    const suicide = acute.filter((m) => m.category === 'suicide');
    expect(suicide.filter((m) => !assessAcuteDanger(m.text).signals.includes('suicide')).map((m) => m.text)).toEqual([]);
  });
});

describe('reading the realistic messages of blind set A', () => {
  const realistic = read('realistic');

  it('tells English and other languages from Dutch', () => {
    for (const m of realistic.filter((r) => r.kind === 'english' || r.kind === 'other-language')) expect(detectLanguage(m.text), m.text).not.toBe('nl');
    for (const m of realistic.filter((r) => r.kind === 'long-worry' || r.kind === 'typo-question')) expect(detectLanguage(m.text), m.text).toBe('nl');
  });

  it('recognises short small talk and control words', () => {
    const short = realistic.filter((r) => (r.kind === 'smalltalk' || r.kind === 'control') && r.text.split(/\s+/).length <= 6);
    expect(short.length).toBeGreaterThan(5);
    for (const m of short) expect(controlWordOf(m.text), m.text).toBeDefined();
  });
});
