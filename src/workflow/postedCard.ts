import type { Deps } from '../app/deps.js';
import type { Card } from '../cards/card.js';
import { asAppError } from '../core/errors.js';
import type { ConversationRef } from '../store/records.js';

/** Where the bot posted a card it may later change: the conversation (thread) and the message id. */
export interface PostedCard {
  reference: ConversationRef;
  activityId: string;
}

/**
 * Replaces a card the bot posted earlier, for everyone who sees it (a ticket in the Veilig Thuis
 * channel, an agenda page). The change that caused it is already saved, so a failure is logged by
 * code and ids and never thrown: the card catches up at its next change.
 */
export async function replacePostedCard(deps: Pick<Deps, 'messenger' | 'log'>, posted: PostedCard, card: Card, logIds: Record<string, string>): Promise<void> {
  try {
    await deps.messenger.update(posted.reference, posted.activityId, { cards: [card] });
  } catch (err) {
    deps.log.warn('posted_card_update_failed', { ...logIds, code: asAppError(err).code });
  }
}
