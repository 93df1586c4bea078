/**
 * Puts meldingen on the triagetafel: each melding of a triagetafel gemeente gets its own card in
 * that gemeente's channel (outbox id per reference: posted once, however often it is announced).
 * Announced at intake, when the gemeente's channel is linked, and by a sweep every few minutes that
 * catches what the other two missed (a CSV import from the command line, a crash right after intake).
 */
import type { Deps } from '../../app/deps.js';
import { everyInterval, type ScheduledJob } from '../../app/scheduler.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { findGemeente, type Region } from '../../domain/region.js';
import { channelDirectory, type GemeenteChannel } from '../../store/channelDirectory.js';
import type { ChannelLink } from '../../store/records.js';
import { triageItemMessage } from './views.js';

export const SWEEP_EVERY_MS = 5 * 60_000;

export function triageItemId(reference: string): string {
  return `triage:${reference}`;
}

export function isTriagetafel(region: Region, gemeente: string): boolean {
  return findGemeente(region, gemeente)?.tafel === 'triagetafel';
}

export interface TriageAnnouncer {
  onCase(c: HandoverCase): Promise<void>;
  onChannelLinked(link: ChannelLink): Promise<void>;
  sweep(): Promise<number>;
}

export function triageAnnouncer(deps: Deps): TriageAnnouncer {
  const region = deps.config.region;
  const directory = channelDirectory(deps.store.channels);
  const post = async (channel: GemeenteChannel, cases: HandoverCase[]) => {
    await deps.outbox.enqueue(
      cases.map((c) => ({ id: triageItemId(c.reference), kind: 'triage-item', target: { kind: 'channel', channelId: channel.id, newThread: true }, message: triageItemMessage(c, region.timezone) })),
    );
    return cases.length;
  };
  const waitingIn = async (gemeente: string) => (await deps.store.cases.list({ gemeente, stage: 'melding' })).filter((c) => !c.triage?.decision);
  return {
    async onCase(c) {
      if (c.stage !== 'melding' || !isTriagetafel(region, c.gemeente)) return;
      const channel = await directory.gemeenteChannel(c.gemeente);
      if (channel) await post(channel, [c]);
    },
    async onChannelLinked(link) {
      if (link.kind !== 'gemeente' || !isTriagetafel(region, link.gemeente)) return;
      const channel = await directory.gemeenteChannel(link.gemeente);
      if (channel) await post(channel, await waitingIn(link.gemeente));
    },
    async sweep() {
      let posted = 0;
      for (const [gemeente, channel] of await directory.gemeenteChannels()) {
        if (!isTriagetafel(region, gemeente)) continue;
        const waiting = await waitingIn(gemeente);
        const known = await deps.store.outbox.getMany(waiting.map((c) => triageItemId(c.reference)));
        posted += await post(channel, waiting.filter((c) => !known.has(triageItemId(c.reference))));
      }
      return posted;
    },
  };
}

export function sweepJob(announcer: TriageAnnouncer): ScheduledJob {
  return { name: 'triage-sweep', ...everyInterval(SWEEP_EVERY_MS), run: async () => ({ posted: await announcer.sweep() }) };
}
