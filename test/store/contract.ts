/**
 * The Store contract: what every implementation (lowdb, PostgreSQL) must do, as one suite that
 * each implementation's test file runs with its own factory. Semantics follow MemoryCollection.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoverCase } from '../../src/domain/cases/case.js';
import type { Ticket } from '../../src/domain/advice/ticket.js';
import type { ChannelRecord, JobRecord, OutboxItem, PersonalChatRecord } from '../../src/store/records.js';
import type { Store } from '../../src/store/store.js';
import { TurnStateStorage } from '../../src/teams/turnStateStorage.js';
import { aCase } from '../domain/cases/fixtures.js';
import { channelDirectory } from '../../src/store/channelDirectory.js';
import { caseQueries } from '../../src/store/caseQueries.js';
import { ticketQueries } from '../../src/store/ticketQueries.js';

export interface StoreUnderTest {
  store: Store;
  /** Closes the store opened last and opens a new one over the same data. */
  reopen(): Promise<Store>;
  /** Closes whatever is open and removes the data. */
  cleanup(): Promise<void>;
}

const at = '2026-11-23T08:00:00.000Z';
const reference = (id: string) => ({ serviceUrl: 'https://smba.example/emea/', channelId: 'msteams', conversation: { id } });

export const records = {
  channel: (id: string, overrides: Partial<ChannelRecord> = {}): ChannelRecord => ({
    id,
    kind: 'channel',
    teamId: 'team-1',
    reference: reference(id),
    link: { kind: 'gemeente', gemeente: 'Heerlen' },
    active: true,
    installedAt: at,
    updatedAt: at,
    ...overrides,
  }),
  personalChat: (id: string, overrides: Partial<PersonalChatRecord> = {}): PersonalChatRecord => ({
    id,
    reference: reference(`a:${id}`),
    active: true,
    updatedAt: at,
    ...overrides,
  }),
  case: (reference: string, overrides: Partial<HandoverCase> = {}): HandoverCase => aCase({ reference, ...overrides }),
  ticket: (id: string, overrides: Partial<Ticket> = {}): Ticket => ({
    id,
    number: 1,
    status: 'new',
    asker: { aadId: 'aad-asker', name: 'Leerkracht' },
    sector: 'onderwijs',
    gemeente: 'Heerlen',
    urgency: 'deze-week',
    answerMode: 'chat',
    callbackPhone: null,
    question: 'Hoe ga ik het gesprek met ouders aan?',
    context: [],
    confirmedPii: [],
    adviceTeam: 'advies',
    channelId: null,
    thread: null,
    holder: null,
    claimedAt: null,
    messages: [],
    callbackPlannedAt: null,
    createdAt: at,
    postedAt: null,
    firstAnsweredAt: null,
    closedAt: null,
    closedBy: null,
    reminders: [],
    textRemovedAt: null,
    version: 1,
    ...overrides,
  }),
  outbox: (id: string, overrides: Partial<OutboxItem> = {}): OutboxItem => ({
    id,
    kind: 'agenda',
    target: { kind: 'channel', channelId: 'c1', newThread: true },
    activity: { type: 'message', text: 'Agenda' },
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  }),
  job: (id: string, overrides: Partial<JobRecord> = {}): JobRecord => ({
    id,
    name: 'agenda',
    dueAt: at,
    status: 'running',
    owner: 'instance-a',
    startedAt: at,
    ...overrides,
  }),
};

const audit = (recordId: string, action = 'case.confirmed') => ({ at, actorAadId: 'aad-1', action, recordType: 'case', recordId });

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

