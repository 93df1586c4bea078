import { findIdentifyingData, maskFinding, PiiKindLabels, type PiiKind } from '../../../domain/privacy/guard.js';

export const NOTE_MAX_LENGTH = 500;

export interface CleanNote {
  /** The note as it may be stored: trimmed, identifying data masked. Absent when nothing was written. */
  note?: string;
  /** What was masked, so the user can be told; empty when the note was clean. */
  masked: PiiKind[];
}

/**
 * A professional's own note on a step, made safe to keep: identifying data (names, BSN, phone
 * numbers, addresses, birth dates) is masked, never stored as typed, and reported back.
 */
export function cleanNote(raw: string | undefined, now: Date): CleanNote {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, NOTE_MAX_LENGTH);
  if (text === '') return { masked: [] };
  const findings = findIdentifyingData(text, { now });
  let note = text;
  for (const finding of [...findings].reverse()) {
    note = note.slice(0, finding.index) + maskFinding(finding) + note.slice(finding.index + finding.match.length);
  }
  return { note, masked: [...new Set(findings.map((f) => f.kind))] };
}

/** "een naam en een telefoonnummer" for the notice after masking. */
export function maskedKindsText(kinds: PiiKind[]): string {
  const words = kinds.map((k) => (k === 'bsn' ? 'een BSN' : `een ${PiiKindLabels[k]}`));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} en ${words.at(-1)}`;
}
