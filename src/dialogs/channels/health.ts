import type { Clock } from '../../core/clock.js';
import type { Store } from '../../store/store.js';
import type { Notifier } from '../../messaging/notifier.js';
import { ChannelTexts as T } from './texts.js';

/**
 * A channel the bot can no longer post to (removed, blocked: 403/404) becomes inactive, once;
 * coordinators hear about it when the channel was linked.
 */
export async function markChannelUnreachable(deps: { store: Store; clock: Clock; notifier: Notifier }, channelId: string, reason: string): Promise<void> {
  const now = deps.clock.now().toISOString();
  const before = await deps.store.channels.update(channelId, (cur) =>
    cur?.active ? { next: { ...cur, active: false, inactiveReason: reason, updatedAt: now }, result: cur } : { result: undefined },
  );
  if (!before?.link) return;
  const where = T.channelWhere(before.teamName, before.channelName);
  const what = before.link.kind === 'gemeente' ? T.gemeenteLabel(before.link.gemeente) : T.vtChannelLabel;
  await deps.notifier.coordinators(`unreachable:${channelId}:${now}`, { text: T.channelUnreachable(where, what) });
}
