/**
 * Spoed never waits for a table (issue: "a melding or case marked spoed is posted to the gemeente
 * channel and the Veilig Thuis channel at once"): on intake, whatever the day or hour, through the
 * outbox, so the alert survives a restart and goes out once.
 */
import type { Deps } from '../../app/deps.js';
import { messageCard } from '../../cards/messageCard.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { channelDirectory } from '../../store/channelDirectory.js';
import type { Message } from '../../store/records.js';
import { SpoedTexts as T } from './texts.js';

export function spoedMessage(c: HandoverCase): Message {
  return { summary: T.summary(c.reference), cards: [messageCard({ title: T.title(c.reference, c.gemeente), text: T.text(c.vtContact), style: 'attention' })] };
}

export async function alertSpoed(deps: Pick<Deps, 'store' | 'outbox' | 'notifier' | 'log'>, c: HandoverCase): Promise<void> {
  if (!c.urgent) return;
  const key = `spoed:${c.reference}`;
  const message = spoedMessage(c);
  const channel = await channelDirectory(deps.store.channels).gemeenteChannel(c.gemeente);
  if (channel) await deps.outbox.enqueue([{ id: `${key}:channel:${channel.id}`, kind: 'spoed', target: { kind: 'channel', channelId: channel.id, newThread: true }, message }]);
  const vtChannels = await deps.notifier.veiligThuisChannels(key, message);
  deps.log.info('spoed_alerted', { gemeenteChannel: channel !== undefined, vtChannels });
}
