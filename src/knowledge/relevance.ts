import type { SearchResult } from 'minisearch';
import type { QueryTermGroup } from './text/dutchAnalyzer.js';
import { editDistance } from './text/editDistance.js';

/** Fields whose words say what an article is about, as opposed to words that merely occur in its body. */
const topicFields = new Set(['title', 'keywords', 'summary']);
/** More than this share of the question's words must be known to the knowledge base. */
const minKnownShare = 0.5;
/** An article must match at least this share of the known words of the question. */
const minCoverage = 0.5;
const minScore = 2;

/**
 * Keeps the results that plausibly answer the question. Off-topic questions ("hoe laat gaat de
 * trein") consist mostly of words the knowledge base does not know, or match only a stray body word;
 * gibberish matches nothing at all.
 */
export function relevantResults(
  results: SearchResult[],
  groups: QueryTermGroup[],
  indexedTerms: ReadonlyMap<string, unknown>,
): SearchResult[] {
  const known = knownGroups(results, groups, indexedTerms);
  if (known.length === 0 || known.length / groups.length <= minKnownShare) return [];
  return results.filter(
    (result) => result.score >= minScore && coverage(result, known) >= minCoverage && touchesTopicField(result),
  );
}

function coverage(result: SearchResult, groups: QueryTermGroup[]): number {
  const matchedTerms = new Set(result.queryTerms);
  const matched = groups.filter((group) => termsOf(group).some((term) => matchedTerms.has(term)));
  return matched.length / groups.length;
}

/**
 * The question's words that occur in the knowledge base: exactly, as a prefix, or with a typo.
 * A fuzzy match counts only for longer words, so "verlof" is not mistaken for "verloop".
 */
function knownGroups(
  results: SearchResult[],
  groups: QueryTermGroup[],
  indexedTerms: ReadonlyMap<string, unknown>,
): QueryTermGroup[] {
  const matchedIndexTerms = new Set(results.flatMap((result) => Object.keys(result.match)));
  const isKnown = (term: string) =>
    indexedTerms.has(term) || [...matchedIndexTerms].some((indexTerm) => isCloseMatch(term, indexTerm));
  return groups.filter((group) => termsOf(group).some(isKnown));
}

function isCloseMatch(queryTerm: string, indexTerm: string): boolean {
  if (indexTerm.startsWith(queryTerm)) return true;
  const allowedTypos = queryTerm.length >= 10 ? 2 : queryTerm.length >= 7 ? 1 : 0;
  if (allowedTypos === 0 || Math.abs(queryTerm.length - indexTerm.length) > allowedTypos) return false;
  return editDistance(queryTerm, indexTerm) <= allowedTypos;
}

function termsOf(group: QueryTermGroup): string[] {
  return [group.term, ...group.alternatives];
}

function touchesTopicField(result: SearchResult): boolean {
  return Object.values(result.match).some((fields) => fields.some((field) => topicFields.has(field)));
}
