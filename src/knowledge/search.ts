import MiniSearch, { type SearchResult } from 'minisearch';
import type { Sector } from '../domain/constants.js';
import type { Article } from './article.js';
import { relevantResults } from './relevance.js';
import { rarityWeights } from './termRarity.js';
import { analyzeQuery, indexTermsFor, normalizeWord, tokenize, weightOf, withoutShorthand, type QueryTermGroup } from './text/dutchAnalyzer.js';
import { dutchStopwords } from './text/stopwords.js';
import { dutchSynonyms } from './text/synonyms.js';
import { buildVocabulary, correctSpelling, type Vocabulary } from './text/spelling.js';
import { editDistance } from './text/editDistance.js';
import { answerTypeOf, questionTypeOf, type QuestionType } from '../domain/understanding/questionType.js';

export interface KnowledgeIndex {
  readonly miniSearch: MiniSearch<Article>;
  readonly articlesById: ReadonlyMap<string, Article>;
  /** Per indexed term, 0–1: how rare it is across all articles (see `rarityWeights`). */
  readonly termRarity: ReadonlyMap<string, number>;
  /** Every word the articles use, to correct typos in questions. */
  readonly vocabulary: Vocabulary;
  /** Per article, the words of its title that few other titles use: what it is about ("anoniem", "kindcheck"). */
  readonly titleTopics: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per article, the kind of answer it gives (read from its title once, not per question). */
  readonly answerTypes: ReadonlyMap<string, QuestionType | undefined>;
  /** Per article, its title as words, and the part before a colon ("Na een melding"): a question that quotes one asks for it. */
  readonly titlePhrases: ReadonlyMap<string, readonly string[]>;
}

export interface KnowledgeSearchOptions {
  /** The asker's sector: articles written for it rank a little higher; nothing is filtered out. */
  sector?: Sector;
  /** Maximum number of hits; default 5. */
  limit?: number;
  /** Articles that cannot be the answer to this question (a colleague's route when no colleague is in view). */
  exclude?: ReadonlySet<string>;
}

export interface KnowledgeHit {
  article: Article;
  score: number;
}

export type KnowledgeAnswer =
  | {
      kind: 'answer';
      best: KnowledgeHit;
      alternatives: KnowledgeHit[];
      /** The kind of answer the question asks for, when recognisable. */
      questionType?: QuestionType;
      /** False when the best article gives another kind of answer than the question asks for. */
      fitsQuestion: boolean;
      /** A specific word of the question ("anoniem", "kindcheck") names what the best article is about (title or keywords). */
      namesArticleTopic: boolean;
    }
  | { kind: 'no-match' };

const fieldBoosts = { title: 4, keywords: 3, summary: 2, body: 1 };
const alternativeTermWeight = 0.5;
const sectorBoost = 1.2;
/** An article written only for other sectors ("mag een school …") is rarely the answer for someone in this one. */
const otherSectorWeight = 0.75;
const fuzziness = 0.2;
const minFuzzyTermLength = 6;
const defaultLimit = 5;
const maxAlternatives = 2;
/** An alternative answer must score at least this share of the best answer. */
const minAlternativeScoreShare = 0.35;
/** How much an article that answers the kind of question asked outranks one that does not. */
const answerTypeBoost = 1.3;
/** A title topic this long ("ouderenmishandeling", "kindcheck") names its article even among many unknown words; shorter ones ("vertell", "gesprek") are everyday words. */
const minStrongTopicLength = 9;
/** From this length a title topic typed with one letter off ("aandachtfunctionaris") still names it. */
const typoTopicLength = 9;
/** How much an article whose title the question quotes outranks the others. */
const quotedTitleBoost = 2;
/** Shorter title parts ("Stap 1") are too common in questions to say which article is meant. */
const minTitlePhraseLength = 8;
/** A title word used by at most this many titles names its article's topic. */
const maxTitlesPerTopicWord = 2;
/** Title words that say for whom an article is, or join its words, rather than what it is about. */
const notTopicWords = 'school onderwijs kinderopvang wijkteam zorgverlener zorgrelatie medewerker collega jeugdhulp sociaal domein rol zonder eigen';

