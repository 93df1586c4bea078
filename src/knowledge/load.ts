import type { z } from 'zod';
import { ArticleSchema, type Article } from './article.js';
import { contentFiles, type ContentFile } from './content/index.js';

export interface KnowledgeBase {
  readonly articles: readonly Article[];
  readonly articlesById: ReadonlyMap<string, Article>;
}

/**
 * Validates all knowledge content (schema, non-empty fields, unique ids) and returns it.
 * Call once at startup: it throws an Error naming the content file and the problem.
 */
export function loadKnowledge(files: readonly ContentFile[] = contentFiles): KnowledgeBase {
  const articlesById = new Map<string, Article>();
  const fileOfId = new Map<string, string>();
  for (const { file, articles } of files) {
    articles.forEach((input, position) => {
      const article = parseArticle(input, file, position);
      const earlierFile = fileOfId.get(article.id);
      if (earlierFile) {
        throw new Error(`Invalid knowledge content in ${file}: duplicate article id "${article.id}" (also in ${earlierFile})`);
      }
      articlesById.set(article.id, article);
      fileOfId.set(article.id, file);
    });
  }
  if (articlesById.size === 0) throw new Error('Invalid knowledge content: no articles found');
  return { articles: [...articlesById.values()], articlesById };
}

function parseArticle(input: unknown, file: string, position: number): Article {
  const parsed = ArticleSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const id = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : `#${position}`;
  throw new Error(`Invalid knowledge content in ${file}, article "${id}": ${describeIssues(parsed.error)}`);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(article)'} ${issue.message}`).join('; ');
}
