import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { ConversationRef } from '../store/records.js';
import type { Person, Turn, TurnEvent, TurnPlace } from '../app/turn.js';
import type { AppTurnState } from './turnState.js';

const CARD_ACTION = 'adaptiveCard/action';

/** Where a turn happens, read once from the Teams activity. */
export function placeOf(activity: Partial<Activity>): TurnPlace {
  const data = (activity.channelData ?? {}) as {
    channel?: { id?: string; name?: string };
    team?: { id?: string; name?: string };
    tenant?: { id?: string };
  };
  const conversationId = activity.conversation?.id ?? '';
  const tenantId = data.tenant?.id ?? (activity.conversation as { tenantId?: string } | undefined)?.tenantId;
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || data.channel?.id || data.team?.id) {
    const channelId = data.channel?.id ?? conversationId.split(';')[0];
    return { kind: 'channel', conversationId, channelId, teamId: data.team?.id, teamName: data.team?.name, channelName: data.channel?.name, tenantId };
  }
  if (type === 'groupChat' || activity.conversation?.isGroup) return { kind: 'groupChat', conversationId, channelId: conversationId, tenantId };
  return { kind: 'personal', conversationId, tenantId };
}

export function personOf(activity: Partial<Activity>): Person {
  return { aadObjectId: activity.from?.aadObjectId, userId: activity.from?.id ?? '', name: activity.from?.name ?? '' };
}

/** A reference to post into this place later; for a channel it points at the channel, not the thread. */
export function referenceFor(activity: Partial<Activity>): ConversationRef {
  const ref = TurnContext.getConversationReference(activity) as unknown as ConversationRef;
  const place = placeOf(activity);
  if (place.kind === 'channel' && place.channelId) {
    return { ...ref, conversation: { ...ref.conversation, id: place.channelId }, activityId: undefined } as ConversationRef;
  }
  return { ...ref, activityId: undefined } as ConversationRef;
}

/** The merged inputs and data of an Action.Execute or Action.Submit click. */
export function actionData(activity: Partial<Activity>): Record<string, unknown> {
  const v = activity.value as { action?: { data?: unknown } } | undefined;
  const data = v?.action?.data ?? v ?? {};
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

export function isCardAction(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Invoke && activity.name === CARD_ACTION;
}

/** What happened, in the features' terms. */
export function eventOf(activity: Partial<Activity>): TurnEvent {
  const isBot = (m: { id?: string }) => m.id === activity.recipient?.id;
  switch (activity.type) {
    case ActivityTypes.Message:
      if (activity.value !== undefined && !activity.text) return { kind: 'submit', data: actionData(activity) };
      return { kind: 'message', text: activity.text ?? '' };
    case ActivityTypes.Invoke:
      if (!isCardAction(activity)) return { kind: 'other' };
      return { kind: 'click', verb: String((activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb ?? ''), data: actionData(activity) };
    case ActivityTypes.ConversationUpdate:
      if (activity.membersAdded?.length) return { kind: 'membersAdded', botAdded: activity.membersAdded.some(isBot) };
      if (activity.membersRemoved?.length) return { kind: 'membersRemoved', botRemoved: activity.membersRemoved.some(isBot) };
      return { kind: 'other' };
    case ActivityTypes.InstallationUpdate:
      return activity.action === 'remove' ? { kind: 'uninstalled' } : { kind: 'installed' };
    default:
      return { kind: 'other' };
  }
}

const turns = new WeakMap<TurnContext, Turn>();

/** The neutral turn for this activity; built once per turn (after teams-ai removed the bot's mention). */
export function turnOf(ctx: TurnContext, state: AppTurnState): Turn {
  const known = turns.get(ctx);
  if (known) return known;
  const a = ctx.activity;
  let reference: ConversationRef | undefined;
  const turn: Turn = {
    event: eventOf(a),
    place: placeOf(a),
    person: personOf(a),
    get reference() {
      return (reference ??= referenceFor(a));
    },
    clickedMessageId: a.replyToId,
    state: { conversation: state.conversation, user: state.user },
    forgetState: () => {
      state.deleteConversationState();
      state.deleteUserState();
    },
  };
  turns.set(ctx, turn);
  return turn;
}
