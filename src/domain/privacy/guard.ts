import { findAddresses } from './address.js';
import { findBirthdates } from './birthdate.js';
import { findBsns } from './bsn.js';
import { findEmails } from './email.js';
import { findNames } from './names.js';
import { findPhoneNumbers } from './phone.js';
import { findPostcodes } from './postcode.js';
import type { PiiFinding, PiiKind } from './types.js';

export type { PiiFinding, PiiKind } from './types.js';
export { isValidBsn } from './bsn.js';
export { maskFinding } from './mask.js';

export const PiiKindLabels: Record<PiiKind, string> = {
  bsn: 'BSN',
  phone: 'telefoonnummer',
  email: 'e-mailadres',
  postcode: 'postcode',
  birthdate: 'geboortedatum',
  address: 'adres',
  name: 'naam',
};

// When two findings overlap and are equally long, the more specific kind wins.
const KIND_PRIORITY: readonly PiiKind[] = ['email', 'phone', 'bsn', 'birthdate', 'postcode', 'address', 'name'];

function overlaps(a: PiiFinding, b: PiiFinding): boolean {
  return a.index < b.index + b.match.length && b.index < a.index + a.match.length;
}

/** Keeps the longest of overlapping findings, so "+31 6 12345678" is one phone number, not a BSN. */
function removeOverlaps(findings: PiiFinding[]): PiiFinding[] {
  const byStrength = [...findings].sort(
    (a, b) => b.match.length - a.match.length || KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind),
  );
  const kept: PiiFinding[] = [];
  for (const finding of byStrength) {
    if (!kept.some((k) => overlaps(k, finding))) kept.push(finding);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/**
 * Identifying data of clients in free text (BSN, phone, e-mail, postcode, date of birth, address,
 * names), sorted by position. `now` sets the current year for the date-of-birth rule.
 */
export function findIdentifyingData(text: string, options: { now?: Date } = {}): PiiFinding[] {
  const now = options.now ?? new Date();
  return removeOverlaps([
    ...findEmails(text),
    ...findPhoneNumbers(text),
    ...findBsns(text),
    ...findBirthdates(text, now),
    ...findPostcodes(text),
    ...findAddresses(text),
    ...findNames(text),
  ]);
}
