import { collectMatches, type PiiFinding } from './types.js';

// The place after a postcode belongs to the address: "6412 CK Heerlen".
const POSTCODE_PATTERN = /(?<![\p{L}\d])([1-9]\d{3}) ?([A-Za-z]{2})(?![\p{L}\d])(?:[^\S\n]+\p{Lu}[\p{L}'-]+(?:[^\S\n]+\p{Lu}[\p{L}'-]+)?)?/gu;

// PostNL never issues these letter pairs.
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);

/**
 * Two-letter words, abbreviations and units that often follow a number ("in 2019 is", "2024 en",
 * "1500 km", "in 2027 VO"). Rule: a lowercase or mixed pair ("6411 ab", "6411ab") is a postcode
 * unless it is in this list; an uppercase pair ("6411 AB") is one unless the number looks like a
 * year (1900-2099) and the pair is in this list.
 */
const COMMON_WORDS_AFTER_NUMBER = new Set([
  // Dutch
  'al', 'af', 'da', 'de', 'di', 'do', 'en', 'er', 'ga', 'ha', 'he', 'ik', 'in', 'is', 'ja', 'je',
  'ma', 'me', 'na', 'nu', 'of', 'oh', 'ok', 'om', 'op', 'te', 'uw', 'vr', 'we', 'wo', 'za', 'ze', 'zo',
  'mn', 'zn', 'ca', 'nr', 'jr', 'oa', 'vs', 'tv', 'st', 'dr',
  // English
  'an', 'as', 'at', 'be', 'by', 'it', 'my', 'no', 'on', 'or', 'so', 'to', 'up', 'us', 'pm', 'am',
  // units
  'km', 'cm', 'mm', 'kg', 'gr', 'mg', 'ml', 'cl', 'dl', 'kb', 'mb', 'gb', 'cc', 'eu',
  // school types and countries
  'po', 'vo', 'so', 'ho', 'bo', 'nl', 'uk',
]);

function isPostcode(digits: string, letters: string): boolean {
  if (UNUSED_LETTERS.has(letters.toUpperCase())) return false;
  const commonWord = COMMON_WORDS_AFTER_NUMBER.has(letters.toLowerCase());
  if (letters === letters.toUpperCase()) return !(commonWord && /^(?:19|20)\d{2}$/.test(digits));
  return !commonWord;
}

export function findPostcodes(text: string): PiiFinding[] {
  return collectMatches(text, POSTCODE_PATTERN, 'postcode', {
    accept: (m) => isPostcode(m[1] ?? '', m[2] ?? ''),
  });
}
