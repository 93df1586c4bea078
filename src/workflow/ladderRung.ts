/**
 * One rung of the region's escalation ladder, sent to its targets: the gemeente's channel, its
 * leidinggevenden or gedragswetenschappers, the coordinators, Veilig Thuis's channels. Every target
 * gets it under one key, so a rerun after a crash sends nothing twice. Shared by every workflow
 * that climbs the ladder (unconfirmed handovers, undecided triage).
 */
import type { Deps } from '../app/deps.js';
import type { Gemeente, NotifyTarget } from '../domain/region.js';
import type { ChannelRecord, Message } from '../store/records.js';

export interface LadderRung {
  /** The outbox id and notifier key, fixed by the record and the rung. */
  key: string;
  /** The outbox item's kind (for the logs). */
  kind: string;
  notify: readonly NotifyTarget[];
  gemeente: Gemeente | undefined;
  /** The gemeente's channel, when it is linked and reachable. */
  channel: ChannelRecord | undefined;
  message: Message;
  /** What the gemeente's channel gets instead of `message`, when it differs (the friendlier reminder). */
  channelMessage?: Message;
}

/** Sends the rung to each of its targets; returns how many were reached. */
export async function sendLadderRung(deps: Pick<Deps, 'outbox' | 'notifier'>, r: LadderRung): Promise<number> {
  let reached = 0;
  for (const target of r.notify) {
    switch (target) {
      case 'gemeente-channel':
        if (!r.channel) break;
        await deps.outbox.enqueue([{ id: r.key, kind: r.kind, target: { kind: 'channel', channelId: r.channel.id, newThread: true }, message: r.channelMessage ?? r.message }]);
        reached++;
        break;
      case 'leidinggevenden':
        reached += await deps.notifier.people(r.key, r.gemeente?.leidinggevenden ?? [], r.message);
        break;
      case 'gedragswetenschappers':
        reached += await deps.notifier.people(r.key, r.gemeente?.gedragswetenschappers ?? [], r.message);
        break;
      case 'coordinators':
        reached += await deps.notifier.coordinators(r.key, r.message);
        break;
      case 'vt-channel':
        reached += await deps.notifier.veiligThuisChannels(r.key, r.message);
        break;
    }
  }
  return reached;
}
