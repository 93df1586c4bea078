import { collectMatches, type PiiFinding } from './types.js';

// A Dutch number is 0 (or +31 / 0031, optionally with "(0)") plus 9 digits, with spaces,
// dashes, dots or brackets between them. Shorter numbers (112, 0800-2000, 0800-0432) never match.
const PHONE_PATTERN =
  /(?<![\w+])(?:(?:\+|00)31[ -]?(?:\(0\)[ -]?)?|\(0|0)(?:\d[ \-.)]{0,3}){8}\d(?!\d)/g;

// Organisation numbers: free (0800), paid (0900/0906/0909) and company-wide (088) numbers
// never belong to a household, so they are not identifying.
const ORGANISATION_PREFIXES = ['800', '900', '906', '909', '88'];

function nationalDigits(match: string): string {
  return match
    .replace('(0)', '')
    .replace(/\D/g, '')
    .replace(/^(?:0031|31|0)/, '');
}

export function findPhoneNumbers(text: string): PiiFinding[] {
  return collectMatches(text, PHONE_PATTERN, 'phone', {
    accept: (m) => {
      const national = nationalDigits(m[0]);
      return national.length === 9 && !ORGANISATION_PREFIXES.some((p) => national.startsWith(p));
    },
  });
}
