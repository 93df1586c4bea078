import { findGemeente, type Region } from '../../domain/region.js';
import type { ChannelLink, ChannelRecord } from '../../store/records.js';

export type LinkCommand = { kind: 'link'; target: string } | { kind: 'unlink' } | { kind: 'status' };

export type LinkDecision =
  | { kind: 'refuse'; reason: 'not-in-channel' | 'not-coordinator' | 'unknown-gemeente' | 'missing-gemeente' | 'unknown-team' | 'gemeente-taken'; detail?: string; takenBy?: ChannelRecord }
  | { kind: 'link'; link: ChannelLink; unchanged: boolean }
  | { kind: 'unlink'; previous: ChannelLink | undefined };

/** Reads "koppel …", "ontkoppel" and "status" (already without the bot's @-mention). */
export function parseLinkCommand(text: string): LinkCommand | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const koppel = /^koppel(?:\s+(.*))?$/i.exec(t);
  if (koppel) return { kind: 'link', target: (koppel[1] ?? '').trim() };
  if (/^ontkoppel$/i.test(t)) return { kind: 'unlink' };
  if (/^status$/i.test(t)) return { kind: 'status' };
  return undefined;
}

export interface LinkInput {
  command: Extract<LinkCommand, { kind: 'link' | 'unlink' }>;
  region: Region;
  inChannel: boolean;
  isCoordinator: boolean;
  current: ChannelRecord | undefined;
  /** Every other active channel, to keep one channel per gemeente. */
  others: ChannelRecord[];
}

export function decideLink(input: LinkInput): LinkDecision {
  const { command, region, current } = input;
  if (!input.inChannel) return { kind: 'refuse', reason: 'not-in-channel' };
  if (!input.isCoordinator) return { kind: 'refuse', reason: 'not-coordinator' };
  if (command.kind === 'unlink') return { kind: 'unlink', previous: current?.link };
  const link = resolveTarget(region, command.target);
  if ('reason' in link) return { kind: 'refuse', ...link };
  if (link.kind === 'gemeente') {
    const takenBy = input.others.find((c) => c.id !== current?.id && c.link?.kind === 'gemeente' && c.link.gemeente === link.gemeente);
    if (takenBy) return { kind: 'refuse', reason: 'gemeente-taken', detail: link.gemeente, takenBy };
  }
  const unchanged = JSON.stringify(current?.link) === JSON.stringify(link) && current?.active === true;
  return { kind: 'link', link, unchanged };
}

function resolveTarget(region: Region, target: string): ChannelLink | { reason: 'unknown-gemeente' | 'missing-gemeente' | 'unknown-team'; detail?: string } {
  if (!target) return { reason: 'missing-gemeente' };
  const vt = /^veilig\s*thuis(?:\s+(.+))?$/i.exec(target);
  if (vt) {
    const wanted = vt[1]?.trim().toLowerCase();
    const team = wanted
      ? region.advice.teams.find((t) => t.key.toLowerCase() === wanted || t.label.toLowerCase() === wanted)
      : region.advice.teams[0];
    return team ? { kind: 'veilig-thuis', adviceTeam: team.key } : { reason: 'unknown-team', detail: vt[1]!.trim() };
  }
  const gemeente = findGemeente(region, target);
  return gemeente ? { kind: 'gemeente', gemeente: gemeente.name } : { reason: 'unknown-gemeente', detail: target };
}
