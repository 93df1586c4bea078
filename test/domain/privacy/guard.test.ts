import { describe, expect, it } from 'vitest';
import {
  findIdentifyingData,
  isValidBsn,
  maskFinding,
  PiiKindLabels,
  type PiiFinding,
  type PiiKind,
} from '../../../src/domain/privacy/guard.js';
import { negativeSentences, positiveSentences } from './sentences.js';

// Fixed "today", so the date-of-birth rule (year at least three years back) gives stable results.
const now = new Date('2026-11-15T12:00:00Z');
const find = (text: string): PiiFinding[] => findIdentifyingData(text, { now });

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

const kinds = Object.keys(PiiKindLabels) as PiiKind[];

function countOf(list: PiiKind[], kind: PiiKind): number {
  return list.filter((k) => k === kind).length;
}

function measure(): { perKind: Record<PiiKind, Counts>; misses: string[] } {
  const perKind = Object.fromEntries(
    kinds.map((k) => [k, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<PiiKind, Counts>;
  const misses: string[] = [];
  const labelled = [...positiveSentences, ...negativeSentences.map((text) => ({ text, kinds: [] as PiiKind[] }))];
  for (const { text, kinds: expected } of labelled) {
    const found = find(text).map((f) => f.kind);
    for (const kind of kinds) {
      const hits = Math.min(countOf(expected, kind), countOf(found, kind));
      perKind[kind].truePositives += hits;
      perKind[kind].falsePositives += countOf(found, kind) - hits;
      perKind[kind].falseNegatives += countOf(expected, kind) - hits;
    }
    if ([...expected].sort().join() !== [...found].sort().join()) {
      misses.push(`${JSON.stringify(text)}: expected [${expected}], found [${found}]`);
    }
  }
  return { perKind, misses };
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const recall = (c: Counts): number => ratio(c.truePositives, c.truePositives + c.falseNegatives);
const precision = (c: Counts): number => ratio(c.truePositives, c.truePositives + c.falsePositives);
const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

describe('privacy guard on the labelled sentence set', () => {
  const { perKind, misses } = measure();
  const overall = Object.values(perKind).reduce(
    (sum, c) => ({
      truePositives: sum.truePositives + c.truePositives,
      falsePositives: sum.falsePositives + c.falsePositives,
      falseNegatives: sum.falseNegatives + c.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
  console.log(
    [
      `privacy guard: ${positiveSentences.length} positive, ${negativeSentences.length} negative sentences`,
      ...kinds.map((k) => `  ${k.padEnd(9)} precision ${percent(precision(perKind[k]))}  recall ${percent(recall(perKind[k]))}`),
      `  overall   precision ${percent(precision(overall))}  recall ${percent(recall(overall))}`,
      ...(misses.length > 0 ? ['  mismatches:', ...misses.map((m) => `    ${m}`)] : []),
    ].join('\n'),
  );

  it('has at least 60 positive and 60 negative sentences', () => {
    expect(positiveSentences.length).toBeGreaterThanOrEqual(60);
    expect(negativeSentences.length).toBeGreaterThanOrEqual(60);
  });

  it.each(['bsn', 'phone', 'email', 'postcode'] as const)('finds every %s (recall 100%%)', (kind) => {
    expect(recall(perKind[kind])).toBe(1);
  });

  it('reaches at least 90% recall and 90% precision overall', () => {
    expect(recall(overall)).toBeGreaterThanOrEqual(0.9);
    expect(precision(overall)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('findIdentifyingData', () => {
  it('returns findings sorted by position with their exact text', () => {
    const text = 'Lisa woont op Kerkstraat 8, 6367 AB Voerendaal, tel. 06-23456789.';
    expect(find(text)).toEqual([
      { kind: 'name', match: 'Lisa', index: 0 },
      { kind: 'address', match: 'Kerkstraat 8', index: 14 },
      { kind: 'postcode', match: '6367 AB Voerendaal', index: 28 },
      { kind: 'phone', match: '06-23456789', index: 53 },
    ]);
  });

  it('reports an international mobile number as one phone number, not also as a BSN', () => {
    expect(find('Bel +31 6 12345678 of 0031 6 23456789').map((f) => f.kind)).toEqual(['phone', 'phone']);
  });

  it('does not flag service numbers of organisations', () => {
    expect(find('Bel 112, 0800-2000, 0800-0432, 0800-1234567 of 0900-1234567')).toEqual([]);
  });

  it('ignores nine-digit numbers that fail the elfproef', () => {
    expect(find('Dossiernummer 123456789 en factuur 415924845')).toEqual([]);
  });

  it('flags a lowercase postcode but not a year followed by a short word', () => {
    expect(find('woont in 6411 ab')).toHaveLength(1);
    expect(find('in 2024 is en 2019 en 2023 op')).toEqual([]);
  });

  it('flags a date next to a birth keyword, whatever its year', () => {
    expect(find('Gesprek op 12-10-2026.')).toEqual([]);
    expect(find('Geboren op 12-10-2026.')).toHaveLength(1);
    expect(find('Zij is op 12 oktober geboren.')).toHaveLength(1);
  });

  it('flags an old full date without keyword unless an event word introduces it', () => {
    expect(find('Moeder (12-10-1985) belde.')).toHaveLength(1);
    expect(find('Dossier sinds 12-10-2019.')).toEqual([]);
    expect(find('Melding: 14-03-2021.')).toEqual([]);
  });

  it('skips names that are ordinary words at the start of a sentence only', () => {
    expect(find('Ben je er morgen? Wil je bellen?')).toEqual([]);
    expect(find('Ik sprak met Ben en Roos.').map((f) => f.match)).toEqual(['Ben', 'Roos']);
  });

  it('catches first names by shape: diminutives, unlisted names with a surname, after a relation word, before a personal verb', () => {
    const names = (text: string) => find(text).filter((f) => f.kind === 'name').map((f) => f.match);
    expect(names('Jantje de Vries woont bij zijn oma.')).toEqual(['Jantje de Vries']);
    expect(names('De moeder van Pietje belde.')).toEqual(['Pietje']);
    expect(names('Gisteren zag ik Bartek Kowalski op het plein.')).toEqual(['Bartek Kowalski']);
    expect(names('Het gaat over de dochter Wietske.')).toEqual(['Wietske']);
    expect(names('Feike vertelde dat papa boos was.')).toEqual(['Feike']);
    expect(names('noortje en haar broertje timo sliepen bij de buren.')).toEqual(['noortje', 'timo']);
  });

  it('does not flag organisations, places, job titles or sentence-initial words', () => {
    for (const clean of [
      'De Raad voor de Kinderbescherming doet onderzoek in Sittard-Geleen.',
      'Ik ben Schoolmaatschappelijk Werker bij het Wijkteam Heerlen.',
      'Afspraak staat op 12-11-2026, graag even terugkoppelen.',
      'Veilig Thuis Zuid-Limburg belde de Gecertificeerde Instelling.',
      'Tijdens de Kerstvakantie was er geen zicht op het gezin.',
    ]) {
      expect(find(clean), clean).toEqual([]);
    }
  });

  it('does not treat role words as names', () => {
    expect(find('Moeder, vader, de juf, de meester, het broertje en de leerling waren er.')).toEqual([]);
  });
});

describe('isValidBsn', () => {
  it('accepts numbers that pass the elfproef', () => {
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('079244026')).toBe(true);
  });

  it('accepts an eight-digit number as one with a leading zero', () => {
    expect(isValidBsn('74717182')).toBe(true);
    expect(isValidBsn('074717182')).toBe(true);
  });

  it('rejects numbers that fail the elfproef, all zeros and wrong lengths', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('1234567')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
  });
});

describe('maskFinding', () => {
  const mask = (kind: PiiKind, match: string): string => maskFinding({ kind, match, index: 0 });

  it('keeps the first two and last four digits of a phone number', () => {
    expect(mask('phone', '06-12345678')).toBe('06-****5678');
    expect(mask('phone', '+31 6 12345678')).toBe('+31 6 ****5678');
    expect(mask('phone', '(043) 123 4567')).toBe('(04*) *** 4567');
  });

  it('shows only the last three digits of a BSN', () => {
    expect(mask('bsn', '1234.56.782')).toBe('****.**.782');
  });

  it('keeps the first letter of an e-mail address and its domain', () => {
    expect(mask('email', 's.jansen@gmail.com')).toBe('s.******@gmail.com');
  });

  it('keeps the region digits of a postcode', () => {
    expect(mask('postcode', '6411 AB')).toBe('64** **');
  });

  it('keeps only the year of a date of birth', () => {
    expect(mask('birthdate', '12-03-2015')).toBe('**-**-2015');
    expect(mask('birthdate', '12 maart 2015')).toBe('** ***** 2015');
  });

  it('keeps the initials of names and street names and hides house numbers', () => {
    expect(mask('name', 'Anna de Vries')).toBe('A*** d* V****');
    expect(mask('address', 'Kerkplein 3a')).toBe('K******** **');
  });

  it('never returns the original text', () => {
    for (const { text } of positiveSentences) {
      for (const finding of find(text)) expect(maskFinding(finding)).not.toBe(finding.match);
    }
  });
});
