import { z } from 'zod';
import { Sectors } from '../domain/constants.js';

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

export const ArticleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and "-")'),
    title: nonEmptyText,
    summary: nonEmptyText,
    body: nonEmptyText,
    /** Sectors this article is written for; empty means every sector. */
    sectors: z.array(z.enum(Sectors)),
    /** Extra Dutch search terms and synonyms that need not appear in the text. */
    keywords: z.array(nonEmptyText),
    source: z.object({ title: nonEmptyText, url: z.string().url().optional() }).strict(),
  })
  .strict();

/** The shape content modules write; `loadKnowledge` validates it into an `Article`. */
export type ArticleInput = z.input<typeof ArticleSchema>;
export type Article = z.output<typeof ArticleSchema>;
