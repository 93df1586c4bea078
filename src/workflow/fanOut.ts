import type { Deps } from '../app/deps.js';
import type { OutboxRequest } from '../messaging/outbox.js';
import type { Message, OutboxItem } from '../store/records.js';
import { channelDirectory, type GemeenteChannel } from '../store/channelDirectory.js';
import { findGemeente } from '../domain/region.js';

/** One post of a run: its outbox id (fixed per gemeente, period and part), where it goes, and its message. */
export interface PlannedPost {
  id: string;
  channelId: string;
  /** Rendered only for posts not queued before. */
  message(): Message;
}

/**
 * A per-gemeente fan-out (the weekly agendas; later triage and werkvoorraad sessions): what to post
 * in each linked gemeente channel for one period, and the report once every post has settled.
 */
export interface FanOutWorkflow {
  /** The outbox kind of its posts. */
  kind: string;
  /** The scheduler job that runs it: a run of that job still enqueueing elsewhere holds the report back. */
  jobName: string;
  runIdOf(period: string): string;
  /** Every post for these channels in this period. */
  plan(period: string, targets: FanOutTarget[]): Promise<PlannedPost[]>;
  /** The period a settled post belongs to. */
  periodOf(item: OutboxItem): string;
  /** Sent once per period, when no post of the run is waiting any more. */
  report(period: string, items: OutboxItem[]): Promise<void>;
}

/** A linked channel of one of the region's gemeenten, with the gemeente's name as the region file spells it. */
export interface FanOutTarget {
  channel: GemeenteChannel;
  gemeente: string;
}

export interface FanOutResult {
  period: string;
  /** Linked, reachable gemeente channels. */
  channels: number;
  posts: number;
  /** Posts not enqueued before (0: this period was already sent). */
  newPosts: number;
  /** Channels that got at least one new post. */
  newChannels: number;
}

export interface FanOut {
  post(period: string): Promise<FanOutResult>;
}

/**
 * Exactly once per post: the outbox id is fixed, so a rerun after a crash, the scheduler's recovery
 * or a coordinator's command enqueue nothing twice. The report waits until the run is complete.
 */
export function createFanOut(deps: Deps, workflow: FanOutWorkflow): FanOut {
  /** Runs being enqueued in this process: their report waits until they are complete. */
  const sealing = new Map<string, number>();

  // After each post: report when it was the last one. Not while this process is still enqueueing
  // the run (`sealing`), nor while a run of a crashed process is still 'running' (it crashed while
  // enqueueing: the scheduler's recovery reruns the job, and post() checks again at its end).
  deps.outbox.onSettled(workflow.kind, async ({ item }) => {
    if (!item.runId || sealing.has(item.runId)) return;
    const job = await deps.store.jobs.get(`${workflow.jobName}:${item.runId}`);
    if (job?.status === 'running' && job.owner !== deps.scheduler.owner) return;
    await reportIfSettled(deps, workflow, item.runId, workflow.periodOf(item), () => sealing.has(item.runId!));
  });

  return {
    async post(period) {
      const runId = workflow.runIdOf(period);
      sealing.set(runId, (sealing.get(runId) ?? 0) + 1);
      let result: FanOutResult;
      try {
        const linked = [...(await channelDirectory(deps.store.channels).gemeenteChannels()).values()];
        const channels = linked.flatMap((channel) => {
          const gemeente = findGemeente(deps.config.region, channel.link.gemeente);
          return gemeente ? [{ channel, gemeente: gemeente.name }] : [];
        });
        const posts = await workflow.plan(period, channels);
        const fresh: PlannedPost[] = [];
        for (const p of posts) if (!(await deps.store.outbox.get(p.id))) fresh.push(p);
        await deps.outbox.enqueue(fresh.map((p) => request(workflow.kind, p, runId)));
        result = { period, channels: channels.length, posts: posts.length, newPosts: fresh.length, newChannels: new Set(fresh.map((p) => p.channelId)).size };
      } finally {
        const left = (sealing.get(runId) ?? 1) - 1;
        if (left > 0) sealing.set(runId, left);
        else sealing.delete(runId);
      }
      deps.log.info('fan_out', { kind: workflow.kind, period, channels: result.channels, posts: result.posts, newPosts: result.newPosts });
      await reportIfSettled(deps, workflow, runId, period, () => sealing.has(runId));
      return result;
    },
  };
}

function request(kind: string, p: PlannedPost, runId: string): OutboxRequest {
  return { id: p.id, kind, runId, target: { kind: 'channel', channelId: p.channelId, newThread: true }, message: p.message() };
}

/**
 * Called after every settled post, so it first only counts the run's open posts (an index lookup)
 * and reads the run once, at the end: linear in the run's size. Not for a run without posts, and not
 * while this process is enqueueing the run: that can have begun during the reads (a run taken over
 * from a dead instance starts right after its job record changes owner), so it is asked last.
 */
async function reportIfSettled(deps: Deps, workflow: FanOutWorkflow, runId: string, period: string, enqueueing: () => boolean): Promise<void> {
  const { outbox } = deps.store;
  if ((await outbox.count({ runId, status: 'pending' })) + (await outbox.count({ runId, status: 'sending' })) > 0) return;
  const items = (await outbox.list({ runId })).filter((i) => i.kind === workflow.kind);
  if (items.length === 0 || items.some((i) => i.status === 'pending' || i.status === 'sending')) return;
  if (enqueueing()) return;
  await workflow.report(period, items);
}

/** The gemeenten whose posts were sent and those whose posts failed, sorted, from ids `<kind>:<gemeente>:…`. */
export function gemeentenBySettlement(items: OutboxItem[]): { sent: string[]; failed: string[] } {
  const of = (status: OutboxItem['status']) => [...new Set(items.filter((i) => i.status === status).map((i) => i.id.split(':')[1] ?? ''))].sort();
  return { sent: of('sent'), failed: of('failed') };
}