export function createKnowledgeIndex(articles: readonly Article[]): KnowledgeIndex {
  const miniSearch = new MiniSearch<Article>({
    fields: Object.keys(fieldBoosts),
    extractField: (article, field) => {
      const value = article[field as keyof Article];
      return Array.isArray(value) ? value.join(' ') : String(value);
    },
    tokenize,
    processTerm: indexTermsFor,
  });
  miniSearch.addAll(articles);
  return {
    miniSearch,
    articlesById: new Map(articles.map((article) => [article.id, article])),
    termRarity: rarityWeights(articles),
    vocabulary: buildVocabulary(articles.flatMap((a) => [a.title, a.summary, a.body, ...a.keywords]), [...dutchStopwords, ...Object.keys(dutchSynonyms)]),
    titleTopics: titleTopicsOf(articles),
    answerTypes: new Map(articles.map((article) => [article.id, answerTypeOf(normalizeWord(article.title))])),
    titlePhrases: new Map(articles.map((article) => [article.id, titlePhrasesOf(article.title)])),
  };
}

function titlePhrasesOf(title: string): string[] {
  const phrases = [title, title.split(':')[0]!].map((phrase) => ` ${tokenize(phrase).join(' ')} `);
  return [...new Set(phrases)].filter((phrase) => phrase.trim().length >= minTitlePhraseLength);
}

function titleTopicsOf(articles: readonly Article[]): Map<string, Set<string>> {
  const notTopics = new Set(analyzeQuery(notTopicWords).map((group) => group.term));
  const termsOf = (title: string) => new Set(analyzeQuery(title).map((group) => group.term).filter((term) => !notTopics.has(term)));
  const titles = new Map(articles.map((article) => [article.id, termsOf(article.title)]));
  const titleCount = new Map<string, number>();
  for (const terms of titles.values()) for (const term of terms) titleCount.set(term, (titleCount.get(term) ?? 0) + 1);
  return new Map([...titles].map(([id, terms]) => [id, new Set([...terms].filter((term) => titleCount.get(term)! <= maxTitlesPerTopicWord))]));
}

export function searchKnowledge(
  index: KnowledgeIndex,
  query: string,
  options: KnowledgeSearchOptions = {},
): KnowledgeHit[] {
  return rankResults(index, queryGroups(index, query), options)
    .slice(0, options.limit ?? defaultLimit)
    .map((result) => toHit(index, result));
}

/** A question as term groups: chat shorthand written out, typos corrected against the articles' words. */
function queryGroups(index: KnowledgeIndex, query: string): QueryTermGroup[] {
  return analyzeQuery(correctSpelling(withoutShorthand(query), index.vocabulary));
}

/** The best article for a question, up to two alternatives, or no-match when nothing fits well enough. */
export function answerQuestion(
  index: KnowledgeIndex,
  query: string,
  options: KnowledgeSearchOptions = {},
): KnowledgeAnswer {
  const groups = queryGroups(index, query);
  const questionType = questionTypeOf(normalizeWord(query).trim());
  const relevant = relevantResults(rankResults(index, groups, options), groups, index.termRarity, (result) => namesArticleTopic(index, result, groups, minStrongTopicLength));
  const [best, ...rest] = preferQuotedTitle(index, preferAnswerType(index, relevant, questionType), query);
  if (!best) return { kind: 'no-match' };
  const alternatives = rest
    .filter((result) => result.score >= best.score * minAlternativeScoreShare)
    .slice(0, maxAlternatives);
  const bestType = index.answerTypes.get(String(best.id));
  return {
    kind: 'answer',
    best: toHit(index, best),
    alternatives: alternatives.map((result) => toHit(index, result)),
    questionType,
    // "moet elke school een aandachtsfunctionaris hebben?" names the article it needs, whatever kind of answer its title promises.
    fitsQuestion: !questionType || !bestType || bestType === questionType || namesArticleTopic(index, best, groups, minStrongTopicLength),
    namesArticleTopic: namesArticleTopic(index, best, groups),
  };
}

