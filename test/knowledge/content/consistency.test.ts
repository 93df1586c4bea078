import { describe, expect, it } from 'vitest';
import { Afwegingen, MeldcodeSteps } from '../../../src/domain/constants.js';
import { Definitions, KeyDates, PhoneNumbers, Timescales } from '../../../src/domain/facts.js';
import { allStatedText, type StatedText } from './statedText.js';

/**
 * One source of truth: the articles, the meldcode walk, the card templates and the app and feature texts
 * must state each fact as src/domain/facts.ts does. Each check lists every place that differs.
 */
const stated = allStatedText();
const withoutUrls = (text: string) => text.replace(/https?:\/\/\S+/g, '');
const phoneLike = /(?<![\d.,-])(?:0\d{2,3}[-\s]?\d{3,7}|11\d)(?![\d.,])/g;

function offending(check: (text: string) => string[]): string[] {
  return stated.flatMap(({ place, text }: StatedText) => check(withoutUrls(text)).map((problem) => `${place}: ${problem}`));
}

/** Each article as one text, and each literal elsewhere as its own text, for checks that need the whole answer. */
function wholeTexts(): StatedText[] {
  const byPlace = new Map<string, string[]>();
  for (const { place, text } of stated) byPlace.set(place, [...(byPlace.get(place) ?? []), text]);
  return stated
    .filter(({ place }) => !place.startsWith('article '))
    .concat([...byPlace].filter(([place]) => place.startsWith('article ')).map(([place, texts]) => ({ place, text: texts.join('\n') })));
}

describe('one source of truth for facts', () => {
  it('reads the walk, the card templates and the articles, so the checks are not vacuous', () => {
    const places = new Set(stated.map(({ place }) => place));

    expect([...places].some((place) => place.startsWith('src/dialogs/meldcode/'))).toBe(true);
    expect([...places].some((place) => place.startsWith('src/cards/templates/'))).toBe(true);
    expect(places).toContain('src/app/texts.ts');
    expect([...places].filter((place) => place.startsWith('article ')).length).toBeGreaterThan(50);
  });

  it('writes every phone number exactly as PhoneNumbers does', () => {
    const known: readonly string[] = Object.values(PhoneNumbers);

    expect(offending((text) => (text.match(phoneLike) ?? []).filter((number) => !known.includes(number)))).toEqual([]);
  });

  it('gives each helpline its own number', () => {
    const owners = [
      { name: /Veilig Thuis/, numbers: [PhoneNumbers.veiligThuis] },
      { name: /Kindertelefoon/, numbers: [PhoneNumbers.kindertelefoon] },
      { name: /Zelfmoordpreventie/, numbers: [PhoneNumbers.suicidePrevention, PhoneNumbers.suicidePreventionFree] },
    ];
    const mismatches = offending((text) =>
      owners.flatMap(({ name, numbers }) =>
        [...text.matchAll(new RegExp(`${name.source}\\W{0,14}(\\d[\\d-]{2,})`, 'g'))]
          .map((match) => match[1]!)
          .filter((number) => number.match(phoneLike) && !(numbers as string[]).includes(number))
          .map((number) => `${name.source} ${number}`),
      ),
    );

    expect(mismatches).toEqual([]);
  });

  it('states the Veilig Thuis time limits as Timescales does', () => {
    const days = String(Timescales.veiligheidsbeoordelingWorkingDays);
    const weeks = String(Timescales.followUpMaxWeeks);

    const asNumber = (word: string) => ({ vijf: '5', tien: '10' })[word] ?? word;
    const counts = (text: string, unit: RegExp) => [...text.matchAll(unit)].map((match) => asNumber(match[1]!)).filter((n) => /^\d+$/.test(n));

    expect(offending((text) => counts(text, /(\S+)\s+werkdagen/g).filter((n) => n !== days))).toEqual([]);
    expect(offending((text) => counts(text, /(\S+)\s+weken/g).filter((n) => n !== weeks && /Voorwaarden|onderzoek/i.test(text)))).toEqual([]);
  });

  it('writes key dates only as KeyDates does', () => {
    const known: readonly string[] = Object.values(KeyDates);
    const datePattern = /\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/g;

    expect(offending((text) => (text.match(datePattern) ?? []).filter((date) => !known.includes(date)))).toEqual([]);
  });

  it('never narrows kindermishandeling to parents and carers, and quotes the Jeugdwet in full', () => {
    expect(offending((text) => (/ouders of (?:andere )?opvoeders/i.test(text) ? ['ouders of opvoeders'] : []))).toEqual([]);
    const partialQuotes = wholeTexts()
      .filter(({ place }) => place !== 'src/domain/facts.ts')
      .filter(({ text }) => text.includes('relatie van afhankelijkheid') && !text.includes(Definitions.kindermishandeling.text))
      .map(({ place }) => place);

    expect(partialQuotes).toEqual([]);
  });

  it('never says something "valt altijd onder de meldcode" or speaks of a "wettelijke meldplicht"', () => {
    expect(offending((text) => (text.match(/altijd onder de meldcode|wettelijke meldplicht/gi) ?? []))).toEqual([]);
  });

  it('names 113 wherever suicide is mentioned', () => {
    const missing = wholeTexts()
      .filter(({ text }) => /zelfmoord|suïcid|zelfdoding/i.test(text) && !text.includes(PhoneNumbers.suicidePrevention))
      .map(({ place }) => place);

    expect(missing).toEqual([]);
  });

  it('gives no opening hours for De Kindertelefoon, because they are unverified', () => {
    const hours = /\b\d{1,2}[.:]\d{2}\b|\d{1,2}\s*(?:uur|u)\b\s*(?:tot|-|–)/;

    expect(wholeTexts().filter(({ text }) => text.includes('Kindertelefoon') && hours.test(text)).map(({ place }) => place)).toEqual([]);
  });

  it('names meldcode steps and afwegingen as MeldcodeSteps and Afwegingen do ("Afweging 1: geen vermoeden" names the outcome)', () => {
    const mentions = (text: string, label: string, names: readonly { name: string }[]) =>
      [...text.matchAll(new RegExp(`${label} (\\d): ([^\\n.]+)`, 'g'))]
        .filter(([, n, words]) => !words!.toLowerCase().includes((names[Number(n) - 1]?.name ?? '?').toLowerCase()))
        .map(([mention]) => mention);
    const steps = offending((text) => mentions(text, 'Stap', MeldcodeSteps));
    const afwegingen = offending((text) => mentions(text, 'Afweging', Afwegingen));

    expect([...steps, ...afwegingen]).toEqual([]);
  });
});
