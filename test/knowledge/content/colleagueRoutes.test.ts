import { describe, expect, it } from 'vitest';
import { ColleagueRoutes } from '../../../src/domain/facts.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { answerQuestion, createKnowledgeIndex } from '../../../src/knowledge/search.js';

const knowledge = loadKnowledge();
const index = createKnowledgeIndex(knowledge.articles);

function bestAnswer(question: string) {
  const answer = answerQuestion(index, question);
  if (answer.kind !== 'answer') throw new Error(`no answer for "${question}"`);
  return answer.best.article;
}

describe('free-text questions about a colleague', () => {
  it('answers a worry about a colleague in the kinderopvang with the houder and the vertrouwensinspecteur', () => {
    const article = bestAnswer('ik denk dat een collega op het kinderdagverblijf een kind mishandelt');

    expect(article.id).toBe('vermoeden-tegen-medewerker-kinderopvang');
    expect(article.body).toContain('Meld het direct bij de houder van de kinderopvang.');
    expect(article.body).toContain('vertrouwensinspecteur');
  });

  it('answers a worry about a colleague in the zorg with the report to the IGJ', () => {
    const article = bestAnswer('een collega in de gehandicaptenzorg slaat een cliënt');

    expect(article.id).toBe('geweld-in-de-zorgrelatie');
    expect(article.body).toContain('Inspectie Gezondheidszorg en Jeugd (IGJ)');
  });

  it('states each sector route in its article word for word as the facts module does', () => {
    const articleOf = {
      onderwijs: 'vermoeden-tegen-medewerker-school',
      kinderopvang: 'vermoeden-tegen-medewerker-kinderopvang',
      zorg: 'geweld-in-de-zorgrelatie',
      jeugdhulp: 'geweld-in-de-jeugdhulp',
      wijkteam: 'vermoeden-tegen-collega-wijkteam',
      vereniging: 'vermoeden-tegen-trainer-of-vrijwilliger',
    } as const;

    for (const route of Object.values(ColleagueRoutes)) {
      const body = knowledge.articlesById.get(articleOf[route.sector])?.body ?? '';
      for (const step of route.steps) expect(body).toContain(step);
    }
  });

  it('never tells anyone to confront the colleague, and keeps the onderwijs duty to po, vo and mbo', () => {
    for (const route of Object.values(ColleagueRoutes)) expect(route.steps.join(' ')).toMatch(/spreek de (?:collega|trainer of vrijwilliger) er niet op aan/);
    expect(ColleagueRoutes.onderwijs.covers).toContain('Voor het hoger onderwijs geldt deze wettelijke route niet.');
    expect(ColleagueRoutes.onderwijs.steps.join(' ')).toContain('informeert het bestuur de aangeklaagde medewerker en de ouders');
  });

  it('gives a club or association no duty from a law that was not verified, only the Jeugdwet definition and Veilig Thuis', () => {
    const steps = ColleagueRoutes.vereniging.steps.join(' ');
    expect(steps).not.toMatch(/vertrouwensinspecteur|IGJ|aangifteplicht|meldplicht/i);
    expect(steps).toContain('Jeugdwet');
    expect(steps).toContain('0800-2000');
  });

  it('names no law for the wijkteam route, which is left to the region', () => {
    expect(ColleagueRoutes.wijkteam.configurable).toBe(true);
    expect(ColleagueRoutes.wijkteam.steps.join(' ')).not.toMatch(/\bwet\b|artikel/i);
  });
});
