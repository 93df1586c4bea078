import type { Region } from '../domain/region.js';
import type { Message } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Outbox } from './outbox.js';
import { channelDirectory } from '../store/channelDirectory.js';

/** Who to tell about something: coordinators, a Veilig Thuis channel, or named people. */
export interface Notifier {
  /** Each coordinator in their personal chat (when the bot has one) and every linked Veilig Thuis channel. */
  coordinators(key: string, message: Message): Promise<number>;
  veiligThuisChannels(key: string, message: Message, adviceTeam?: string): Promise<number>;
  people(key: string, aadObjectIds: string[], message: Message): Promise<number>;
}

/** `key` makes a notification idempotent: the same key is delivered once per recipient. */
export function createNotifier(store: Store, outbox: Outbox, region: Region): Notifier {
  const notifier: Notifier = {
    async coordinators(key, message) {
      const personal = await notifier.people(key, region.roles.coordinators, message);
      return personal + (await notifier.veiligThuisChannels(key, message));
    },
    async veiligThuisChannels(key, message, adviceTeam) {
      const channels = await channelDirectory(store.channels).veiligThuisChannels(adviceTeam);
      await outbox.enqueue(
        channels.map((c) => ({ id: `${key}:channel:${c.id}`, kind: 'notice', target: { kind: 'channel', channelId: c.id, newThread: true }, message })),
      );
      return channels.length;
    },
    async people(key, aadObjectIds, message) {
      const known = [];
      for (const id of new Set(aadObjectIds)) {
        const chat = await store.personalChats.get(id);
        if (chat?.active) known.push(id);
      }
      await outbox.enqueue(known.map((id) => ({ id: `${key}:personal:${id}`, kind: 'notice', target: { kind: 'personal', aadObjectId: id }, message })));
      return known.length;
    },
  };
  return notifier;
}
