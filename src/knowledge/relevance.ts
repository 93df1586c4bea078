import type { SearchResult } from 'minisearch';
import { weightOf, type QueryTermGroup } from './text/dutchAnalyzer.js';
import { editDistance } from './text/editDistance.js';

/** Fields whose words say what an article is about, as opposed to words that merely occur in its body. */
const topicFields = new Set(['title', 'keywords', 'summary']);
/** More than this share of the question's words must be known to the knowledge base. */
const minKnownShare = 0.5;
/** An article must match at least this share of the known words of the question. */
const minCoverage = 0.5;
const minScore = 2;
/** The weight in coverage of a known word that names no topic in any title, keywords or summary. */
const nonTopicWeight = 0.25;

/**
 * Keeps the results that plausibly answer the question. Off-topic questions ("hoe laat gaat de
 * trein") consist mostly of words the knowledge base does not know, or match only a stray body word;
 * gibberish matches nothing at all.
 */
export function relevantResults(
  results: SearchResult[],
  groups: QueryTermGroup[],
  indexedTerms: ReadonlyMap<string, unknown>,
  namesTitleTopic: (result: SearchResult) => boolean = () => false,
): SearchResult[] {
  const known = knownGroups(results, groups, indexedTerms);
  const totalWeight = (groups: QueryTermGroup[]) => groups.reduce((sum, group) => sum + weightOf(group), 0);
  // "wat valt er allemaal onder ouderenmishandeling? telt financieel uitbuiten ook mee?": few known words, but one names an article.
  if (known.length === 0 || totalWeight(known) / totalWeight(groups) <= minKnownShare) return results.filter((result) => result.score >= minScore && namesTitleTopic(result));
  // Words that name no topic anywhere (no title, keywords or summary matched them) count for less:
  // "krijg", "hoor", "nooit" in "krijg ik nog terugkoppeling of hoor ik nooit meer iets".
  const weights = new Map(known.map((group) => [group, (namesATopic(results, group) ? 1 : nonTopicWeight) * weightOf(group)]));
  // A topic named by a phrase ("er niet meer willen zijn") is what a long question is about, however many other words it has.
  const phraseTopics = groups.filter((group) => weightOf(group) > 1).map((group) => group.term);
  const namesPhraseTopic = (result: SearchResult) => phraseTopics.some((term) => result.queryTerms.includes(term));
  return results.filter(
    (result) =>
      result.score >= minScore && (coverage(result, weights) >= minCoverage || namesPhraseTopic(result) || namesTitleTopic(result)) && touchesTopicField(result),
  );
}

function namesATopic(results: SearchResult[], group: QueryTermGroup): boolean {
  const terms = new Set(termsOf(group));
  return results.some((result) =>
    Object.entries(result.match).some(([indexTerm, fields]) => terms.has(indexTerm) && fields.some((field) => topicFields.has(field))),
  );
}

function coverage(result: SearchResult, weights: ReadonlyMap<QueryTermGroup, number>): number {
  const matchedTerms = new Set(result.queryTerms);
  let matched = 0;
  let total = 0;
  for (const [group, weight] of weights) {
    total += weight;
    if (termsOf(group).some((term) => matchedTerms.has(term))) matched += weight;
  }
  return total > 0 ? matched / total : 0;
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
