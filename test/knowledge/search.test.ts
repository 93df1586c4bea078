import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { answerQuestion, createKnowledgeIndex, searchKnowledge, type KnowledgeAnswer } from '../../src/knowledge/search.js';
import { acceptableIds, loadQuestionSet } from './questionSet.js';

const knowledge = loadKnowledge();
const index = createKnowledgeIndex(knowledge.articles);
const questions = loadQuestionSet();

function rankedIds(answer: KnowledgeAnswer): string[] {
  return answer.kind === 'answer' ? [answer.best, ...answer.alternatives].map((hit) => hit.article.id) : [];
}

describe('answerQuestion on the labelled question set', () => {
  it('has at least 70 questions, each labelled with existing article ids', () => {
    expect(questions.length).toBeGreaterThanOrEqual(70);
    const unknownIds = questions.flatMap((question) => [...acceptableIds(question)]).filter((id) => !knowledge.articlesById.has(id));
    expect(unknownIds).toEqual([]);
  });

  it('puts an acceptable article in the top 3 for at least 90% of the questions', () => {
    const outcomes = questions.map((question) => {
      const ids = rankedIds(answerQuestion(index, question.question));
      const acceptable = acceptableIds(question);
      return { question, top1: acceptable.has(ids[0] ?? ''), top3: ids.some((id) => acceptable.has(id)), ids };
    });
    const share = (count: number) => count / outcomes.length;
    const top1 = share(outcomes.filter((outcome) => outcome.top1).length);
    const top3 = share(outcomes.filter((outcome) => outcome.top3).length);

    console.log(`knowledge search: top-1 ${(top1 * 100).toFixed(1)}%, top-3 ${(top3 * 100).toFixed(1)}% over ${outcomes.length} questions`);
    const misses = outcomes.filter((outcome) => !outcome.top3).map((o) => `${o.question.question} → ${o.ids.join(', ') || 'no-match'}`);
    expect(top3, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('answerQuestion on questions it cannot answer', () => {
  const offTopic = [
    'wat is het weer morgen',
    'hoe laat gaat de trein naar Maastricht',
    'recept voor appeltaart',
    'wie wint het WK voetbal',
    'ik wil mijn wachtwoord resetten',
    'hoeveel vakantiedagen heb ik nog',
    'hoe vraag ik verlof aan',
    'printer werkt niet',
    'hoe maak ik een teams vergadering',
    'kun je een grap vertellen',
    'wat is de hoofdstad van Frankrijk',
    'wat eten we vanavond',
    'kun je mijn mail samenvatten',
    'hoe laat begint de vergadering',
  ];
  const gibberish = ['asdfgh qwerty zxcv', 'xkcd blorp', 'lkjhg', '???', '', '   '];

  it.each(offTopic)('returns no-match for the off-topic question "%s"', (question) => {
    expect(answerQuestion(index, question)).toEqual({ kind: 'no-match' });
  });

  it.each(gibberish)('returns no-match for the gibberish "%s"', (question) => {
    expect(answerQuestion(index, question)).toEqual({ kind: 'no-match' });
  });

  it('returns no-match for a question made only of stopwords', () => {
    expect(answerQuestion(index, 'wat is het dan eigenlijk?')).toEqual({ kind: 'no-match' });
  });
});

describe('answerQuestion', () => {
  it('tolerates typos in the question', () => {
    expect(rankedIds(answerQuestion(index, 'wat is de kindchek'))[0]).toBe('kindcheck');
    expect(rankedIds(answerQuestion(index, 'aandachtsfunctionaries'))[0]).toBe('aandachtsfunctionaris');
    expect(rankedIds(answerQuestion(index, 'meldcoode stappen'))[0]).toBe('meldcode-wat-is-het');
  });

  it('reads "ook alweer" and "kan ze nergens vinden" as talk around the question, not as its topic', () => {
    expect(rankedIds(answerQuestion(index, 'wat zijn de 5 stapen van de meldcoode ook alweer, kan ze nergens vinen'))[0]).toBe('meldcode-wat-is-het');
  });

  it('reads "wat houdt … in" and "voor wie is die bedoeld" as the asking, not as the topic', () => {
    expect(rankedIds(answerQuestion(index, 'wat houd de kindchek in en voor wie is die bedoelt'))[0]).toBe('kindcheck');
  });

  it('weighs the words that name a topic above everyday verbs in a long question', () => {
    expect(rankedIds(answerQuestion(index, 'krijg ik na mijn melding eigenlijk nog terugkoppeling of hoor ik daarna nooit meer iets van jullie'))[0]).toBe(
      'terugkoppeling-aan-melder',
    );
  });

  it('reads a long compound that the articles use rarely as its parts as well', () => {
    expect(rankedIds(answerQuestion(index, 'wat zijn de meldcodestappen'))[0]).toBe('meldcode-wat-is-het');
  });

  it('understands synonyms such as "juf" for leerkracht and "geslagen" for mishandeling', () => {
    expect(rankedIds(answerQuestion(index, 'ik denk dat een kind thuis geslagen wordt'))[0]).toBe('lichamelijke-mishandeling');
  });

  it('ignores diacritics and capitals', () => {
    expect(rankedIds(answerQuestion(index, 'WAT DOET DE ZORGCOÖRDINATOR'))).toEqual(rankedIds(answerQuestion(index, 'wat doet de zorgcoordinator')));
  });

  it('answers a question about acute danger with an article that gives 112 and 0800-2000', () => {
    const answer = answerQuestion(index, 'er is nu direct gevaar voor een kind, wat moet ik doen');

    expect(answer.kind).toBe('answer');
    if (answer.kind === 'answer') expect(answer.best.article.body).toMatch(/112[\s\S]*0800-2000|0800-2000[\s\S]*112/);
  });

  it('routes a suspicion against a school employee to the separate route, not the meldcode', () => {
    expect(rankedIds(answerQuestion(index, 'vermoeden van misbruik door een leraar op school', { sector: 'onderwijs' }))[0]).toBe(
      'vermoeden-tegen-medewerker-school',
    );
  });

  it('answers whether to tell parents about an adviesvraag with the article on telling parents, not the one on anonymity', () => {
    expect(rankedIds(answerQuestion(index, 'kan ik de vader zeggen dat ik advies heb gevraagd aan veilig thuis?'))[0]).toBe('ouders-informeren-over-melding');
  });

  it('offers at most two alternatives, never the best answer again', () => {
    for (const { question } of questions) {
      const answer = answerQuestion(index, question);
      if (answer.kind !== 'answer') continue;
      expect(answer.alternatives.length).toBeLessThanOrEqual(2);
      expect(answer.alternatives.map((hit) => hit.article.id)).not.toContain(answer.best.article.id);
    }
  });
});

describe('searchKnowledge', () => {
  it('returns hits sorted from best to worst score, within the limit', () => {
    const hits = searchKnowledge(index, 'melding veilig thuis', { limit: 4 });

    expect(hits).toHaveLength(4);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('boosts articles written for the asker’s sector lightly', () => {
    const neutral = searchKnowledge(index, 'signalen kind', { limit: 20 });
    const forSchools = searchKnowledge(index, 'signalen kind', { sector: 'onderwijs', limit: 20 });
    const scoreOf = (hits: typeof neutral, id: string) => hits.find((hit) => hit.article.id === id)?.score ?? 0;

    const boost = scoreOf(forSchools, 'signalen-voor-leerkrachten') / scoreOf(neutral, 'signalen-voor-leerkrachten');
    expect(boost).toBeGreaterThan(1);
    expect(boost).toBeLessThan(1.5);
    expect(scoreOf(forSchools, 'seksueel-misbruik')).toBeCloseTo(scoreOf(neutral, 'seksueel-misbruik'));
  });

  it('does not filter out articles written for another sector', () => {
    const hits = searchKnowledge(index, 'routeertafel', { sector: 'onderwijs' });

    expect(hits[0]?.article.id).toBe('routeertafel-zuid-limburg');
  });

  it('returns nothing for an empty question', () => {
    expect(searchKnowledge(index, '')).toEqual([]);
  });
});
