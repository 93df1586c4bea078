import snowball from 'snowball-stemmers';
import { compoundHeads } from './compoundParts.js';
import { stemExceptions } from './stemExceptions.js';
import { dutchStopwords } from './stopwords.js';
import { dutchPhraseSynonyms, dutchSynonyms } from './synonyms.js';

const stemmer = snowball.newStemmer('dutch');
/** Letters and digits; "&" inside a word is kept, so "V&V" stays one term. */
const wordPattern = /[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*/gu;
const minimumCompoundModifierLength = 4;
/** Stems are cached: the Snowball port allocates a lot per call, and questions reuse few words. */
const stemCache = new Map<string, string>();
const maxCachedStems = 20_000;

/** Lowercases and strips diacritics: "Geïnformeerd" → "geinformeerd". */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits text into normalized words, dropping punctuation. */
export function tokenize(text: string): string[] {
  // "stap4" and "4e" are typed for "stap 4" and "4 e": letters and digits run together are two words.
  const spaced = text.replace(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, ' ');
  return (spaced.match(wordPattern) ?? []).map(normalizeWord);
}

export function isStopword(normalizedWord: string): boolean {
  return dutchStopwords.has(normalizedWord);
}

export function stem(normalizedWord: string): string {
  const cached = stemCache.get(normalizedWord);
  if (cached !== undefined) return cached;
  if (stemCache.size >= maxCachedStems) stemCache.clear();
  const stemmed = stemUncached(normalizedWord);
  stemCache.set(normalizedWord, stemmed);
  return stemmed;
}

function stemUncached(normalizedWord: string): string {
  const exception = stemExceptions.get(normalizedWord);
  if (exception) return exception;
  return /^\p{N}+$/u.test(normalizedWord) ? normalizedWord : stemmer.stem(normalizedWord);
}

/** "kindermishandeling" → ["kinder", "mishandeling"]; words that are not known compounds → []. */
export function splitCompound(normalizedWord: string): string[] {
  for (const head of compoundHeads) {
    if (normalizedWord.length - head.length < minimumCompoundModifierLength || !normalizedWord.endsWith(head)) continue;
    const modifier = normalizedWord.slice(0, normalizedWord.length - head.length);
    return [modifier.replace(/(?<=.{3})s$/, ''), head];
  }
  return [];
}

/** The terms one normalized word is indexed under: its stem plus the stems of its compound parts. */
export function indexTermsFor(normalizedWord: string): string[] {
  if (isStopword(normalizedWord)) return [];
  return unique([stem(normalizedWord), ...splitCompound(normalizedWord).map(stem)]);
}

/** One meaningful word of a question, with the other terms that may stand in for it. */
export interface QueryTermGroup {
  /** Stem of the word as typed. */
  term: string;
  /** Stems of its compound parts and synonyms, searched with a lower weight. */
  alternatives: string[];
  /** How much the term counts (1 when absent); a topic named by a phrase counts for the phrase's words. */
  weight?: number;
}

/** A topic named by a phrase of several words outweighs a single word. */
const phraseTopicWeight = 3;

/** How much a term group counts in ranking and relevance. */
export const weightOf = (group: QueryTermGroup): number => group.weight ?? 1;

const synonymsByStem: ReadonlyMap<string, readonly string[]> = buildSynonymIndex();

function buildSynonymIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [word, targets] of Object.entries(dutchSynonyms)) {
    const key = stem(word);
    index.set(key, unique([...(index.get(key) ?? []), ...targets.flatMap(indexTermsFor)]));
  }
  return index;
}

/** Chat shorthand typed as a word of its own: "is het n meldrecht", "snap t niet", "k weet het niet". */
const shorthand: Readonly<Record<string, string>> = { n: 'een', t: 'het', k: 'ik' };
/** "tel nr", "telnr", "tel.": a telephone number written short. */
const PHONE_SHORTHAND = /(?<=^|\s)tel(?:\.|efoon)?\s*-?\s*n(?:umme)?r\.?(?=$|[\s,.;:!?])|(?<=^|\s)tel\.?(?=$|[\s,;:!?])/giu;
export const withoutShorthand = (query: string): string =>
  query.replace(PHONE_SHORTHAND, 'telefoonnummer').replace(/(?<=^|\s)['’]?([ntk])(?=$|[\s,.;:!?])/giu, (_, letter: string) => shorthand[letter.toLowerCase()]!);

/** Turns a free question into term groups: stopwords dropped, words stemmed, synonyms added. */
export function analyzeQuery(query: string): QueryTermGroup[] {
  const groups = new Map<string, QueryTermGroup>();
  for (const word of tokenize(query)) {
    if (isStopword(word)) continue;
    const term = stem(word);
    if (groups.has(term)) continue;
    const related = [...splitCompound(word).map(stem), ...(synonymsByStem.get(term) ?? [])];
    groups.set(term, { term, alternatives: unique(related).filter((alternative) => alternative !== term) });
  }
  const normalized = normalizeWord(query).replace(/\s+/g, ' ');
  for (const [phrase, words] of dutchPhraseSynonyms) {
    if (!phrase.test(normalized)) continue;
    for (const term of words.map(stem)) if (!groups.has(term)) groups.set(term, { term, alternatives: [], weight: phraseTopicWeight });
  }
  return [...groups.values()];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
