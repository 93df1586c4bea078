import { describe, expect, it } from 'vitest';
import { Afwegingen, MeldcodeSteps, PhoneNumbers } from '../../src/domain/constants.js';
import type { Article } from '../../src/knowledge/article.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const { articles } = loadKnowledge();

function fullText(article: Article): string {
  return [article.title, article.summary, article.body, ...article.keywords].join('\n');
}

describe('knowledge content', () => {
  it('mentions each of the five meldcode step names in some article', () => {
    const allText = articles.map(fullText).join('\n');

    for (const step of MeldcodeSteps) expect(allText).toContain(`Stap ${step.number}: ${step.name}`);
  });

  it('names an afweging after "Afweging N:" exactly as Afwegingen does, and has all five', () => {
    const allText = articles.map(fullText).join('\n');
    const mentions = [...allText.matchAll(/Afweging (\d): ([^\n.]+)/g)];

    for (const [, number, name] of mentions) expect(name).toBe(Afwegingen[Number(number) - 1]!.name);
    for (const afweging of Afwegingen) expect(allText).toContain(`Afweging ${afweging.number}: ${afweging.name}`);
  });

  it('mentions both 112 and 0800-2000 in the body of every article about acute situations', () => {
    const acuteWithoutNumbers = articles
      .filter((article) => /acu(?:ut|te)/i.test(article.body))
      .filter((article) => !article.body.includes(PhoneNumbers.emergency) || !article.body.includes(PhoneNumbers.veiligThuis))
      .map((article) => article.id);

    expect(acuteWithoutNumbers).toEqual([]);
  });

  it('covers the topics of the Signalering en melden journey', () => {
    const ids = new Set(articles.map((article) => article.id));
    const required = [
      'lichamelijke-mishandeling', 'psychische-mishandeling', 'lichamelijke-verwaarlozing', 'seksueel-misbruik',
      'getuige-van-huiselijk-geweld', 'huiselijk-geweld', 'ouderenmishandeling', 'eergerelateerd-geweld',
      'afwegingskader', 'acute-onveiligheid', 'structurele-onveiligheid', 'disclosure-kind-vertelt', 'kindcheck',
      'aandachtsfunctionaris', 'rollen-in-het-onderwijs', 'vermoeden-tegen-medewerker-school',
      'meldrecht-en-meldplicht', 'beroepsgeheim', 'privacy-school-gegevens-delen', 'advies-of-melding',
      'anoniem-advies-vragen', 'anonimiteit-melder', 'na-een-melding', 'veiligheidsbeoordeling',
      'voorwaarden-en-vervolg', 'terugkoppeling-aan-melder', 'monitoring-door-veilig-thuis', 'dossiervorming',
      'veilig-thuis-bereiken', 'kindertelefoon', 'routeertafel-zuid-limburg', 'warme-overdracht', 'vlaggensysteem',
    ];

    expect(required.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('keeps every summary to one or two sentences', () => {
    const long = articles.filter((article) => (article.summary.match(/[.?!](?:\s|$)/g) ?? []).length > 2);

    expect(long.map((article) => article.id)).toEqual([]);
  });

});
