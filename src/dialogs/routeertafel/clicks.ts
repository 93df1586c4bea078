/** What every card click of the routeertafel needs: who clicked, where, and an atomic decision on the case. */
import type { TurnContext } from 'botbuilder';
import type { Deps } from '../../app/deps.js';
import { applyDecision } from '../../store/shared.js';
import { personOf, placeOf } from '../../app/activity.js';
import { respondWithCard, updateCardForAll } from '../../app/invoke.js';
import { asAppError } from '../../core/errors.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import type { Actor, Decision } from '../../domain/cases/decisions.js';
import { mayConfirmHandover } from '../../domain/roles.js';
import { messageCard } from '../../cards/messageCard.js';
import { RouteertafelTexts as T } from './texts.js';
import { type Card } from '../../cards/card.js';
import { channelDirectory } from '../../store/channelDirectory.js';

export function actorOf(ctx: TurnContext): Actor {
  const person = personOf(ctx.activity);
  return { aadId: person.aadObjectId ?? person.userId, name: person.name };
}

/** The gemeente of the channel the click happened in, when it is linked and reachable. */
export async function channelGemeente(deps: Deps, ctx: TurnContext): Promise<string | undefined> {
  const place = placeOf(ctx.activity);
  if (place.kind !== 'channel' || !place.channelId) return undefined;
  return channelDirectory(deps.store.channels).gemeenteOf(place.channelId);
}

export type Gate = { ok: true; case: HandoverCase } | { ok: false; card: Card };

/** The case exists and the click happened in its gemeente's channel (mayConfirmHandover). */
export async function gateCase(deps: Deps, ctx: TurnContext, reference: string, notHere: (gemeente: string) => string): Promise<Gate> {
  const found = await deps.store.cases.get(reference);
  if (!found) return { ok: false, card: messageCard({ title: T.handoverTitle, text: T.caseUnknown, style: 'attention' }) };
  if (!mayConfirmHandover(found.gemeente, await channelGemeente(deps, ctx))) {
    deps.log.info('handover_click_refused', { reason: 'not-linked-channel' });
    return { ok: false, card: messageCard({ title: T.handoverTitle, text: notHere(found.gemeente), style: 'attention' }) };
  }
  return { ok: true, case: found };
}

/** Runs a pure decision on the stored case inside the store's atomic update; undefined when it is gone. */
export function decideOnCase<D extends Decision<object>>(deps: Deps, reference: string, decide: (c: HandoverCase) => D): Promise<D | undefined> {
  return applyDecision(deps.store.cases, reference, decide);
}

/** Answers a click with a card for the clicker only; '' tells teams-ai the response was sent. */
export async function answer(ctx: TurnContext, card: Card): Promise<string> {
  await respondWithCard(ctx, card);
  return '';
}

/**
 * Replaces the clicked card for everyone. The decision is already stored, so a failed update is
 * logged, not thrown: the clicker still gets the fresh card, and the card's refresh catches up.
 */
export async function updateForAll(ctx: TurnContext, deps: Deps, card: Card): Promise<void> {
  try {
    await updateCardForAll(ctx, card);
  } catch (err) {
    deps.log.warn('card_update_failed', { code: asAppError(err).code });
  }
}