export function storeContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`the ${name} store contract`, () => {
    let subject: StoreUnderTest;
    let store: Store;

    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    it('reports itself healthy', async () => {
      const status = await store.status();
      expect(status.ok).toBe(true);
      expect(['lowdb', 'postgres', 'memory']).toContain(status.kind);
    });

    it('returns every collection its records as they were put, and undefined for an absent id', async () => {
      await store.channels.put('c1', records.channel('c1'));
      await store.personalChats.put('p1', records.personalChat('p1'));
      await store.cases.put('VT-2026-00001', records.case('VT-2026-00001'));
      await store.tickets.put('t1', records.ticket('t1'));
      await store.outbox.put('o1', records.outbox('o1'));
      await store.jobs.put('j1', records.job('j1'));
      await store.turnState.put('k1', { eTag: 'e1', data: { meldcode: { step: 'start' } } });

      expect(await store.channels.get('c1')).toEqual(records.channel('c1'));
      expect(await store.personalChats.get('p1')).toEqual(records.personalChat('p1'));
      expect(await store.cases.get('VT-2026-00001')).toEqual(records.case('VT-2026-00001'));
      expect(await store.tickets.get('t1')).toEqual(records.ticket('t1'));
      expect(await store.outbox.get('o1')).toEqual(records.outbox('o1'));
      expect(await store.jobs.get('j1')).toEqual(records.job('j1'));
      expect(await store.turnState.get('k1')).toEqual({ eTag: 'e1', data: { meldcode: { step: 'start' } } });
      expect(await store.jobs.get('absent')).toBeUndefined();
    });

    it('lists every record with its id, for records that do not hold their own id', async () => {
      await store.turnState.put('k1', { eTag: 'e1', data: { a: 1 } });
      await store.turnState.put('k2', { eTag: 'e2', data: {} });
      expect((await store.turnState.entries()).sort(([a], [b]) => a.localeCompare(b))).toEqual([
        ['k1', { eTag: 'e1', data: { a: 1 } }],
        ['k2', { eTag: 'e2', data: {} }],
      ]);
    });

    it('reads several records in one call, leaving out the ids it does not have', async () => {
      await store.turnState.put('k1', { eTag: 'e1', data: { a: 1 } });
      await store.turnState.put('k2', { eTag: 'e2', data: {} });
      const found = await store.turnState.getMany(['k2', 'absent', 'k1']);
      expect([...found.entries()].sort(([a], [b]) => a.localeCompare(b))).toEqual([
        ['k1', { eTag: 'e1', data: { a: 1 } }],
        ['k2', { eTag: 'e2', data: {} }],
      ]);
      expect((await store.turnState.getMany([])).size).toBe(0);
    });

    it('keeps every record through compact', async () => {
      await store.jobs.put('j1', records.job('j1'));
      await store.compact();
      expect(await store.jobs.get('j1')).toEqual(records.job('j1'));
    });

    it('replaces a record on put', async () => {
      await store.jobs.put('j1', records.job('j1'));
      await store.jobs.put('j1', records.job('j1', { status: 'done', finishedAt: at }));
      expect(await store.jobs.get('j1')).toEqual(records.job('j1', { status: 'done', finishedAt: at }));
      expect(await store.jobs.count()).toBe(1);
    });

    it('lists all records, or those whose top-level fields equal every field of where', async () => {
      await store.outbox.put('o1', records.outbox('o1', { status: 'pending', kind: 'agenda' }));
      await store.outbox.put('o2', records.outbox('o2', { status: 'sent', kind: 'agenda' }));
      await store.outbox.put('o3', records.outbox('o3', { status: 'pending', kind: 'reminder' }));
      await store.channels.put('c1', records.channel('c1', { active: true }));
      await store.channels.put('c2', records.channel('c2', { active: false }));

      expect(byId(await store.outbox.list()).map((o) => o.id)).toEqual(['o1', 'o2', 'o3']);
      expect(byId(await store.outbox.list({})).map((o) => o.id)).toEqual(['o1', 'o2', 'o3']);
      expect(byId(await store.outbox.list({ status: 'pending' })).map((o) => o.id)).toEqual(['o1', 'o3']);
      expect(byId(await store.outbox.list({ status: 'pending', kind: 'reminder' })).map((o) => o.id)).toEqual(['o3']);
      expect(await store.outbox.list({ status: 'failed' })).toEqual([]);
      expect((await store.channels.list({ active: false })).map((c) => c.id)).toEqual(['c2']);
      expect((await store.outbox.list({ status: 'sent' }))[0]).toEqual(records.outbox('o2', { status: 'sent', kind: 'agenda' }));
    });

    it('keeps lists by field right, in insertion order, while records change value, leave and come back', async () => {
      for (const id of ['o1', 'o2', 'o3', 'o4']) await store.outbox.put(id, records.outbox(id, { status: 'pending', kind: 'agenda', runId: 'r1' }));
      await store.outbox.update('o2', (cur) => ({ next: cur && { ...cur, status: 'sent' }, result: undefined }));
      await store.outbox.delete('o3');
      await store.outbox.put('o5', records.outbox('o5', { status: 'pending', kind: 'agenda', runId: 'r2' }));
      await store.outbox.put('o3', records.outbox('o3', { status: 'pending', kind: 'agenda', runId: 'r1' }));
      await store.outbox.update('o2', (cur) => ({ next: cur && { ...cur, status: 'pending' }, result: undefined }));

      expect((await store.outbox.list({ status: 'pending' })).map((o) => o.id)).toEqual(['o1', 'o2', 'o4', 'o5', 'o3']);
      expect((await store.outbox.list({ runId: 'r1' })).map((o) => o.id)).toEqual(['o1', 'o2', 'o4', 'o3']);
      expect((await store.outbox.list({ runId: 'r1', status: 'sent' })).map((o) => o.id)).toEqual([]);
      expect((await store.outbox.list({ runId: 'r9' })).map((o) => o.id)).toEqual([]);
      expect(await store.outbox.count({ runId: 'r1', status: 'pending' })).toBe(4);
      expect(await store.outbox.count({ runId: 'r2', status: 'pending' })).toBe(1);
      expect(await store.outbox.count({ runId: 'r1', status: 'sent' })).toBe(0);
      expect(await store.outbox.count({ kind: 'agenda' })).toBe(5);
      expect(await store.outbox.count()).toBe(5);
    });

    it('answers which channel is a gemeente\'s and which are Veilig Thuis\'s, counting only linked channels it can still reach', async () => {
      await store.channels.put('heerlen', records.channel('heerlen'));
      await store.channels.put('old-sittard', records.channel('old-sittard', { link: { kind: 'gemeente', gemeente: 'Sittard-Geleen' }, active: false }));
      await store.channels.put('unlinked', records.channel('unlinked', { link: undefined }));
      await store.channels.put('vt-noord', records.channel('vt-noord', { link: { kind: 'veilig-thuis', adviceTeam: 'Noord' } }));
      await store.channels.put('vt-zuid', records.channel('vt-zuid', { link: { kind: 'veilig-thuis', adviceTeam: 'Zuid' } }));
      const directory = channelDirectory(store.channels);

      expect([...(await directory.gemeenteChannels()).keys()]).toEqual(['Heerlen']);
      expect(await directory.gemeenteOf('heerlen')).toBe('Heerlen');
      expect(await directory.gemeenteOf('old-sittard')).toBeUndefined();
      expect((await directory.veiligThuisChannels()).map((c) => c.id).sort()).toEqual(['vt-noord', 'vt-zuid']);
      expect((await directory.veiligThuisChannelFor('Zuid'))?.id).toBe('vt-zuid');
      expect(['vt-noord', 'vt-zuid']).toContain((await directory.veiligThuisChannelFor('Oost'))?.id);
    });

    it('answers the named ticket reads from the open tickets only, oldest number first', async () => {
      await store.tickets.put('t3', records.ticket('t3', { number: 3, status: 'claimed' }));
      await store.tickets.put('t1', records.ticket('t1', { number: 1, status: 'closed' }));
      await store.tickets.put('t2', records.ticket('t2', { number: 2, status: 'new', asker: { aadId: 'aad-other', name: 'Wijkteam' } }));
      await store.tickets.put('t4', records.ticket('t4', { number: 4, status: 'answered' }));
      const tickets = ticketQueries(store.tickets);

      expect((await tickets.open()).map((t) => t.id)).toEqual(['t2', 't3', 't4']);
      expect((await tickets.openOf('aad-asker')).map((t) => t.id)).toEqual(['t3', 't4']);
    });

    it('answers which handovers are in progress: open or confirmed, not returned or closed', async () => {
      await store.cases.put('VT-1', records.case('VT-1', { status: 'open' }));
      const by = { byAadId: 'aad-h', byName: 'Consulent', at };
      await store.cases.put('VT-2', records.case('VT-2', { status: 'confirmed', confirmation: { ...by, casusregisseur: 'Wijkteam', betrokkenenGeinformeerd: true } }));
      await store.cases.put('VT-3', records.case('VT-3', { status: 'returned', returned: { ...by, reason: 'Past niet bij het lokale team' } }));
      await store.cases.put('VT-4', records.case('VT-4', { status: 'none' }));

      expect((await caseQueries(store.cases).handoversInProgress()).map((c) => c.reference).sort()).toEqual(['VT-1', 'VT-2']);
    });

    it('inserts only when the id is new, leaving an existing record untouched', async () => {
      expect(await store.jobs.insert('j1', records.job('j1', { owner: 'first' }))).toBe(true);
      expect(await store.jobs.insert('j1', records.job('j1', { owner: 'second' }))).toBe(false);
      expect((await store.jobs.get('j1'))?.owner).toBe('first');
    });

    it('lets exactly one of 20 concurrent inserts of one id win, and keeps the winner', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.jobs.insert('j1', records.job('j1', { owner: `o${i}` }))));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.jobs.get('j1'))?.owner).toBe(`o${results.indexOf(true)}`);
    });

    it('writes what update decides: next replaces, undefined keeps, null deletes, and result is returned', async () => {
      const created = await store.outbox.update('o1', (cur) => ({ next: cur ?? records.outbox('o1'), result: cur === undefined }));
      expect(created).toBe(true);
      const kept = await store.outbox.update('o1', (cur) => ({ result: cur?.status }));
      expect(kept).toBe('pending');
      const replaced = await store.outbox.update('o1', (cur) => ({ next: { ...cur!, status: 'sent' }, result: 'replaced' }));
      expect(replaced).toBe('replaced');
      expect((await store.outbox.get('o1'))?.status).toBe('sent');
      const deleted = await store.outbox.update('o1', () => ({ next: null, result: 'deleted' }));
      expect(deleted).toBe('deleted');
      expect(await store.outbox.get('o1')).toBeUndefined();
      expect(await store.outbox.update('o1', () => ({ next: null, result: 'nothing to delete' }))).toBe('nothing to delete');
    });

    it('gives one of 50 concurrent compare-and-set updates the claim (pending → sending), round after round', async () => {
      for (let round = 0; round < 5; round++) {
        const id = `o${round}`;
        await store.outbox.put(id, records.outbox(id));
        const claims = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            store.outbox.update(id, (cur) =>
              cur?.status === 'pending' ? { next: { ...cur, status: 'sending', attempts: cur.attempts + 1, lastError: `claimed by ${i}` }, result: true } : { result: false },
            ),
          ),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await store.outbox.get(id)).toMatchObject({ status: 'sending', attempts: 1, lastError: `claimed by ${claims.indexOf(true)}` });
      }
    });

    it('loses no increment when 50 updates of one record run at once', async () => {
      await store.outbox.put('o1', records.outbox('o1'));
      await Promise.all(Array.from({ length: 50 }, () => store.outbox.update('o1', (cur) => ({ next: { ...cur!, attempts: cur!.attempts + 1 }, result: undefined }))));
      expect((await store.outbox.get('o1'))?.attempts).toBe(50);
    });

    it('lets one of 50 concurrent updates create an absent record, and the others see it, round after round', async () => {
      for (let round = 0; round < 5; round++) {
        const id = `j${round}`;
        const created = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            store.jobs.update(id, (cur) => (cur ? { result: false } : { next: records.job(id, { owner: `o${i}` }), result: true })),
          ),
        );
        expect(created.filter(Boolean)).toHaveLength(1);
        expect((await store.jobs.get(id))?.owner).toBe(`o${created.indexOf(true)}`);
      }
    });

    it('leaves the record unchanged and rethrows when decide throws, and keeps working after', async () => {
      await store.outbox.put('o1', records.outbox('o1'));
      const failure = new Error('decided against it');
      for (let i = 0; i < 15; i++) {
        await expect(
          store.outbox.update('o1', (cur) => {
            void cur;
            throw failure;
          }),
        ).rejects.toBe(failure);
      }
      await expect(store.outbox.update('absent', () => { throw failure; })).rejects.toBe(failure);
      expect(await store.outbox.get('o1')).toEqual(records.outbox('o1'));
      expect(await store.outbox.get('absent')).toBeUndefined();
      await store.outbox.update('o1', (cur) => ({ next: { ...cur!, status: 'sent' }, result: undefined }));
      expect((await store.outbox.get('o1'))?.status).toBe('sent');
    });

    it('deletes a record once and counts what is there', async () => {
      expect(await store.channels.count()).toBe(0);
      await store.channels.put('c1', records.channel('c1'));
      await store.channels.put('c2', records.channel('c2'));
      expect(await store.channels.count()).toBe(2);
      expect(await store.channels.delete('c1')).toBe(true);
      expect(await store.channels.delete('c1')).toBe(false);
      expect(await store.channels.get('c1')).toBeUndefined();
      expect(await store.channels.count()).toBe(1);
    });

    it('appends audit entries with unique ids and lists them, filtered by where', async () => {
      const first = await store.audit.append(audit('VT-1', 'case.received'));
      const second = await store.audit.append(audit('VT-1', 'case.confirmed'));
      const third = await store.audit.append(audit('VT-2', 'case.received'));
      expect(first).toMatchObject(audit('VT-1', 'case.received'));
      expect(new Set([first.id, second.id, third.id]).size).toBe(3);
      expect(byId(await store.audit.list())).toEqual(byId([first, second, third]));
      expect(byId(await store.audit.list({ recordId: 'VT-1' }))).toEqual(byId([first, second]));
      expect(await store.audit.list({ recordId: 'VT-1', action: 'case.confirmed' })).toEqual([second]);
    });

    it('numbers a sequence from 1 without gaps or repeats, even under concurrency, per name', async () => {
      expect(await store.nextSequence('ticket')).toBe(1);
      expect(await store.nextSequence('ticket')).toBe(2);
      const concurrent = await Promise.all(Array.from({ length: 40 }, () => store.nextSequence('ticket')));
      expect([...concurrent].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 3));
      expect(await store.nextSequence('ticket')).toBe(43);
      expect(await store.nextSequence('other')).toBe(1);
    });

    it('refuses a TurnState write carrying a stale eTag, and accepts * and the current eTag', async () => {
      const storage = new TurnStateStorage(store.turnState);
      await storage.write({ 'conv/1': { count: 1 } });
      const read = (await storage.read(['conv/1']))['conv/1'] as { count: number; eTag: string };
      expect(read).toMatchObject({ count: 1, eTag: expect.any(String) });

      await storage.write({ 'conv/1': { ...read, count: 2 } });
      await expect(storage.write({ 'conv/1': { ...read, count: 3 } })).rejects.toMatchObject({ code: 'store_conflict' });
      expect((await storage.read(['conv/1']))['conv/1']).toMatchObject({ count: 2 });

      await storage.write({ 'conv/1': { count: 4, eTag: '*' } });
      expect((await storage.read(['conv/1']))['conv/1']).toMatchObject({ count: 4 });
    });

    it('lets one of several concurrent TurnState writes with the same read eTag win', async () => {
      const storage = new TurnStateStorage(store.turnState);
      await storage.write({ 'conv/1': { count: 0 } });
      const read = (await storage.read(['conv/1']))['conv/1'] as { count: number; eTag: string };
      const writes = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => storage.write({ 'conv/1': { ...read, count: i + 1 } })));
      const won = writes.flatMap((w, i) => (w.status === 'fulfilled' ? [i] : []));
      expect(won).toHaveLength(1);
      for (const w of writes) if (w.status === 'rejected') expect(w.reason).toMatchObject({ code: 'store_conflict' });
      expect((await storage.read(['conv/1']))['conv/1']).toMatchObject({ count: won[0]! + 1 });
    });

    it('keeps every collection, the audit log, sequences and turn state across a close and reopen', async () => {
      await store.channels.put('c1', records.channel('c1'));
      await store.personalChats.put('p1', records.personalChat('p1'));
      await store.cases.put('VT-2026-00001', records.case('VT-2026-00001'));
      await store.tickets.put('t1', records.ticket('t1'));
      await store.outbox.put('o1', records.outbox('o1'));
      await store.jobs.put('j1', records.job('j1'));
      await store.jobs.put('j2', records.job('j2'));
      await store.jobs.delete('j2');
      const entry = await store.audit.append(audit('VT-2026-00001'));
      await store.nextSequence('ticket');
      await store.nextSequence('ticket');
      await new TurnStateStorage(store.turnState).write({ 'conv/1': { count: 7 } });

      const reopened = await subject.reopen();
      expect(await reopened.channels.get('c1')).toEqual(records.channel('c1'));
      expect(await reopened.personalChats.get('p1')).toEqual(records.personalChat('p1'));
      expect(await reopened.cases.get('VT-2026-00001')).toEqual(records.case('VT-2026-00001'));
      expect(await reopened.tickets.get('t1')).toEqual(records.ticket('t1'));
      expect(await reopened.outbox.get('o1')).toEqual(records.outbox('o1'));
      expect((await reopened.jobs.list()).map((j) => j.id)).toEqual(['j1']);
      expect(await reopened.audit.list()).toEqual([entry]);
      expect(await reopened.nextSequence('ticket')).toBe(3);
      expect((await new TurnStateStorage(reopened.turnState).read(['conv/1']))['conv/1']).toMatchObject({ count: 7 });
    });
  });
}
