import type { Card } from '../cards/card.js';
import type { ConversationRef, Message } from '../store/records.js';
import type { ConversationState, UserState } from './turnState.js';

/** Where a turn happens, read once by the platform. */
export interface TurnPlace {
  kind: 'personal' | 'channel' | 'groupChat';
  conversationId: string;
  /** The channel id without the thread suffix, for channel turns. */
  channelId?: string;
  teamId?: string;
  teamName?: string;
  channelName?: string;
  tenantId?: string;
}

export interface Person {
  aadObjectId?: string;
  userId: string;
  name: string;
}

/** What happened, in neutral terms (no SDK type reaches a feature). */
export type TurnEvent =
  /** A typed message (the bot's @-mention already removed). */
  | { kind: 'message'; text: string }
  /** An Action.Execute click: the verb and the card's merged inputs and data. */
  | { kind: 'click'; verb: string; data: Record<string, unknown> }
  /** An Action.Submit click: arrives as a message with a value and no text. */
  | { kind: 'submit'; data: Record<string, unknown> }
  | { kind: 'membersAdded'; botAdded: boolean }
  | { kind: 'membersRemoved'; botRemoved: boolean }
  | { kind: 'installed' }
  | { kind: 'uninstalled' }
  /** Anything else Teams sends (reactions, typing, other invokes): no feature answers it. */
  | { kind: 'other' };

/** One incoming activity, as features see it. `state` is loaded before and saved after the turn. */
export interface Turn {
  event: TurnEvent;
  place: TurnPlace;
  person: Person;
  /** The address to post into this place later; for a channel it points at the channel, not the thread. */
  reference: ConversationRef;
  /** The id of the message that holds the clicked card (click and submit). */
  clickedMessageId?: string;
  state: { conversation: ConversationState; user: UserState };
  /** Deletes this person's conversation and user state at the end of the turn ("vergeet mijn gegevens"). */
  forgetState(): void;
}

export type { Message };

/**
 * The ways a feature answers, implemented by the platform. A click is answered once: with a card
 * that replaces the clicked card for the clicker only, or with a short message. `replaceForAll`
 * replaces the clicked card for everyone in the conversation (then also answer the click).
 */
export interface Reply {
  send(message: Message | string): Promise<void>;
  answerClick(answer: { card: Card } | { text: string }): Promise<void>;
  replaceForAll(card: Card): Promise<void>;
}

export type Handler = (turn: Turn, reply: Reply) => Promise<void>;

/** The typed text of a message turn, '' for every other event. */
export function textOf(turn: Turn): string {
  return turn.event.kind === 'message' ? turn.event.text : '';
}

/** The data of a click or a submit, {} for every other event. */
export function dataOf(turn: Turn): Record<string, unknown> {
  return turn.event.kind === 'click' || turn.event.kind === 'submit' ? turn.event.data : {};
}

/** Runs before any route; return false when it answered the turn and no route may run. */
export type Guard = (turn: Turn, reply: Reply) => Promise<boolean>;

/**
 * How a feature registers what it answers. Routes are tried in registration order and the first match
 * wins; guards run before all routes, in their order.
 */
export interface Routes {
  guard(guard: Guard): void;
  message(match: RegExp | ((turn: Turn) => boolean), handler: Handler): void;
  click(verb: string | readonly string[], handler: Handler): void;
  submit(match: (turn: Turn) => boolean, handler: Handler): void;
  /** Any turn of this kind that no earlier route took (for the catch-all: 'message', 'click', 'submit'). */
  on(kind: TurnEvent['kind'], handler: Handler): void;
}
