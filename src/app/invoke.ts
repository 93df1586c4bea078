import type { TurnContext } from 'botbuilder';
import { AdaptiveCardContentType, cardAttachment, type Card } from '../cards/card.js';

/**
 * Answers an Action.Execute click ourselves, so a handler decides whether the card changes for
 * the clicker only (a refusal) or for everyone (then it also calls updateCardForAll).
 */
export async function respondWithCard(ctx: TurnContext, card: Card): Promise<void> {
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
export async function updateCardForAll(ctx: TurnContext, card: Card): Promise<void> {
  const id = ctx.activity.replyToId;
  if (!id) return;
  await ctx.updateActivity({ type: 'message', id, attachments: [cardAttachment(card)] });
}

/** The merged inputs and data of an Action.Execute or Action.Submit click. */
export function actionData(ctx: TurnContext): Record<string, unknown> {
  const v = ctx.activity.value as { action?: { data?: unknown } } | undefined;
  const data = v?.action?.data ?? v ?? {};
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

/**
 * Registers an Action.Execute handler that answers the click itself (respondWithCard /
 * respondWithMessage). teams-ai only writes its own response when none was written.
 */
export function onExecute<TState extends import('@microsoft/teams-ai').TurnState>(
  app: import('@microsoft/teams-ai').Application<TState>,
  verb: string | string[],
  handler: (ctx: TurnContext, state: TState) => Promise<void>,
): void {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (ctx, state) => {
    await handler(ctx, state);
    return '';
  });
}
