import type { Deps } from './deps.js';
import { everyInterval } from './scheduler.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Delivered outbox items stay long enough to keep a week's agenda idempotent; job runs likewise. */
export const KEEP_SETTLED_DAYS = 14;

/** Removes settled outbox items and finished job runs older than two weeks, so lists stay short. */
export function registerHousekeeping(deps: Pick<Deps, 'store' | 'clock' | 'scheduler'>): void {
  deps.scheduler.add({
    name: 'housekeeping',
    ...everyInterval(6 * 60 * 60 * 1000),
    run: async () => {
      const cutoff = new Date(deps.clock.now().getTime() - KEEP_SETTLED_DAYS * DAY_MS).toISOString();
      let outbox = 0;
      for (const item of await deps.store.outbox.list()) {
        if ((item.status === 'sent' || item.status === 'failed' || item.status === 'skipped') && item.updatedAt < cutoff) {
          if (await deps.store.outbox.delete(item.id)) outbox += 1;
        }
      }
      let jobs = 0;
      for (const run of await deps.store.jobs.list()) {
        if (run.status !== 'running' && run.startedAt < cutoff && (await deps.store.jobs.delete(run.id))) jobs += 1;
      }
      return { outbox, jobs };
    },
  });
}
