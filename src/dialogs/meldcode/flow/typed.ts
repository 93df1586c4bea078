import type { QuestionView } from './types.js';

/** What a typed message means while the walk waits for an answer. */
export type TypedIntent = { kind: 'choose'; choiceId: string } | { kind: 'back' } | { kind: 'stop' };

const BACK = new Set(['terug', 'ga terug', 'vorige', 'vorige stap']);
const STOP = new Set(['stop', 'stoppen', 'annuleren', 'annuleer', 'afbreken']);
const YES = new Set(['ja', 'jawel', 'jazeker', 'ja hoor', 'klopt', 'yes']);
const NO = new Set(['nee', 'neen', 'nee hoor', 'no']);
const UNKNOWN = new Set(['weet ik niet', 'ik weet het niet', 'weet niet', 'geen idee', 'twijfel', 'ik twijfel', 'weet ik nog niet']);

/** Lower case, without quotes, end punctuation or double spaces. */
export function normaliseTyped(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’“”"']/g, '')
    .replace(/[\s.!?,;:]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A plain "ja" or "nee", e.g. to a confirmation. */
export function isYes(text: string): boolean {
  return YES.has(normaliseTyped(text));
}
export function isNo(text: string): boolean {
  return NO.has(normaliseTyped(text));
}

/**
 * Reads "ja", "nee", "weet ik niet", the text of an option, "terug" or "stop"/"annuleren" as an
 * answer to the question on screen. Undefined when the text is none of these (then it is a question
 * for the knowledge base, not an answer).
 */
export function readTypedAnswer(view: QuestionView, text: string): TypedIntent | undefined {
  const typed = normaliseTyped(text);
  if (typed === '') return undefined;
  if (BACK.has(typed)) return { kind: 'back' };
  if (STOP.has(typed)) return { kind: 'stop' };
  const labelled = view.choices.map((c) => ({ id: c.id, label: normaliseTyped(c.label) }));
  const pick = (ids: string[], firstWord: RegExp, phrase?: RegExp) =>
    labelled.find((c) => ids.includes(c.id)) ?? labelled.find((c) => firstWord.test(c.label) || (phrase?.test(c.label) ?? false));
  const byWord = YES.has(typed)
    ? pick(['yes'], /^ja\b/)
    : NO.has(typed)
      ? pick(['no'], /^nee\b/)
      : UNKNOWN.has(typed)
        ? pick(['unknown', 'doubt'], /^weet ik/, /weet ik (nog )?niet|twijfel/)
        : undefined;
  if (byWord) return { kind: 'choose', choiceId: byWord.id };
  const exact = labelled.find((c) => c.label === typed);
  if (exact) return { kind: 'choose', choiceId: exact.id };
  if (typed.length < 5) return undefined;
  const starts = labelled.filter((c) => c.label.startsWith(typed));
  return starts.length === 1 ? { kind: 'choose', choiceId: starts[0]!.id } : undefined;
}
