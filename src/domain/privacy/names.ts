import { FIRST_NAMES } from './firstNames.js';
import type { PiiFinding } from './types.js';

/*
 * Rule for names:
 * - A capitalised token (or part of a hyphenated one) that is in the first-name list is a name,
 *   also at the start of a sentence. A capitalised surname right after it is included in the match.
 * - A few names are also ordinary words (Ben, Wil, Roos, Max, ...). Those are only flagged when they
 *   do not start a sentence, where "Ben je ..." or "Wil je ..." would be the verb. Mid-sentence the
 *   capital gives them away, because Dutch does not capitalise nouns, months or weekdays.
 * - A title or "familie" before a capitalised word makes it a name: "mevrouw Jansen", "dhr. El Amrani",
 *   "familie Yilmaz". Role words (moeder, juf, broertje) are lowercase and not in the list.
 */
const NAMES_THAT_ARE_WORDS = new Set([
  'Ben', 'Wil', 'Lieve', 'Lies', 'Job', 'Max', 'Mees', 'Roos', 'Fleur', 'Amber', 'Iris', 'Jade', 'Merel',
  'Linde', 'Noor', 'Jet', 'Storm', 'Els', 'Can', 'Said', 'Floor', 'Lei', 'Wiel', 'Jasmijn', 'Madelief',
]);

const CAPITALISED_TOKEN = /(?<![\p{L}\p{M}\d'’-])\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const PARTICLES = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Hh]et|[Tt]er|[Tt]en|[Tt]e|[Ee]l|[Aa]l|[Bb]en|[Oo]p|'t)";
const SURNAME = `(?:\\s+(?:${PARTICLES}\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’]+(?:-\\p{Lu}[\\p{L}\\p{M}'’]+)?)`;
const SURNAME_AFTER_FIRST_NAME = new RegExp(`^${SURNAME}`, 'u');
const TITLED_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Mm]evrouw|[Mm]eneer|[Mm]evr\\.?|[Mm]w\\.|[Dd]hr\\.?|[Dd]e [Hh]eer|[Ff]amilie|[Ff]am\\.)` +
    `\\s+((?:${PARTICLES}\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’]+(?:-\\p{Lu}[\\p{L}\\p{M}'’]+)?${SURNAME}?)`,
  'gud',
);

function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index);
  if (/^[\s\-*•"'“‘(]*$/u.test(before)) return true;
  return /(?:[.!?:;]\s+|\n\s*(?:[-*•]\s*)?|["'“‘(]\s*)$/u.test(before.slice(-12));
}

function isFirstName(token: string, index: number, text: string): boolean {
  const parts = token.split('-').filter((p) => p.length > 0);
  if (!parts.some((part) => FIRST_NAMES.has(part))) return false;
  if (parts.length === 1 && NAMES_THAT_ARE_WORDS.has(token)) return !startsSentence(text, index);
  return true;
}

function findFirstNames(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const m of text.matchAll(CAPITALISED_TOKEN)) {
    if (!isFirstName(m[0], m.index, text)) continue;
    const end = m.index + m[0].length;
    const surname = SURNAME_AFTER_FIRST_NAME.exec(text.slice(end))?.[0] ?? '';
    findings.push({ kind: 'name', match: m[0] + surname, index: m.index });
  }
  return findings;
}

function findTitledNames(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const m of text.matchAll(TITLED_NAME)) {
    const index = m.indices?.[1]?.[0];
    if (m[1] !== undefined && index !== undefined) findings.push({ kind: 'name', match: m[1], index });
  }
  return findings;
}

export function findNames(text: string): PiiFinding[] {
  return [...findFirstNames(text), ...findTitledNames(text)];
}
