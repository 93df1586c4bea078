import { collectMatches, type PiiFinding } from './types.js';

const EMAIL_PATTERN = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;

export function findEmails(text: string): PiiFinding[] {
  return collectMatches(text, EMAIL_PATTERN, 'email');
}
