import { editDistance } from './editDistance.js';
import { tokenize } from './dutchAnalyzer.js';

/** Every word the articles use, with how often: the dictionary typos are corrected against. */
export type Vocabulary = ReadonlyMap<string, number>;

export function buildVocabulary(texts: readonly string[], extraWords: Iterable<string> = []): Vocabulary {
  const counts = new Map<string, number>([...extraWords].map((word) => [word, 1]));
  for (const word of texts.flatMap(tokenize)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

const minSplitPart = 3;

/** Edits allowed for a word of this length: none for short words, where a typo is another word. */
function allowedEdits(length: number): number {
  return length >= 7 ? 2 : length >= 5 ? 1 : 0;
}

/** "veiligthuis" → "veilig thuis": a run-together word whose two parts are both known. */
function splitRunTogether(word: string, vocabulary: Vocabulary, minPart = minSplitPart): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (let i = minPart; i <= word.length - minPart; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    const score = Math.min(vocabulary.get(left) ?? 0, vocabulary.get(right) ?? 0);
    if (score > 0 && (!best || score > best.score)) best = { text: `${left} ${right}`, score };
  }
  return best?.text;
}

function closestKnown(word: string, vocabulary: Vocabulary): string | undefined {
  const edits = allowedEdits(word.length);
  if (edits === 0) return undefined;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [known, count] of vocabulary) {
    // A typo in the first letter is rare, and checking it would compare against the whole vocabulary.
    if (Math.abs(known.length - word.length) > edits || known[0] !== word[0]) continue;
    const distance = editDistance(word, known);
    if (distance > edits) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: known, distance, count };
  }
  return best?.word;
}

/**
 * Rewrites the words of a question the articles do not know into words they do: run-together
 * words are split, a typo of one or two letters is corrected. Known words are left alone.
 */
export function correctSpelling(query: string, vocabulary: Vocabulary): string {
  return tokenize(query)
    .map((word) => (/\p{N}/u.test(word) ? word : vocabulary.has(word) ? withParts(word, vocabulary) : corrected(word, vocabulary)))
    .join(' ');
}

const minCompoundLength = 10;
const minCompoundPart = 4;

/**
 * A long compound the articles use once or twice ("meldcodestappen") also stands for its parts, which
 * they use far more often ("meldcode", "stappen"): the question then finds the articles about those.
 */
function withParts(word: string, vocabulary: Vocabulary): string {
  if (word.length < minCompoundLength) return word;
  const parts = splitRunTogether(word, vocabulary, minCompoundPart);
  if (!parts) return word;
  const rarest = Math.min(...parts.split(' ').map((part) => vocabulary.get(part) ?? 0));
  return rarest > (vocabulary.get(word) ?? 0) ? `${word} ${parts}` : word;
}

/** Corrections are cached per vocabulary: the same typos and unknown words come back often. */
const cache = new WeakMap<Vocabulary, Map<string, string>>();
const maxCached = 20_000;

function corrected(word: string, vocabulary: Vocabulary): string {
  let known = cache.get(vocabulary);
  if (!known) cache.set(vocabulary, (known = new Map()));
  const hit = known.get(word);
  if (hit !== undefined) return hit;
  if (known.size >= maxCached) known.clear();
  const result = splitRunTogether(word, vocabulary) ?? closestKnown(word, vocabulary) ?? word;
  known.set(word, result);
  return result;
}
