import type { Deps } from '../app/deps.js';
import { everyInterval, type JobSummary, type ScheduledJob } from '../app/scheduler.js';

/**
 * A workflow's reminders and escalation ladder: which records may need one, what is due for each
 * (a pure rule that counts working time), how to send it and how to record it on the record.
 */
export interface FollowUpWorkflow<R, F extends { kind: string }> {
  /** The scheduler job's name; the job runs every `intervalMs`. */
  name: string;
  intervalMs: number;
  /** The records that can have a follow-up due now (open tickets, unconfirmed or monitored cases). */
  candidates(now: Date): Promise<R[]>;
  /** What is due now for this record, in the order it must be sent; pure. */
  due(record: R, now: Date): F[];
  /**
   * Queues the follow-up in the outbox under an id fixed by the record and the rung, so a rerun
   * after a crash queues nothing twice. False when it cannot be sent yet (no channel to post in).
   */
  send(record: R, followUp: F, now: Date): Promise<boolean>;
  /** Records that the follow-up went out, in one atomic update; returns the record as it is now. */
  record(record: R, followUp: F, now: Date): Promise<R>;
}

/**
 * One engine for every workflow's follow-ups: send first, then record. A crash in between sends
 * nothing twice (the outbox id) and loses nothing (the next run finds it due and records it).
 */
export async function runFollowUps<R, F extends { kind: string }>(workflow: FollowUpWorkflow<R, F>, now: Date): Promise<JobSummary> {
  const counts: Record<string, number> = { waitingForChannel: 0 };
  for (const candidate of await workflow.candidates(now)) {
    let current = candidate;
    for (const followUp of workflow.due(candidate, now)) {
      if (!(await workflow.send(current, followUp, now))) {
        counts.waitingForChannel!++;
        continue;
      }
      current = await workflow.record(current, followUp, now);
      counts[followUp.kind] = (counts[followUp.kind] ?? 0) + 1;
    }
  }
  return counts;
}

export function followUpJob<R, F extends { kind: string }>(deps: Pick<Deps, 'clock'>, workflow: FollowUpWorkflow<R, F>): ScheduledJob {
  return { name: workflow.name, ...everyInterval(workflow.intervalMs), run: () => runFollowUps(workflow, deps.clock.now()) };
}
