import type { PiiFinding } from './types.js';

const MASK = '*';

/** Masks digits and letters, keeping the first `keepFirst` and last `keepLast` of them and all separators. */
function maskAlphanumerics(text: string, keepFirst: number, keepLast: number): string {
  const total = (text.match(/[\p{L}\d]/gu) ?? []).length;
  let seen = 0;
  return text.replace(/[\p{L}\d]/gu, (ch) => {
    seen++;
    return seen <= keepFirst || seen > total - keepLast ? ch : MASK;
  });
}

/** Keeps the first letter of each word and masks the rest: "Akerstraat 12" → "A********* **". */
function maskWords(text: string): string {
  return text.replace(/[\p{L}\p{M}\d]+/gu, (word) =>
    /^\d/.test(word) ? MASK.repeat(word.length) : word[0] + MASK.repeat(word.length - 1),
  );
}

/** Keeps the country code and the first digits: "+31 6 12345678" → "+31 6 ****5678". */
function maskPhone(phone: string): string {
  const countryCode = phone.match(/^(?:\+|00)31[ -]?(?:\(0\)[ -]?)?/)?.[0] ?? '';
  const rest = phone.slice(countryCode.length);
  return countryCode + maskAlphanumerics(rest, countryCode ? 1 : 2, 4);
}

function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return maskAlphanumerics(email.slice(0, at), 1, 0) + email.slice(at);
}

/** Keeps a four-digit year, which only tells an age: "12-03-2015" → "**-**-2015". */
function maskDate(date: string): string {
  return date.replace(/[\p{L}\d]+/gu, (part) => (/^(?:19|20)\d{2}$/.test(part) ? part : MASK.repeat(part.length)));
}

/** Shows what was found without repeating it: "06-12345678" → "06-****5678". */
export function maskFinding(finding: PiiFinding): string {
  switch (finding.kind) {
    case 'bsn':
      return maskAlphanumerics(finding.match, 0, 3);
    case 'phone':
      return maskPhone(finding.match);
    case 'email':
      return maskEmail(finding.match);
    case 'postcode':
      return maskAlphanumerics(finding.match, 2, 0);
    case 'birthdate':
      return maskDate(finding.match);
    case 'address':
    case 'name':
      return maskWords(finding.match);
  }
}
