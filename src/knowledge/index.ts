export type { Article, ArticleInput } from './article.js';
export { loadKnowledge, type KnowledgeBase } from './load.js';
export {
  answerQuestion,
  createKnowledgeIndex,
  searchKnowledge,
  type KnowledgeAnswer,
  type KnowledgeHit,
  type KnowledgeIndex,
  type KnowledgeSearchOptions,
} from './search.js';
