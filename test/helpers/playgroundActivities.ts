/** Activities as the Agents Playground sends them for the people and places of .m365agentsplayground.yml. */
import { randomUUID } from 'node:crypto';
import { readPlaygroundConfig, type PlaygroundUser } from '../e2e/support/demo.js';

export const playground = readPlaygroundConfig();

export type PlaygroundPlace = { kind: 'personal' } | { kind: 'channel'; id: string; name: string };

/** General (whose id is the team's) and the team's other channels, by name. */
export function playgroundChannel(name: string): PlaygroundPlace {
  if (name === 'General') return { kind: 'channel', id: playground.team.id, name };
  const channel = playground.team.channels.find((c) => c.name === name);
  return { kind: 'channel', id: channel?.id ?? `19:test-${name.toLowerCase().replace(/\W+/g, '-')}@thread.tacv2`, name };
}

/** The conversation id that replies to a message from `user` in `place` go to (a prefix for channel threads). */
export function conversationOf(user: PlaygroundUser, place: PlaygroundPlace): string {
  return place.kind === 'personal' ? `a:personal-${user.aadObjectId}` : place.id;
}

/** A message from `user`; in a channel it @mentions the bot, as Teams and the playground deliver it. */
export function playgroundMessage(serviceUrl: string, user: PlaygroundUser, place: PlaygroundPlace, text: string): Record<string, unknown> {
  const base = {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: playground.bot,
    locale: 'nl-NL',
  };
  if (place.kind === 'personal') {
    return {
      ...base,
      text,
      conversation: { id: conversationOf(user, place), conversationType: 'personal', tenantId: playground.tenantId },
      channelData: { tenant: { id: playground.tenantId } },
    };
  }
  const mention = `<at>${playground.bot.name}</at>`;
  return {
    ...base,
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: playground.bot }],
    conversation: { id: `${place.id};messageid=${Date.now()}`, conversationType: 'channel', isGroup: true, tenantId: playground.tenantId },
    channelData: { tenant: { id: playground.tenantId }, team: { id: playground.team.id, name: playground.team.name }, channel: { id: place.id, name: place.name } },
  };
}
