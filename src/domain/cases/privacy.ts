/**
 * Rejects free text that holds identifying data. Case text must stay pseudonymous: the
 * VT-registratienummer identifies the case, everything else stays in the VT and gemeente systems.
 */
import { z } from 'zod';
import { findIdentifyingData, PiiKindLabels, type PiiKind } from '../privacy/guard.js';

/** 'a', 'a en b', 'a, b en c'. */
export function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/**
 * A Dutch message naming the kinds of identifying data found, or null when there are none.
 * The matched text itself is never repeated, so the message is safe to log and show.
 * `now` anchors the guard's date-of-birth rule (the domain never reads the clock).
 */
export function identifyingDataMessage(label: string, value: string, now?: Date, allowedKinds: readonly PiiKind[] = []): string | null {
  const found = new Set(findIdentifyingData(value, now ? { now } : {}).map((f) => f.kind).filter((k) => !allowedKinds.includes(k)));
  if (found.size === 0) return null;
  const kinds = (Object.keys(PiiKindLabels) as PiiKind[]).filter((k) => found.has(k)).map((k) => PiiKindLabels[k]);
  const which = kinds.length > 0 ? ` (${joinDutch(kinds)})` : '';
  return (
    `${label} lijkt identificerende gegevens te bevatten${which}. ` +
    'Haal die weg: gebruik alleen het VT-registratienummer om de casus aan te duiden.'
  );
}

/** Adds the privacy check to a text schema; `allowedKinds` are not reported (names in fields that name professionals). */
export function withoutIdentifyingData<T extends z.ZodType<string, z.ZodTypeDef, unknown>>(schema: T, label: string, now?: Date, allowedKinds: readonly PiiKind[] = []) {
  return schema.superRefine((value, ctx) => {
    const message = identifyingDataMessage(label, value, now, allowedKinds);
    if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  });
}

/**
 * For fields that name a professional or a team (casusregisseur, procesregisseur, team, contact):
 * names are expected there, every other kind of identifying data is refused.
 */
export function professionalText<T extends z.ZodType<string, z.ZodTypeDef, unknown>>(schema: T, label: string) {
  return withoutIdentifyingData(schema, label, undefined, ['name']);
}
