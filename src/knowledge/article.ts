import { z } from 'zod';
import { Sectors } from '../domain/constants.js';

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

const SourceSchema = z.object({ title: nonEmptyText, url: z.string().url().optional() }).strict();

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
    /** The main source, shown with the answer. */
    source: SourceSchema,
    /** Further sources for the claims in the article. */
    moreSources: z.array(SourceSchema).default([]),
    /** The date (YYYY-MM-DD) the article was last checked against its sources. */
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  })
  .strict();

export type ArticleSource = z.output<typeof SourceSchema>;

/** The shape content modules write; `loadKnowledge` validates it into an `Article`. */
export type ArticleInput = z.input<typeof ArticleSchema>;
export type Article = z.output<typeof ArticleSchema>;
