/** The gate of a click on a case card: the case exists and the click happened in its gemeente's linked channel. */
import type { Deps } from '../app/deps.js';
import type { Turn } from '../app/turn.js';
import type { Card } from '../cards/card.js';
import type { HandoverCase } from '../domain/cases/case.js';
import { mayConfirmHandover } from '../domain/roles.js';
import type { ChannelLink } from '../store/records.js';
import type { ClickGate } from './sharedCardClick.js';

/** What the channel a turn happened in is linked to, when it is linked and reachable; undefined outside a channel. */
export async function channelLinkOf(deps: Pick<Deps, 'store'>, turn: Turn): Promise<ChannelLink | undefined> {
  const { place } = turn;
  const channel = place.kind === 'channel' && place.channelId ? await deps.store.channels.get(place.channelId) : undefined;
  return channel?.active ? channel.link : undefined;
}

/** The gemeente of the channel the click happened in, when it is linked and reachable. */
export async function channelGemeente(deps: Pick<Deps, 'store'>, turn: Turn): Promise<string | undefined> {
  const link = await channelLinkOf(deps, turn);
  return link?.kind === 'gemeente' ? link.gemeente : undefined;
}

export interface CaseGateRefusals {
  /** The case is not (or no longer) in the store. */
  unknown: Card;
  /** Clicked outside the case's gemeente channel. */
  notHere(gemeente: string): Card;
}

/** The case as read, when it exists and the click happened in its gemeente's channel (mayConfirmHandover). */
export async function gateCaseInItsChannel(deps: Pick<Deps, 'store' | 'log'>, turn: Turn, reference: string, refusals: CaseGateRefusals): Promise<ClickGate<HandoverCase>> {
  const found = await deps.store.cases.get(reference);
  if (!found) return { ok: false, answer: { card: refusals.unknown } };
  if (!mayConfirmHandover(found.gemeente, await channelGemeente(deps, turn))) {
    deps.log.info('case_click_refused', { reason: 'not-linked-channel' });
    return { ok: false, answer: { card: refusals.notHere(found.gemeente) } };
  }
  return { ok: true, found };
}
