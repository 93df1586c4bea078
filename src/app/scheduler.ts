import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.js';
import type { Clock } from '../core/clock.js';
import { asAppError } from '../core/errors.js';
import type { Logger } from '../core/log.js';

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

/** How long a run may take before another instance assumes its owner died and takes it over. */
export const JOB_LEASE_MS = 5 * 60_000;

/**
 * Runs each job once per due time. The run is claimed by inserting `<job>:<due>` into the jobs
 * collection, an atomic insert-if-absent (a primary key on PostgreSQL); whoever inserts first runs
 * it. A run left 'running' by a dead process is taken over once its lease has expired (at once at
 * start with the embedded store, which only one process can open), so jobs must be idempotent:
 * their effects go through the outbox with deterministic ids.
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
    private readonly options: { exclusiveStore: boolean } = { exclusiveStore: false },
  ) {}

  add(job: ScheduledJob): void {
    this.jobs.push(job);
  }

  /**
   * Takes over runs whose owner died: with an exclusive store (the embedded one, which one process
   * at a time can open) every run of another owner, otherwise those whose lease expired.
   */
  async recover(): Promise<void> {
    const now = this.clock.now();
    const stuck = (await this.store.jobs.list({ status: 'running' })).filter(
      (r) => r.owner !== this.owner && (this.options.exclusiveStore || (r.leaseUntil ?? r.startedAt) < now.toISOString()),
    );
    for (const record of stuck) {
      const job = this.jobs.find((j) => j.name === record.name);
      if (!job) continue;
      const taken = await this.store.jobs.update(record.id, (cur) =>
        cur?.status === 'running' && cur.owner === record.owner ? { next: { ...cur, owner: this.owner, leaseUntil: this.leaseFrom(now) }, result: true } : { result: false },
      );
      if (!taken) continue;
      this.log.warn('job_recovered', { job: record.name, dueAt: record.dueAt });
      await this.execute(job, new Date(record.dueAt), record.id);
    }
  }

  private leaseFrom(now: Date): string {
    return new Date(now.getTime() + JOB_LEASE_MS).toISOString();
  }

  /** Runs every job whose latest due time has not run yet. Returns when they are done. */
  async tick(): Promise<void> {
    if (this.ticking) return this.ticking;
    this.ticking = (async () => {
      await this.recover();
      for (const job of this.jobs) {
        const now = this.clock.now();
        const dueAt = job.lastDueAtOrBefore(now);
        if (now.getTime() - dueAt.getTime() > job.catchUpMs) continue;
        const id = `${job.name}:${dueAt.toISOString()}`;
        const claimed = await this.store.jobs.insert(id, { id, name: job.name, dueAt: dueAt.toISOString(), status: 'running', owner: this.owner, startedAt: now.toISOString(), leaseUntil: this.leaseFrom(now) });
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
