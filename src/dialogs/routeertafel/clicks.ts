/** What the routeertafel's card clicks share: the channel's gemeente, the case gate, an atomic decision on the case. */
import type { Deps } from '../../app/deps.js';
import type { Turn } from '../../app/turn.js';
import { applyDecision } from '../../store/shared.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import type { Decision } from '../../domain/cases/decisions.js';
import { mayConfirmHandover } from '../../domain/roles.js';
import { messageCard } from '../../cards/messageCard.js';
import { RouteertafelTexts as T } from './texts.js';
import { type Card } from '../../cards/card.js';
import { channelDirectory } from '../../store/channelDirectory.js';
import type { ClickGate } from '../../workflow/sharedCardClick.js';

/** The gemeente of the channel the click happened in, when it is linked and reachable. */
export async function channelGemeente(deps: Deps, turn: Turn): Promise<string | undefined> {
  const { place } = turn;
  if (place.kind !== 'channel' || !place.channelId) return undefined;
  return channelDirectory(deps.store.channels).gemeenteOf(place.channelId);
}

/** The answer to a click on a case that is not (or no longer) in the store. */
export function caseUnknownCard(): Card {
  return messageCard({ title: T.handoverTitle, text: T.caseUnknown, style: 'attention' });
}

/** The case exists and the click happened in its gemeente's channel (mayConfirmHandover); the case as read. */
export async function gateCase(deps: Deps, turn: Turn, reference: string, notHere: (gemeente: string) => string): Promise<ClickGate<HandoverCase>> {
  const found = await deps.store.cases.get(reference);
  if (!found) return { ok: false, answer: { card: caseUnknownCard() } };
  if (!mayConfirmHandover(found.gemeente, await channelGemeente(deps, turn))) {
    deps.log.info('handover_click_refused', { reason: 'not-linked-channel' });
    return { ok: false, answer: { card: messageCard({ title: T.handoverTitle, text: notHere(found.gemeente), style: 'attention' }) } };
  }
  return { ok: true, found };
}

/** Runs a pure decision on the stored case inside the store's atomic update; undefined when it is gone. */
export function decideOnCase<D extends Decision<object>>(deps: Deps, reference: string, decide: (c: HandoverCase) => D): Promise<D | undefined> {
  return applyDecision(deps.store.cases, reference, decide);
}
