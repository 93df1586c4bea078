import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { ConnectorClient } from 'botframework-connector';
import type { Activity, ConversationReference } from 'botbuilder';
import { cardAttachment } from '../cards/card.js';
import { AppError } from '../core/errors.js';
import type { Messenger } from '../messaging/messenger.js';
import type { ConversationRef, Message } from '../store/records.js';

/** A neutral message as the Bot Framework activity Teams receives. */
export function activityOf(message: Message): Partial<Activity> {
  return {
    type: 'message',
    ...(message.text !== undefined ? { text: message.text } : {}),
    ...(message.summary !== undefined ? { summary: message.summary } : {}),
    ...(message.cards?.length ? { attachments: message.cards.map(cardAttachment) } : {}),
  };
}

/**
 * The bot's proactive edge to the Bot Connector: new channel threads, messages into known
 * conversations, and in-place card updates. Failures become AppErrors with the HTTP status.
 */
export function createMessenger(adapter: TeamsAdapter, botAppId: string): Messenger {
  async function withClient<T>(ref: ConversationRef, work: (client: ConnectorClient) => Promise<T>): Promise<T> {
    let result: T | undefined;
    try {
      await adapter.continueConversationAsync(botAppId, ref as unknown as Partial<ConversationReference>, async (ctx) => {
        result = await work(ctx.turnState.get(adapter.ConnectorClientKey) as ConnectorClient);
      });
    } catch (err) {
      throw connectorError(err, ref.conversation.id);
    }
    return result as T;
  }

  return {
    createThread: (channel, message) =>
      withClient(channel, async (client) => {
        const channelId = channel.conversation.id.split(';')[0]!;
        const res = await client.conversations.createConversation({
          isGroup: true,
          channelData: { channel: { id: channelId } },
          activity: activityOf(message) as Activity,
          tenantId: (channel.conversation as { tenantId?: string }).tenantId,
        } as Parameters<typeof client.conversations.createConversation>[0]);
        const activityId = res.activityId ?? /;messageid=(\d+)/.exec(res.id ?? '')?.[1] ?? '';
        return { conversationId: res.id ?? `${channelId};messageid=${activityId}`, activityId };
      }),
    send: (conversation, message) =>
      withClient(conversation, async (client) => {
        const res = await client.conversations.sendToConversation(conversation.conversation.id, activityOf(message) as Activity);
        return { conversationId: conversation.conversation.id, activityId: res.id ?? '' };
      }),
    update: (conversation, activityId, message) =>
      withClient(conversation, async (client) => {
        await client.conversations.updateActivity(conversation.conversation.id, activityId, {
          ...activityOf(message),
          id: activityId,
          conversation: { id: conversation.conversation.id },
        } as Activity);
      }),
  };
}

/** Codes callers branch on: forbidden (bot removed or blocked), not found, throttled, failed. */
export function connectorError(err: unknown, conversationId: string): AppError {
  const e = err as { statusCode?: number; response?: { headers?: { get?(n: string): string | undefined } } };
  const status = e.statusCode ?? 0;
  const retryAfter = Number(e.response?.headers?.get?.('retry-after'));
  const code =
    status === 403 ? 'connector_forbidden' : status === 404 ? 'connector_not_found' : status === 429 ? 'connector_throttled' : 'connector_failed';
  const wrapped = new AppError(code, { status, conversationId, retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined });
  (wrapped as { cause?: unknown }).cause = err;
  return wrapped;
}
