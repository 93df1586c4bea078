import type { ConversationRef, Message } from '../store/records.js';

export interface Posted {
  conversationId: string;
  activityId: string;
}

/**
 * The bot's proactive edge to the Bot Connector: new channel threads, messages into known
 * conversations, and in-place card updates. Failures become AppErrors with the HTTP status.
 */
export interface Messenger {
  createThread(channel: ConversationRef, message: Message): Promise<Posted>;
  send(conversation: ConversationRef, message: Message): Promise<Posted>;
  update(conversation: ConversationRef, activityId: string, message: Message): Promise<void>;
}
