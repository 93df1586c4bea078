/** "werkvoorraad" in a gemeente channel, or "werkvoorraad <gemeente>" in the Veilig Thuis channel. Pure. */
import { findGemeente, type Region } from '../../domain/region.js';
import type { ChannelLink } from '../../store/records.js';
import { WerkvoorraadTexts as T } from './texts.js';

/** "werkvoorraad", alone or with one of the region's gemeenten; other sentences that start with the word are questions. */
export function werkvoorraadCommand(region: Region): RegExp {
  const names = region.gemeenten.map((g) => g.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+'));
  return new RegExp(`^\\s*werkvoorraad(\\s+(${names.join('|')}))?\\s*$`, 'i');
}

export type WerkvoorraadDecision = { kind: 'refuse'; text: string } | { kind: 'session'; gemeente: string };

export function decideWerkvoorraadCommand(region: Region, text: string, link: ChannelLink | undefined): WerkvoorraadDecision {
  const named = text.trim().replace(/^werkvoorraad/i, '').trim();
  if (link?.kind === 'gemeente' && !named) return { kind: 'session', gemeente: link.gemeente };
  if (link?.kind === 'veilig-thuis' && named) {
    const gemeente = findGemeente(region, named);
    return gemeente ? { kind: 'session', gemeente: gemeente.name } : { kind: 'refuse', text: T.unknownGemeente(named) };
  }
  return { kind: 'refuse', text: T.onlyInGemeenteChannel };
}
