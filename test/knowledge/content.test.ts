import { describe, expect, it } from 'vitest';
import { Afwegingen, MeldcodeSteps, PhoneNumbers } from '../../src/domain/constants.js';
import type { Article } from '../../src/knowledge/article.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const { articles } = loadKnowledge();
const allowedPhoneNumbers: readonly string[] = Object.values(PhoneNumbers);

function fullText(article: Article): string {
  return [article.title, article.summary, article.body, ...article.keywords].join('\n');
}

/** Dutch phone numbers ("0800-2000", "088 123 4567") and short service numbers ("112", "113"). */
function phoneLikeStrings(text: string): string[] {
  return text.match(/(?<![\d.,-])(?:0\d{2,3}[-\s]?\d{3,7}|1\d{2})(?![\d.,])/g) ?? [];
}

describe('knowledge content', () => {
  it('uses only phone numbers from PhoneNumbers, written exactly as there', () => {
    const foreign = articles.flatMap((article) =>
      phoneLikeStrings(fullText(article))
        .filter((number) => !allowedPhoneNumbers.includes(number))
        .map((number) => `${article.id}: ${number}`),
    );

    expect(foreign).toEqual([]);
  });

  it('finds phone-like strings, so the phone number check is not vacuous', () => {
    expect(phoneLikeStrings('bel 112 of 0800-2000 of 020 1234567')).toEqual(['112', '0800-2000', '020 1234567']);
  });

  it('names a meldcode step after "Stap N:" exactly as MeldcodeSteps does', () => {
    const mismatches = articles.flatMap((article) =>
      [...fullText(article).matchAll(/Stap (\d): ([^\n]+)/g)]
        .filter(([, number, name]) => !name!.startsWith(MeldcodeSteps[Number(number) - 1]!.name))
        .map(([mention]) => `${article.id}: ${mention}`),
    );

    expect(mismatches).toEqual([]);
  });

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

  it('never speaks of a "wettelijke meldplicht"', () => {
    const offending = articles.filter((article) => /wettelijke meldplicht/i.test(fullText(article)));

    expect(offending.map((article) => article.id)).toEqual([]);
  });

  it('gives no opening hours for De Kindertelefoon, because they are unverified', () => {
    const kindertelefoon = articles.filter((article) => fullText(article).includes(PhoneNumbers.kindertelefoon));

    expect(kindertelefoon.length).toBeGreaterThan(0);
    for (const article of kindertelefoon) expect(fullText(article)).not.toMatch(/\b\d{1,2}[.:]\d{2}\b|\d{1,2}\s*(?:uur|u)\b\s*(?:tot|-|–)/);
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

  it('gives every article a source title', () => {
    for (const article of articles) expect(article.source.title.length).toBeGreaterThan(0);
  });
});