/** Whether a word of the question is a topic word of the article's title; `minLength` asks for a word that says more than "team" or "1". */
function namesArticleTopic(index: KnowledgeIndex, result: SearchResult, groups: QueryTermGroup[], minLength = 1): boolean {
  const topics = [...(index.titleTopics.get(String(result.id)) ?? [])];
  const names = (term: string) => topics.some((topic) => topic === term || (term.length >= typoTopicLength && editDistance(term, topic) <= 1));
  return groups.some((group) => group.term.length >= minLength && !/\d/u.test(group.term) && names(group.term));
}

/** Articles that give the kind of answer asked for ("wat moet ik doen" → steps) move up a little. */
function preferAnswerType(index: KnowledgeIndex, results: SearchResult[], questionType: QuestionType | undefined): SearchResult[] {
  if (!questionType) return results;
  const boosted = results.map((result) =>
    index.answerTypes.get(String(result.id)) === questionType ? { ...result, score: result.score * answerTypeBoost } : result,
  );
  return boosted.sort((a, b) => b.score - a.score);
}

/** "Hoe bereik ik Veilig Thuis als mijn aandachtsfunctionaris niet opneemt?" quotes a title: that article moves up. */
function preferQuotedTitle(index: KnowledgeIndex, results: SearchResult[], query: string): SearchResult[] {
  const words = ` ${tokenize(withoutShorthand(query)).join(' ')} `;
  const quotes = (result: SearchResult) => index.titlePhrases.get(String(result.id))?.some((phrase) => words.includes(phrase)) ?? false;
  if (!results.some(quotes)) return results;
  return results.map((result) => (quotes(result) ? { ...result, score: result.score * quotedTitleBoost } : result)).sort((a, b) => b.score - a.score);
}

function rankResults(index: KnowledgeIndex, groups: QueryTermGroup[], { sector, exclude }: KnowledgeSearchOptions): SearchResult[] {
  if (groups.length === 0) return [];
  const weights = termWeights(groups);
  const rarity = (term: string) => index.termRarity.get(term) ?? 1;
  return index.miniSearch.search([...weights.keys()].join(' '), {
    tokenize: (terms) => terms.split(' '),
    processTerm: (term) => term,
    boost: fieldBoosts,
    boostTerm: (term) => (weights.get(term) ?? alternativeTermWeight) * rarity(term),
    prefix: (term) => term.length >= 4,
    fuzzy: (term) => (isTypoCandidate(index, term, weights) ? fuzziness : false),
    boostDocument: (id) => sectorWeight(index.articlesById.get(String(id))?.sectors ?? [], sector),
    filter: exclude ? (result) => !exclude.has(String(result.id)) : undefined,
  });
}

function sectorWeight(articleSectors: readonly Sector[], sector?: Sector): number {
  if (!sector || articleSectors.length === 0) return 1;
  return articleSectors.includes(sector) ? sectorBoost : otherSectorWeight;
}

/** Fuzzy matching is for typos: only words as typed, long enough, and not already in the index. */
function isTypoCandidate(index: KnowledgeIndex, term: string, weights: ReadonlyMap<string, number>): boolean {
  return weights.get(term) === 1 && term.length >= minFuzzyTermLength && !index.termRarity.has(term);
}

/** Weight 1 for words as typed; lower for compound parts and synonyms. */
function termWeights(groups: QueryTermGroup[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const group of groups) {
    for (const alternative of group.alternatives) weights.set(alternative, alternativeTermWeight);
  }
  for (const group of groups) weights.set(group.term, weightOf(group));
  return weights;
}

function toHit(index: KnowledgeIndex, result: SearchResult): KnowledgeHit {
  const article = index.articlesById.get(String(result.id));
  if (!article) throw new Error(`Search index returned unknown article id "${String(result.id)}"`);
  return { article, score: result.score };
}
