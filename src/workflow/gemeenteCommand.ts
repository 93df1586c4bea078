/**
 * A command about one gemeente's table work: the word alone in a gemeente channel, or the word with a
 * gemeente's name in a Veilig Thuis channel ("werkvoorraad", "evaluatie Vaals"). Pure.
 */
import { findGemeente, type Region } from '../domain/region.js';
import type { ChannelLink } from '../store/records.js';

/** The word, alone or with one of the region's gemeenten; other sentences that start with it are questions. */
export function gemeenteCommand(region: Region, word: string): RegExp {
  const names = region.gemeenten.map((g) => g.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+'));
  return new RegExp(`^\\s*${word}(\\s+(${names.join('|')}))?\\s*$`, 'i');
}

export type GemeenteCommandDecision = { kind: 'refuse'; text: string } | { kind: 'gemeente'; gemeente: string };

export interface GemeenteCommandRefusals {
  unknownGemeente(named: string): string;
  /** Typed outside a linked gemeente or Veilig Thuis channel, or without a gemeente in a Veilig Thuis channel. */
  onlyInChannel: string;
}

export function decideGemeenteCommand(region: Region, word: string, text: string, link: ChannelLink | undefined, refusals: GemeenteCommandRefusals): GemeenteCommandDecision {
  const named = text.trim().slice(word.length).trim();
  if (link?.kind === 'gemeente' && !named) return { kind: 'gemeente', gemeente: link.gemeente };
  if (link?.kind === 'veilig-thuis' && named) {
    const gemeente = findGemeente(region, named);
    return gemeente ? { kind: 'gemeente', gemeente: gemeente.name } : { kind: 'refuse', text: refusals.unknownGemeente(named) };
  }
  return { kind: 'refuse', text: refusals.onlyInChannel };
}
