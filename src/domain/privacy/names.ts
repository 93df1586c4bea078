import { FIRST_NAMES } from './firstNames.js';
import { GENERIC_VERBS, hasNameShape, isKnownWord, looksLikePetName, PERSON_VERBS, RELATION_WORDS } from './nameShapes.js';
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

const LOWERCASE_FIRST_NAMES = new Set([...FIRST_NAMES].map((n) => n.toLowerCase()).filter((n) => n.length >= 3 && !isKnownWord(n)));
const WORD = /(?<![\p{L}\p{M}\d'’-])[\p{L}][\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const CAPITALISED = /^\p{Lu}/u;
const PARTICLE_WORDS = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'el', 'al', 'ben', 'op', "'t", 'da', 'dos', 'le', 'la', 'bin', 'abu', 'ibn']);
const ARABIC_PREFIXED = /^(?:al|el|ben|abu|bin|ibn|van|de)-\p{Lu}/u;
const RELATIONS = new Set<string>(RELATION_WORDS);
const CONTACT_VERBS = new Set(['mailen', 'bellen', 'appen', 'spreken', 'bereiken', 'ophalen', 'vragen', 'melden', 'zien']);
const SUBJECTS = new Set(['ik', 'we', 'wij', 'je', 'jij', 'u']);

interface Token {
  word: string;
  index: number;
}

const isCapitalised = (w: string) => CAPITALISED.test(w) && !/^\p{Lu}{2,}$/u.test(w);
const isSurname = (w: string) => isCapitalised(w) || ARABIC_PREFIXED.test(w);

/** The full name starting at token i: the first name plus particles and a capitalised surname, if any. */
function nameFrom(tokens: Token[], i: number, text: string): PiiFinding {
  let last = i;
  let j = i + 1;
  while (j < tokens.length && PARTICLE_WORDS.has(tokens[j]!.word.toLowerCase()) && j - i <= 3) j++;
  if (j < tokens.length && isSurname(tokens[j]!.word) && adjacent(tokens, i, j, text)) last = j;
  const start = tokens[i]!.index;
  const end = tokens[last]!.index + tokens[last]!.word.length;
  return { kind: 'name', match: text.slice(start, end), index: start };
}

/** Tokens i..j are separated by single spaces only (no punctuation between them). */
function adjacent(tokens: Token[], i: number, j: number, text: string): boolean {
  const between = text.slice(tokens[i]!.index + tokens[i]!.word.length, tokens[j]!.index);
  return /^[^\S\n]+(?:[\p{L}'’]+[^\S\n]+)*$/u.test(between);
}

/**
 * Names recognised by their shape and place rather than by the list:
 * - an unknown capitalised word followed by a surname, with or without particles ("Bartek Kowalski",
 *   "Lotje de Wit", "Rawan al-Masri");
 * - a word after a relation word or title ("de moeder van Pietje", "Opa Harrie", "broertje timo");
 * - an unknown word starting a sentence, followed by a verb a person does ("Feike vertelde", "mo zegt");
 * - a pet-name shape mid-sentence ("Jantje", "Sannie"), and "ik kan jildou mailen".
 * "Unknown" means not an ordinary Dutch word, place or organisation (see nameShapes.ts).
 */
function findNamesByShape(text: string): PiiFinding[] {
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }));
  const findings: PiiFinding[] = [];
  tokens.forEach((token, i) => {
    const { word } = token;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const before = tokens[i - 2];
    const sentenceStart = startsSentence(text, token.index);
    const unknown = !isKnownWord(word);
    const nextVerb = next !== undefined && adjacent(tokens, i, i + 1, text) ? next.word.toLowerCase() : '';
    const listedOrPetName = FIRST_NAMES.has(word) || LOWERCASE_FIRST_NAMES.has(word) || /^\p{Lu}\p{Ll}{1,6}(?:tje|pje|je|ke|ie|y)$/u.test(word);
    const nextIsVerbOrBracket = PERSON_VERBS.has(nextVerb) || (GENERIC_VERBS.has(nextVerb) && listedOrPetName) || /^\s*\(/.test(text.slice(token.index + word.length));
    const afterRelation =
      (prev !== undefined && RELATIONS.has(prev.word.toLowerCase())) ||
      (prev !== undefined && ['van', 'over'].includes(prev.word.toLowerCase()) && before !== undefined && RELATIONS.has(before.word.toLowerCase()));
    let isName = false;
    if (isCapitalised(word)) {
      const shaped = hasNameShape(word);
      const followedBySurname = next !== undefined && adjacent(tokens, i, i + 1, text) && (PARTICLE_WORDS.has(next.word.toLowerCase()) ? tokens[i + 2] !== undefined && isSurname(tokens[i + 2]!.word) : isSurname(next.word) && hasNameShape(next.word));
      isName =
        (shaped && followedBySurname) ||
        (shaped && afterRelation) ||
        (shaped && sentenceStart && nextIsVerbOrBracket) ||
        (!sentenceStart && looksLikePetName(word));
    } else if (unknown || LOWERCASE_FIRST_NAMES.has(word)) {
      const known = LOWERCASE_FIRST_NAMES.has(word);
      isName =
        (known && (afterRelation || sentenceStart)) ||
        (unknown && sentenceStart && nextIsVerbOrBracket && word.length <= 12) ||
        (unknown && prev !== undefined && SUBJECTS.has(prev.word.toLowerCase()) && next !== undefined && CONTACT_VERBS.has(next.word.toLowerCase()));
    }
    if (isName) findings.push(nameFrom(tokens, i, text));
  });
  return findings;
}

export function findNames(text: string): PiiFinding[] {
  return [...findFirstNames(text), ...findTitledNames(text), ...findNamesByShape(text)];
}
