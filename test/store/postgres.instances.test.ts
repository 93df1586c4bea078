/**
 * Two bot instances on one database: each has its own store (its own pool), as two processes would.
 * What must happen once happens once: a TurnState write per read, a job per due time, an outbox
 * claim per item.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/log.js';
import { Scheduler, everyInterval } from '../../src/app/scheduler.js';
import type { Messenger, Posted } from '../../src/messaging/messenger.js';
import { Outbox } from '../../src/messaging/outbox.js';
import type { ConversationRef, Message } from '../../src/store/records.js';
import type { Store } from '../../src/store/store.js';
import { TurnStateStorage } from '../../src/teams/turnStateStorage.js';
import { fakeClock } from '../helpers/fakeClock.js';
import { records } from './contract.js';
import { describePostgres, sql, twoInstances } from './postgresTestDb.js';

describePostgres('two instances on one PostgreSQL database', (url) => {
  let a: Store;
  let b: Store;
  let schema: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ a, b, schema, cleanup } = await twoInstances(url));
  });
  afterEach(async () => {
    await cleanup();
  });

  it('lets one of two TurnState writes with the same read eTag win; the other gets store_conflict', async () => {
    const storageA = new TurnStateStorage(a.turnState);
    const storageB = new TurnStateStorage(b.turnState);
    const key = 'msteams/conv-1/conversation';
    await storageA.write({ [key]: { round: 0 } });
    for (let round = 1; round <= 20; round++) {
      const [readA, readB] = await Promise.all([storageA.read([key]), storageB.read([key])]);
      expect(readA[key].eTag).toBe(readB[key].eTag);
      const writes = await Promise.allSettled([
        storageA.write({ [key]: { ...readA[key], round, by: 'a' } }),
        storageB.write({ [key]: { ...readB[key], round, by: 'b' } }),
      ]);
      const fulfilled = writes.filter((w) => w.status === 'fulfilled');
      const rejected = writes.flatMap((w) => (w.status === 'rejected' ? [w.reason] : []));
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toEqual([expect.objectContaining({ code: 'store_conflict' })]);
      const winner = writes[0]!.status === 'fulfilled' ? 'a' : 'b';
      expect((await storageB.read([key]))[key]).toMatchObject({ round, by: winner });
    }
  });

  it("hands an instance the TurnState another instance wrote, once the database has announced the change", async () => {
    const key = 'msteams/conv-2/conversation';
    const storageA = new TurnStateStorage(a.turnState);
    const storageB = new TurnStateStorage(b.turnState);
    expect(await storageB.read([key])).toEqual({});
    await storageA.write({ [key]: { step: 'acute' } });
    await expect.poll(async () => (await storageB.read([key]))[key], { timeout: 2_000, interval: 10 }).toMatchObject({ step: 'acute' });
    await storageA.write({ [key]: { step: 'signals' } });
    await expect.poll(async () => (await storageB.read([key]))[key], { timeout: 2_000, interval: 10 }).toMatchObject({ step: 'signals' });
  });

  it('reads TurnState from the database while the announcements of changes are cut off, and serves again once they are back', async () => {
    const key = 'msteams/conv-3/conversation';
    const storageA = new TurnStateStorage(a.turnState);
    const storageB = new TurnStateStorage(b.turnState);
    await storageA.write({ [key]: { step: 'acute' } });
    await expect.poll(async () => (await storageB.read([key]))[key], { timeout: 2_000, interval: 10 }).toMatchObject({ step: 'acute' });
    await sql(url, 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`vt-teams-bot-listen ${schema}`]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await sql(url, `UPDATE "${schema}".turn_state SET data = jsonb_set(data, '{data,step}', '"signals"') WHERE id = $1`, [key]);
    expect((await storageB.read([key]))[key]).toMatchObject({ step: 'signals' });
    await sql(url, `UPDATE "${schema}".turn_state SET data = jsonb_set(data, '{data,step}', '"walk"') WHERE id = $1`, [key]);
    expect((await storageB.read([key]))[key]).toMatchObject({ step: 'walk' });
    await expect
      .poll(async () => (await sql(url, 'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [`vt-teams-bot-listen ${schema}`]))[0]!.n, { timeout: 5_000 })
      .toBe(2);
    await sql(url, `UPDATE "${schema}".turn_state SET data = jsonb_set(data, '{data,step}', '"verslag"') WHERE id = $1`, [key]);
    await expect.poll(async () => (await storageB.read([key]))[key], { timeout: 2_000, interval: 10 }).toMatchObject({ step: 'verslag' });
  });

  it('gives exactly one of 20 concurrent job inserts from each instance the run (the scheduler claim)', async () => {
    const id = 'weekly-agenda:2026-11-23T07:30:00.000Z';
    const inserts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => [a.jobs.insert(id, records.job(id, { owner: `a${i}` })), b.jobs.insert(id, records.job(id, { owner: `b${i}` }))]).flat(),
    );
    expect(inserts.filter(Boolean)).toHaveLength(1);
  });

  it('runs a job once per due time when two schedulers tick at the same moment', async () => {
    const clock = fakeClock('2026-11-23T07:30:00.000Z');
    const runs: string[] = [];
    const job = {
      name: 'weekly-agenda',
      ...everyInterval(60 * 60_000),
      run: async (dueAt: Date) => {
        runs.push(dueAt.toISOString());
        await new Promise((r) => setTimeout(r, 20));
        return { posted: 16 };
      },
    };
    const schedulers = [new Scheduler(a, clock, silentLogger), new Scheduler(b, clock, silentLogger)];
    for (const s of schedulers) s.add(job);

    for (let hour = 0; hour < 5; hour++) {
      await Promise.all(schedulers.map((s) => s.tick()));
      await Promise.all(schedulers.map((s) => s.tick()));
      clock.advance(60 * 60_000);
    }
    expect(runs).toEqual(['07', '08', '09', '10', '11'].map((h) => `2026-11-23T${h}:00:00.000Z`));
    const done = await a.jobs.list({ name: 'weekly-agenda', status: 'done' });
    expect(done).toHaveLength(5);
    expect(done[0]!.summary).toEqual({ posted: 16 });
  });

  it('lets one of two instances claim an outbox item (pending → sending)', async () => {
    for (let i = 0; i < 20; i++) await a.outbox.insert(`o${i}`, records.outbox(`o${i}`));
    const claim = (store: Store, id: string) =>
      store.outbox.update(id, (cur) => (cur?.status === 'pending' ? { next: { ...cur, status: 'sending', attempts: cur.attempts + 1 }, result: true } : { result: false }));
    for (let i = 0; i < 20; i++) {
      const claims = await Promise.all([claim(a, `o${i}`), claim(b, `o${i}`), claim(a, `o${i}`), claim(b, `o${i}`)]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect((await b.outbox.get(`o${i}`))?.attempts).toBe(1);
    }
  });

  it('sends each outbox item once when two Outbox instances drain the shared outbox together', async () => {
    const sent: string[] = [];
    const messenger = (instance: string): Messenger => {
      const post = async (ref: ConversationRef, message: Message): Promise<Posted> => {
        sent.push(String(message.text));
        await new Promise((r) => setTimeout(r, 2));
        return { conversationId: ref.conversation.id, activityId: `${instance}-${sent.length}` };
      };
      return { createThread: post, send: post, update: async () => {} };
    };
    const noWait = { sleep: async () => {} };
    const outboxes = [new Outbox(a, messenger('a'), systemClock, silentLogger, noWait), new Outbox(b, messenger('b'), systemClock, silentLogger, noWait)];
    const requests = Array.from({ length: 30 }, (_, i) => ({
      id: `agenda:gemeente-${i}:2026-W48`,
      kind: 'agenda',
      target: { kind: 'conversation' as const, reference: { serviceUrl: 'https://smba.example/', channelId: 'msteams', conversation: { id: `19:channel-${i}` } } },
      message: { text: `gemeente-${i}` },
    }));
    await Promise.all([outboxes[0]!.enqueue(requests), outboxes[1]!.enqueue(requests)]);
    await Promise.all(outboxes.map((o) => o.idle()));
    await Promise.all(outboxes.map((o) => o.stop()));

    expect([...sent].sort()).toEqual(requests.map((r) => r.message.text).sort());
    expect(await a.outbox.list({ status: 'sent' })).toHaveLength(30);
  });
});
