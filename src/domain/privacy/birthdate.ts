import type { PiiFinding } from './types.js';

/*
 * Rule for dates of birth:
 * 1. Next to a birth keyword (geboren, geb., geboortedatum, geboortedag, jarig), before or just
 *    after the date, any date is flagged: a full date, a day and month ("geboren op 3 april") or a
 *    month and year ("geboren in maart 2015"). A year alone ("geboren in 2015") only tells an age.
 * 2. Without a keyword, a full date (day, month and year) is flagged when its year is at least three
 *    years back and no event word (op, sinds, vanaf, melding ...) comes right before it: meetings and
 *    incidents in case notes are recent and introduced by such a word, birth dates of children and
 *    parents are old and stand alone ("Moeder (27-11-1988)"). "op 3 november" is never flagged.
 */
const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const YEAR = "(?:(?:19|20)\\d{2}|'\\d{2})";

const NUMERIC_DATE =
  `${DAY}(?<sep>[-/.])(?:0?[1-9]|1[0-2])\\k<sep>(?:(?:19|20)\\d{2}|\\d{2})` +
  '|(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const WRITTEN_DAY_MONTH = `${DAY}(?:e|ste|de)?\\s+(?:${MONTHS})\\.?`;
const FULL_DATE = `(?:${NUMERIC_DATE}|${WRITTEN_DAY_MONTH}\\s+${YEAR})`;
const ANY_DATE = `(?:${NUMERIC_DATE}|${WRITTEN_DAY_MONTH}(?:\\s+${YEAR})?|(?:${MONTHS})\\.?\\s+${YEAR})`;
const EDGES = { before: '(?<![\\d\\p{L}])', after: '(?![\\d\\p{L}])' };

const KEYWORD = '(?:geboren|geb\\.|geb\\b|geboortedatum|geb\\.\\s?datum|geboortedag|jarig)';
const FILLER = '(?:\\s*(?::|op|in|is|de|den|rond)\\b)*\\s*:?\\s*';

const DATE_AFTER_KEYWORD = new RegExp(
  `(?<![\\p{L}])${KEYWORD}${FILLER}(${EDGES.before}${ANY_DATE}${EDGES.after})`,
  'giud',
);
const DATE_BEFORE_KEYWORD = new RegExp(
  `${EDGES.before}${ANY_DATE}${EDGES.after}(?=(?:\\s+\\p{L}+){0,2}\\s+(?:geboren|jarig)\\b)`,
  'giu',
);
const STANDALONE_FULL_DATE = new RegExp(`${EDGES.before}${FULL_DATE}${EDGES.after}`, 'giu');

const EVENT_WORD_BEFORE =
  /(?:\b(?:op|sinds|vanaf|per|tot|na|voor|tussen|en|rond|omstreeks|d\.d\.|datum|melding|incident|gesprek|brief|verslag|afspraak)\s*:?\s*)$/iu;
const MIN_AGE_IN_YEARS = 3;

function yearOf(date: string, currentYear: number): number | undefined {
  const fourDigits = date.match(/(?:19|20)\d{2}/);
  if (fourDigits) return Number(fourDigits[0]);
  // Two-digit years up to this year are read as 20xx, later ones as 19xx.
  const twoDigits = date.match(/\d{2}$/);
  if (!twoDigits) return undefined;
  const yy = Number(twoDigits[0]);
  return yy <= currentYear % 100 ? 2000 + yy : 1900 + yy;
}

function isOldStandaloneDate(text: string, date: string, index: number, currentYear: number): boolean {
  const year = yearOf(date, currentYear);
  if (year === undefined || year > currentYear - MIN_AGE_IN_YEARS) return false;
  return !EVENT_WORD_BEFORE.test(text.slice(Math.max(0, index - 20), index));
}

export function findBirthdates(text: string, now: Date): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const m of text.matchAll(DATE_AFTER_KEYWORD)) {
    const index = m.indices?.[1]?.[0];
    if (m[1] !== undefined && index !== undefined) findings.push({ kind: 'birthdate', match: m[1], index });
  }
  for (const m of text.matchAll(DATE_BEFORE_KEYWORD)) {
    findings.push({ kind: 'birthdate', match: m[0], index: m.index });
  }
  for (const m of text.matchAll(STANDALONE_FULL_DATE)) {
    if (isOldStandaloneDate(text, m[0], m.index, now.getFullYear())) {
      findings.push({ kind: 'birthdate', match: m[0], index: m.index });
    }
  }
  return findings;
}
