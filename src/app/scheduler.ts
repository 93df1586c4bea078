import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { Clock } from './clock.js';
import { asAppError } from './errors.js';
import type { Logger } from './log.js';

export type JobSummary = Record<string, string | number | boolean>;

export interface ScheduledJob {
  name: string;
  /** The latest due time at or before `now`. */
  lastDueAtOrBefore(now: Date): Date;
  /** A due time older than this is skipped instead of run late (after a long outage or a first start). */
  catchUpMs: number;
  run(dueAt: Date): Promise<JobSummary | void>;
}

/** A job due at fixed intervals from the epoch: every `ms` milliseconds. */
export function everyInterval(ms: number): Pick<ScheduledJob, 'lastDueAtOrBefore' | 'catchUpMs'> {
  return { lastDueAtOrBefore: (now) => new Date(Math.floor(now.getTime() / ms) * ms), catchUpMs: ms * 2 };
}

/**
 * Runs each job once per due time. The run is claimed by inserting `<job>:<due>` into the jobs
 * collection, an atomic insert-if-absent; whoever inserts first runs it. A run left 'running' by a
 * crashed process is taken over at start (`recover`), so jobs must be idempotent (they are: their
 * effects go through the outbox with deterministic ids).
 */
export class Scheduler {
  private readonly jobs: ScheduledJob[] = [];
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  readonly owner = `${process.pid}-${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  add(job: ScheduledJob): void {
    this.jobs.push(job);
  }

  /** Reruns runs that a crashed process left unfinished. */
  async recover(): Promise<void> {
    const stuck = (await this.store.jobs.list({ status: 'running' })).filter((r) => r.owner !== this.owner);
    for (const record of stuck) {
      const job = this.jobs.find((j) => j.name === record.name);
      if (!job) continue;
      this.log.warn('job_recovered', { job: record.name, dueAt: record.dueAt });
      await this.store.jobs.update(record.id, (cur) => ({ next: cur && { ...cur, owner: this.owner }, result: undefined }));
      await this.execute(job, new Date(record.dueAt), record.id);
    }
  }

  /** Runs every job whose latest due time has not run yet. Returns when they are done. */
  async tick(): Promise<void> {
    if (this.ticking) return this.ticking;
    this.ticking = (async () => {
      for (const job of this.jobs) {
        const now = this.clock.now();
        const dueAt = job.lastDueAtOrBefore(now);
        if (now.getTime() - dueAt.getTime() > job.catchUpMs) continue;
        const id = `${job.name}:${dueAt.toISOString()}`;
        const claimed = await this.store.jobs.insert(id, { id, name: job.name, dueAt: dueAt.toISOString(), status: 'running', owner: this.owner, startedAt: now.toISOString() });
        if (claimed) await this.execute(job, dueAt, id);
      }
    })().finally(() => {
      this.ticking = undefined;
    });
    return this.ticking;
  }

  start(everyMs = 30_000): void {
    const loop = () => void this.tick().catch((err) => this.log.error('scheduler_tick_failed', { code: asAppError(err).code }));
    loop();
    this.timer = setInterval(loop, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
  }

  private async execute(job: ScheduledJob, dueAt: Date, id: string): Promise<void> {
    try {
      const summary = (await job.run(dueAt)) ?? {};
      await this.store.jobs.update(id, (cur) => ({ next: cur && { ...cur, status: 'done', finishedAt: this.clock.now().toISOString(), summary }, result: undefined }));
      this.log.info('job_done', { job: job.name, dueAt: dueAt.toISOString(), ...summary });
    } catch (err) {
      const e = asAppError(err);
      await this.store.jobs.update(id, (cur) => ({ next: cur && { ...cur, status: 'failed', finishedAt: this.clock.now().toISOString(), summary: { code: e.code } }, result: undefined }));
      this.log.error('job_failed', { job: job.name, dueAt: dueAt.toISOString(), code: e.code });
    }
  }
}
