/**
 * Spoed never waits for a table (issue: "a melding or case marked spoed is posted to the gemeente
 * channel and the Veilig Thuis channel at once"): on intake, whatever the day or hour, through the
 * outbox, so the alert survives a restart and goes out once.
 */
import type { Deps } from '../../app/deps.js';
import { everyInterval, type ScheduledJob } from '../../app/scheduler.js';
import { messageCard } from '../../cards/messageCard.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { channelDirectory } from '../../store/channelDirectory.js';
import type { Message } from '../../store/records.js';
import { SpoedTexts as T } from './texts.js';

export function spoedMessage(c: HandoverCase): Message {
  return { summary: T.summary(c.reference), cards: [messageCard({ title: T.title(c.reference, c.gemeente), text: T.text(c.vtContact), style: 'attention' })] };
}

/** Alerts one spoed case and records that it did; sending first, so a crash in between repeats nothing (outbox ids). */
export async function alertSpoed(deps: Pick<Deps, 'store' | 'outbox' | 'notifier' | 'log' | 'clock'>, c: HandoverCase): Promise<void> {
  if (!c.urgent || c.spoedAlertedAt) return;
  const key = `spoed:${c.reference}`;
  const message = spoedMessage(c);
  const channel = await channelDirectory(deps.store.channels).gemeenteChannel(c.gemeente);
  if (channel) await deps.outbox.enqueue([{ id: `${key}:channel:${channel.id}`, kind: 'spoed', target: { kind: 'channel', channelId: channel.id, newThread: true }, message }]);
  const vtChannels = await deps.notifier.veiligThuisChannels(key, message);
  const at = deps.clock.now().toISOString();
  await deps.store.cases.update(c.reference, (cur) => (cur && !cur.spoedAlertedAt ? { next: { ...cur, spoedAlertedAt: at, version: cur.version + 1 }, result: undefined } : { result: undefined }));
  deps.log.info('spoed_alerted', { gemeenteChannel: channel !== undefined, vtChannels });
}

/** How far back the sweep looks: a spoed case older than this that was never alerted is past helping by an alert. */
const SWEEP_DAYS = 7;

/**
 * Every few minutes: spoed cases that were not alerted at intake (a CSV import from the command
 * line, a crash right after intake) are alerted now.
 */
export function spoedSweepJob(deps: Deps): ScheduledJob {
  return {
    name: 'spoed-sweep',
    ...everyInterval(5 * 60_000),
    run: async () => {
      const since = deps.clock.now().getTime() - SWEEP_DAYS * 86_400_000;
      const missed = (await deps.store.cases.list({ urgent: true })).filter((c) => !c.spoedAlertedAt && Date.parse(c.receivedAt) >= since);
      for (const c of missed) await alertSpoed(deps, c);
      return { alerted: missed.length };
    },
  };
}
