import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyInterval, JOB_LEASE_MS, Scheduler } from '../../src/app/scheduler.js';
import { silentLogger } from '../../src/core/log.js';
import { createLowdbStore } from '../../src/store/lowdb/lowdbStore.js';
import { fakeClock } from '../helpers/fakeClock.js';

const hourly = everyInterval(60 * 60_000);

describe('the scheduler', () => {
  it('runs a job once per due time, however often it ticks', async () => {
    const store = await createLowdbStore(await mkdtemp(path.join(os.tmpdir(), 'vt-sched-')));
    const clock = fakeClock('2026-11-24T10:05:00Z');
    const runs: string[] = [];
    const s = new Scheduler(store, clock, silentLogger);
    s.add({ name: 'job', ...hourly, run: async (due) => void runs.push(due.toISOString()) });
    await Promise.all([s.tick(), s.tick(), s.tick()]);
    clock.set('2026-11-24T10:59:00Z');
    await s.tick();
    clock.set('2026-11-24T11:01:00Z');
    await s.tick();
    expect(runs).toEqual(['2026-11-24T10:00:00.000Z', '2026-11-24T11:00:00.000Z']);
    await store.close();
  });

  it('takes over a run whose owner died, but only after its lease expired on a shared store', async () => {
    const store = await createLowdbStore(await mkdtemp(path.join(os.tmpdir(), 'vt-sched-')));
    const clock = fakeClock('2026-11-24T10:05:00Z');
    const runs: string[] = [];
    const dying = new Scheduler(store, clock, silentLogger);
    dying.add({ name: 'job', ...hourly, run: () => new Promise(() => {}) }); // never finishes: its process "dies"
    void dying.tick();
    await new Promise((r) => setTimeout(r, 20));

    const survivor = new Scheduler(store, clock, silentLogger, { exclusiveStore: false });
    survivor.add({ name: 'job', ...hourly, run: async (due) => void runs.push(due.toISOString()) });
    await survivor.tick();
    expect(runs).toEqual([]);
    clock.advance(JOB_LEASE_MS + 1);
    await survivor.tick();
    await survivor.tick();
    expect(runs).toEqual(['2026-11-24T10:00:00.000Z']);
    expect((await store.jobs.get('job:2026-11-24T10:00:00.000Z'))?.status).toBe('done');
  });

  it('with the embedded store, takes over another owner’s unfinished run at once (only one process can open it)', async () => {
    const store = await createLowdbStore(await mkdtemp(path.join(os.tmpdir(), 'vt-sched-')));
    const clock = fakeClock('2026-11-24T10:05:00Z');
    const runs: string[] = [];
    const dying = new Scheduler(store, clock, silentLogger);
    dying.add({ name: 'job', ...hourly, run: () => new Promise(() => {}) });
    void dying.tick();
    await new Promise((r) => setTimeout(r, 20));
    const restarted = new Scheduler(store, clock, silentLogger, { exclusiveStore: true });
    restarted.add({ name: 'job', ...hourly, run: async (due) => void runs.push(due.toISOString()) });
    await restarted.recover();
    expect(runs).toEqual(['2026-11-24T10:00:00.000Z']);
  });
});
