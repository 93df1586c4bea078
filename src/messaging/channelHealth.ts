import type { Clock } from '../app/clock.js';
import type { Store } from '../store/store.js';
import type { Notifier } from './notifier.js';

const removedNotice = (where: string, what: string) =>
  `Let op: de Veilig Thuis assistent kan ${where} (${what}) niet meer bereiken: de bot is verwijderd of geblokkeerd. Berichten voor dit kanaal worden niet bezorgd. Voeg de bot opnieuw toe en koppel het kanaal opnieuw.`;

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
  const where = [before.teamName, before.channelName].filter(Boolean).join(' / ') || 'een kanaal';
  const what = before.link.kind === 'gemeente' ? `gemeente ${before.link.gemeente}` : 'Veilig Thuis-kanaal';
  await deps.notifier.coordinators(`unreachable:${channelId}:${now}`, { type: 'message', text: removedNotice(where, what) });
}
