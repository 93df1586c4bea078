import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationRef } from '../store/records.js';
import type { Person, TurnPlace } from './turn.js';

export type { Person, TurnPlace };

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
