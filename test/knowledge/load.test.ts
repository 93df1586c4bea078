import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';

const validArticle = {
  id: 'voorbeeld-artikel',
  title: 'Voorbeeld',
  summary: 'Korte samenvatting.',
  body: 'Langere tekst.',
  sectors: [],
  keywords: ['voorbeeld'],
  source: { title: 'Bron' },
  checked: '2026-12-02',
};

describe('loadKnowledge', () => {
  it('loads at least 45 validated articles from the content modules', () => {
    const knowledge = loadKnowledge();

    expect(knowledge.articles.length).toBeGreaterThanOrEqual(45);
    expect(knowledge.articlesById.get('kindcheck')?.title).toBe('Wat is de Kindcheck?');
  });

  it('rejects a duplicate article id and names both content files', () => {
    const files = [
      { file: 'content/a.ts', articles: [validArticle] },
      { file: 'content/b.ts', articles: [validArticle] },
    ];

    expect(() => loadKnowledge(files)).toThrow(/content\/b\.ts.*duplicate article id "voorbeeld-artikel".*content\/a\.ts/);
  });

  it('rejects an article with an empty summary and names the file, article and field', () => {
    const files = [{ file: 'content/a.ts', articles: [{ ...validArticle, summary: '   ' }] }];

    expect(() => loadKnowledge(files)).toThrow(/content\/a\.ts, article "voorbeeld-artikel": summary must not be empty/);
  });

  it('rejects an id that is not kebab-case', () => {
    const files = [{ file: 'content/a.ts', articles: [{ ...validArticle, id: 'Geen Kebab' }] }];

    expect(() => loadKnowledge(files)).toThrow(/id must be kebab-case/);
  });

  it('rejects a sector that does not exist', () => {
    const files = [{ file: 'content/a.ts', articles: [{ ...validArticle, sectors: ['politie'] }] }];

    expect(() => loadKnowledge(files)).toThrow(/content\/a\.ts.*sectors\.0/);
  });

  it('rejects an article without the date it was last checked', () => {
    const { checked: _checked, ...unchecked } = validArticle;
    const files = [{ file: 'content/a.ts', articles: [unchecked] }];

    expect(() => loadKnowledge(files)).toThrow(/voorbeeld-artikel.*checked/);
  });

  it('rejects content without any articles', () => {
    expect(() => loadKnowledge([])).toThrow(/no articles/);
  });
});
