import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsOf, renderClaimsRegister } from '../../../src/knowledge/content/claims.js';
import { isOfficialSource } from '../../../src/knowledge/content/officialSources.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';

const { articles } = loadKnowledge();

describe('the claims register', () => {
  it('is up to date in docs/claims.md (run "npm run claims" after changing facts or articles)', () => {
    const onDisk = readFileSync(new URL('../../../docs/claims.md', import.meta.url), 'utf8');

    expect(onDisk, 'docs/claims.md is out of date: run "npm run claims"').toBe(renderClaimsRegister(articles));
  });

  it('lists every article with its check date', () => {
    const register = renderClaimsRegister(articles);

    for (const article of articles) expect(register).toContain(`(\`${article.id}\`)\n\nLaatst gecontroleerd: ${article.checked}.`);
  });

  it('splits article text into one claim per sentence or list item, leaving out bare headings', () => {
    expect(claimsOf('Wat doe je?\n- Bel 112. Daarna Veilig Thuis.\nVoorbeelden:')).toEqual(['Wat doe je?', 'Bel 112.', 'Daarna Veilig Thuis.']);
  });
});

describe('article sources', () => {
  it('shows an official or primary source with every answer', () => {
    const unofficial = articles.filter((article) => !isOfficialSource(article.source)).map((article) => `${article.id}: ${article.source.title}`);

    expect(unofficial).toEqual([]);
  });

  it('never cites document dumps or blogs', () => {
    const weakHosts = /adoc\.pub|5dok\.net|groep1-2\.com|flaironline\.nl|digitaalpubliceren\.com|docplayer/;
    const weak = articles.flatMap((article) =>
      [article.source, ...article.moreSources].filter((source) => weakHosts.test(source.url ?? '')).map((source) => `${article.id}: ${source.url}`),
    );

    expect(weak).toEqual([]);
  });

  it('gives every article a real check date', () => {
    const undated = articles.filter((article) => Number.isNaN(Date.parse(article.checked))).map((article) => article.id);

    expect(undated).toEqual([]);
  });

  it('counts the law, the government, the inspectorates and Veilig Thuis as official, and a blog or a document dump not', () => {
    expect(isOfficialSource({ title: 'Jeugdwet', url: 'https://wetten.overheid.nl/BWBR0034925' })).toBe(true);
    expect(isOfficialSource({ title: 'IGJ', url: 'https://www.igj.nl/onderwerpen/geweld-in-de-zorgrelatie' })).toBe(true);
    expect(isOfficialSource({ title: 'VT', url: 'https://veiligthuiszl.nl/over-veilig-thuis-zuid-limburg/' })).toBe(true);
    expect(isOfficialSource({ title: 'GGD Zuid Limburg – jaarverslag' })).toBe(true);
    expect(isOfficialSource({ title: 'Blog', url: 'https://www.groep1-2.com/post/kindermishandeling' })).toBe(false);
    expect(isOfficialSource({ title: 'Dump', url: 'https://5dok.net/article/x' })).toBe(false);
    expect(isOfficialSource({ title: 'Lokale fractie' })).toBe(false);
  });
});
