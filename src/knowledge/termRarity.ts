import type { Article } from './article.js';
import { indexTermsFor, tokenize } from './text/dutchAnalyzer.js';

/** A term in at most this share of articles counts as fully specific (weight 1). */
const specificShare = 0.15;
const minWeight = 0.15;

/**
 * Weights terms by how many articles use them anywhere. MiniSearch scores rarity per field, so
 * "Veilig Thuis" in one title would outweigh the real topic of a question although nearly every
 * article mentions Veilig Thuis; this global weight corrects for that.
 */
export function rarityWeights(articles: readonly Article[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [term, count] of documentFrequencies(articles)) {
    const weight = Math.log(articles.length / count) / Math.log(1 / specificShare);
    weights.set(term, Math.min(1, Math.max(minWeight, weight)));
  }
  return weights;
}

function documentFrequencies(articles: readonly Article[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const text = [article.title, article.summary, article.body, ...article.keywords].join(' ');
    for (const term of new Set(tokenize(text).flatMap(indexTermsFor))) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}
