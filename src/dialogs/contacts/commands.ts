/** "wie is onze contactpersoon" / "contactpersoon <gemeente>": which gemeente is meant. Pure. */
import { findGemeente, type Gemeente, type Region } from '../../domain/region.js';
import type { ChannelLink } from '../../store/records.js';
import { ContactTexts as T } from './texts.js';

export const CONTACT_COMMAND = /^\s*(wie\s+is\s+(onze|de|mijn)\s+contactpersoon|contactperso(?:on|nen))(\s+(van|bij|voor))?(\s+.+?)?\s*\??\s*$/i;

export type ContactDecision = { kind: 'show'; gemeente: Gemeente } | { kind: 'refuse'; text: string };

/** A gemeente named in the message wins; otherwise the gemeente of the channel it was typed in. */
export function decideContact(region: Region, text: string, link: ChannelLink | undefined): ContactDecision {
  const named = (CONTACT_COMMAND.exec(text)?.[5] ?? '').trim().replace(/^gemeente\s+/i, '');
  if (named) {
    const gemeente = findGemeente(region, named);
    return gemeente ? { kind: 'show', gemeente } : { kind: 'refuse', text: T.unknownGemeente(named) };
  }
  const own = link?.kind === 'gemeente' ? findGemeente(region, link.gemeente) : undefined;
  return own ? { kind: 'show', gemeente: own } : { kind: 'refuse', text: T.whichGemeente(region.gemeenten.map((g) => g.name).join(', ')) };
}
