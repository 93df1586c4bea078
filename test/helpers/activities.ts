import { randomUUID } from 'node:crypto';

export const BOT = { id: '28:veilig-thuis-bot', name: 'Veilig Thuis assistent' };
export const TENANT = 'tenant-zl';

export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export const Users = {
  coordinator: { id: '29:coordinator', aadObjectId: 'aad-coordinator', name: 'Coördinator VT' },
  advisor1: { id: '29:advisor-1', aadObjectId: 'aad-advisor-1', name: 'Adviseur Een' },
  advisor2: { id: '29:advisor-2', aadObjectId: 'aad-advisor-2', name: 'Adviseur Twee' },
  teacher: { id: '29:teacher', aadObjectId: 'aad-teacher', name: 'Leerkracht' },
  casusregisseur: { id: '29:casusregisseur', aadObjectId: 'aad-casusregisseur', name: 'Casusregisseur Heerlen' },
  outsider: { id: '29:outsider', aadObjectId: 'aad-outsider', name: 'Iemand Anders' },
} satisfies Record<string, TestUser>;

type Activity = Record<string, unknown>;

export interface TeamChannel {
  teamId: string;
  teamName: string;
  channelId: string;
  channelName: string;
}

export function teamChannel(name: string, teamName = 'Team ' + name): TeamChannel {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { teamId: `19:team-${slug}@thread.tacv2`, teamName, channelId: `19:chan-${slug}@thread.tacv2`, channelName: name };
}

function base(serviceUrl: string, user: TestUser): Activity {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    locale: 'nl-NL',
  };
}

/** A message in the personal chat between `user` and the bot. */
export function personalMessage(serviceUrl: string, user: TestUser, text: string): Activity {
  return {
    ...base(serviceUrl, user),
    type: 'message',
    text,
    conversation: { id: `a:personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

/** A channel message that @mentions the bot, as Teams delivers it (the mention stays in the text). */
export function channelMessage(serviceUrl: string, user: TestUser, channel: TeamChannel, text: string, threadId?: string): Activity {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, user),
    type: 'message',
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: BOT }],
    conversation: { id: `${channel.channelId};messageid=${threadId ?? Date.now()}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: channel.teamId, name: channel.teamName }, channel: { id: channel.channelId, name: channel.channelName } },
  };
}

/** The conversationUpdate Teams sends when the bot is added to a team (arrives in General). */
export function installInTeam(serviceUrl: string, user: TestUser, channel: TeamChannel): Activity {
  return {
    ...base(serviceUrl, user),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
    conversation: { id: channel.channelId, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: channel.teamId, name: channel.teamName }, channel: { id: channel.channelId, name: channel.channelName }, eventType: 'teamMemberAdded' },
  };
}

export function removeFromTeam(serviceUrl: string, user: TestUser, channel: TeamChannel): Activity {
  return {
    ...base(serviceUrl, user),
    type: 'conversationUpdate',
    membersRemoved: [{ id: BOT.id }],
    conversation: { id: channel.channelId, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: channel.teamId, name: channel.teamName }, eventType: 'teamMemberRemoved' },
  };
}

/** The conversationUpdate of a first contact in personal chat. */
export function installPersonal(serviceUrl: string, user: TestUser): Activity {
  return {
    ...base(serviceUrl, user),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
    conversation: { id: `a:personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

export interface Where {
  conversation: Record<string, unknown>;
  channelData?: Record<string, unknown>;
  replyToId?: string;
}

export function personalWhere(user: TestUser): Where {
  return { conversation: { id: `a:personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: TENANT }, channelData: { tenant: { id: TENANT } } };
}

export function threadWhere(channel: TeamChannel, threadId: string): Where {
  return {
    conversation: { id: `${channel.channelId};messageid=${threadId}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: channel.teamId, name: channel.teamName }, channel: { id: channel.channelId, name: channel.channelName } },
    replyToId: threadId,
  };
}

/** A click on an Action.Execute button (Universal Actions): invoke `adaptiveCard/action`. */
export function executeAction(serviceUrl: string, user: TestUser, where: Where, verb: string, data: Record<string, unknown> = {}): Activity {
  return {
    ...base(serviceUrl, user),
    type: 'invoke',
    name: 'adaptiveCard/action',
    conversation: where.conversation,
    channelData: where.channelData,
    replyToId: where.replyToId,
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
  };
}

/** A click on an Action.Submit button: a message with `value` and no text. */
export function submitAction(serviceUrl: string, user: TestUser, where: Where, verb: string, data: Record<string, unknown> = {}): Activity {
  return {
    ...base(serviceUrl, user),
    type: 'message',
    conversation: where.conversation,
    channelData: where.channelData,
    replyToId: where.replyToId,
    value: { verb, ...data },
  };
}
