/** "triage" in a gemeente channel: which meldingen wait for a decision. Pure. */
import type { Region } from '../../domain/region.js';
import type { ChannelLink } from '../../store/records.js';
import { TriageTexts as T } from './texts.js';
import { isTriagetafel } from './announce.js';

export const TRIAGE_COMMAND = /^\s*triage\s*$/i;

export type TriageCommandDecision = { kind: 'refuse'; text: string } | { kind: 'overview'; gemeente: string };

export function decideTriageCommand(region: Region, link: ChannelLink | undefined): TriageCommandDecision {
  if (link?.kind !== 'gemeente') return { kind: 'refuse', text: T.onlyInGemeenteChannel };
  if (!isTriagetafel(region, link.gemeente)) return { kind: 'refuse', text: T.notATriagetafel(link.gemeente) };
  return { kind: 'overview', gemeente: link.gemeente };
}
