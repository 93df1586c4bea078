import type { PiiFinding } from './types.js';

/**
 * BSN elfproef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be a multiple of 11.
 * Accepts 9 digits, or 8 digits (an old number written without its leading zero).
 */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const padded = digits.padStart(9, '0');
  if (/^0+$/.test(padded)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(padded[i]);
  sum -= Number(padded[8]);
  return sum % 11 === 0;
}

const DIGIT_RUN = /(?<![\d.,])\d+(?:[ .-]\d+)*/g;

interface DigitGroup {
  digits: string;
  start: number;
}

function groupsOf(run: string, runIndex: number): DigitGroup[] {
  return [...run.matchAll(/\d+/g)].map((g) => ({ digits: g[0], start: runIndex + g.index }));
}

/**
 * A BSN is 9 digits, written as one block or in groups of at least two ("1234.56.782",
 * "123 456 782"), or one block of 8 digits. Every stretch of consecutive groups in a run of
 * numbers is tried, so "BSN 123 456 782 12 jaar" still finds the BSN; the elfproef rejects the rest.
 */
function findInRun(text: string, groups: DigitGroup[]): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (let first = 0; first < groups.length; first++) {
    let digits = '';
    for (let last = first; last < groups.length; last++) {
      const group = groups[last]!;
      if (last > first && (group.digits.length < 2 || groups[first]!.digits.length < 2)) break;
      digits += group.digits;
      if (digits.length > 9) break;
      const candidate = digits.length === 9 || (digits.length === 8 && last === first);
      if (candidate && isValidBsn(digits)) {
        const start = groups[first]!.start;
        findings.push({ kind: 'bsn', match: text.slice(start, group.start + group.digits.length), index: start });
        first = last;
        break;
      }
    }
  }
  return findings;
}

export function findBsns(text: string): PiiFinding[] {
  return [...text.matchAll(DIGIT_RUN)].flatMap((run) => findInRun(text, groupsOf(run[0], run.index)));
}
