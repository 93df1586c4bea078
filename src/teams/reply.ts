import type { TurnContext } from 'botbuilder';
import { AdaptiveCardContentType, cardAttachment, type Card } from '../cards/card.js';
import type { Reply } from '../app/turn.js';
import { activityOf } from './messenger.js';

/**
 * How a feature answers in this turn. A click is answered by us (not by teams-ai), so a handler
 * decides whether the card changes for the clicker only (a refusal) or for everyone.
 */
export function replyTo(ctx: TurnContext): Reply {
  return {
    send: async (message) => {
      await ctx.sendActivity(typeof message === 'string' ? message : activityOf(message));
    },
    answerClick: (answer) => ('card' in answer ? respondWithCard(ctx, answer.card) : respondWithMessage(ctx, answer.text)),
    replaceForAll: (card) => updateCardForAll(ctx, card),
  };
}

async function respondWithCard(ctx: TurnContext, card: Card): Promise<void> {
  await ctx.sendActivity({
    type: 'invokeResponse',
    value: { status: 200, body: { statusCode: 200, type: AdaptiveCardContentType, value: card } },
  });
}

export async function respondWithMessage(ctx: TurnContext, text: string): Promise<void> {
  await ctx.sendActivity({
    type: 'invokeResponse',
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } },
  });
}

/** Replaces the clicked card in the conversation for everyone. */
async function updateCardForAll(ctx: TurnContext, card: Card): Promise<void> {
  const id = ctx.activity.replyToId;
  if (!id) return;
  await ctx.updateActivity({ type: 'message', id, attachments: [cardAttachment(card)] });
}
