/**
 * Two real bot processes behind one (imaginary) load balancer, on one PostgreSQL database, talking
 * to one loopback Bot Connector in this process: they must behave as one bot.
 *
 * 1. 16 gemeente channels linked and cases taken in through either instance; both schedulers start
 *    at the same due moment (Monday 08:30 Europe/Amsterdam): every gemeente channel gets its agenda
 *    once (each page once), the coordinator one delivery report, the job one run.
 * 2. 20 concurrent "Overdracht bevestigen" clicks on one case, spread over both instances: one
 *    confirmation in the store and the audit log, one card update, one notice to Veilig Thuis, and
 *    every clicker is told the same confirmer.
 * 3. 342 gemeente channels, a connector with Teams' limits, and a SIGKILL of the instance that
 *    claimed the weekly run, while it enqueues the run or halfway through the deliveries: the
 *    survivor takes over, every channel has one agenda (see the window noted there), one report.
 *
 * What is simulated (see instance.child.ts): the clock (a fixed start, running on in real time,
 * shared by both processes), the scheduler's start (on command, so both start at the same due
 * moment; it then ticks every second), and time passing after the kill (the survivor's clock jumps
 * past the dead instance's leases and its interval timers fire). Everything else is the production
 * wiring: config from the environment, openStore → PostgreSQL from DATABASE_URL, the HTTP server.
 * Each scenario gets a database of its own (see freshDatabase).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_LEASE_MS } from '../../src/app/scheduler.js';
import { Verbs } from '../../src/cards/verbs.js';
import { newCase } from '../../src/domain/cases/case.js';
import type { CaseIntake } from '../../src/domain/cases/intake.js';
import { RegionSchema, type Region } from '../../src/domain/region.js';
import { AGENDA_JOB_NAME } from '../../src/dialogs/routeertafel/schedule.js';
import { createPostgresStore } from '../../src/store/postgres/postgresStore.js';
import type { ChannelRecord } from '../../src/store/records.js';
import type { Store } from '../../src/store/store.js';
import { BOT, channelMessage, executeAction, personalMessage, TENANT, threadWhere, Users, type TestUser } from '../helpers/activities.js';
import { startLoopbackConnector, type ConnectorCall, type LoopbackConnector } from '../helpers/loopbackConnector.js';
import { TEST_REGION_FILE } from '../helpers/testBot.js';
import { cardOf, cardText, channelOf, GEMEENTEN, intake, slotOf, TOKEN, VT } from '../dialogs/routeertafel/helpers.js';
import { gemeenteChannelId, gemeenteName, VT_CHANNEL_ID } from '../dialogs/routeertafel/manyChannels.js';
import { describePostgres } from '../store/postgresTestDb.js';
import { freshDatabase, setClocks, startInstance, stopInstances, until, type FreshDatabase, type Instance } from './instances.js';

const WEDNESDAY = '2026-11-25T09:00:00Z'; // cases taken in now go to the table of week 49
const MONDAY_0830 = '2026-11-30T07:30:00Z'; // Monday 30 November 08:30 in Amsterdam: the agenda is due
const JOB_ID = `${AGENDA_JOB_NAME}:2026-11-30T07:30:00.000Z`;
const PERSONAL_COORDINATOR = `a:personal-${Users.coordinator.aadObjectId}`;

const isAgenda = (c: ConnectorCall) => c.kind === 'create' && cardText(cardOf(c)).includes('Routeertafel');
const isReport = (c: ConnectorCall) => cardText(cardOf(c)).includes('Verzendrapport routeertafel week 49, 2026');
/** The page an agenda card shows (its refresh action carries it; a card without cases is page 1). */
const pageOf = (c: ConnectorCall) => Number(cardOf(c)?.refresh?.action?.data?.page ?? 1);

/** No outbox item waits or is being sent: the instances are done delivering. */
async function outboxSettled(store: Store): Promise<boolean> {
  return (await store.outbox.list({ status: 'pending' })).length === 0 && (await store.outbox.list({ status: 'sending' })).length === 0;
}

describePostgres('two bot processes on one PostgreSQL database', (adminUrl) => {
  describe('16 gemeenten, linked and fed through either instance', () => {
    let db: FreshDatabase | undefined;
    let connector: LoopbackConnector;
    let a: Instance | undefined;
    let b: Instance | undefined;
    let store: Store | undefined;
    const both = () => [a!, b!];

    beforeAll(async () => {
      db = await freshDatabase(adminUrl);
      connector = await startLoopbackConnector();
      const env = { DATABASE_URL: db.url, REGION_FILE: TEST_REGION_FILE, INTAKE_API_TOKEN: TOKEN, FAKE_NOW: WEDNESDAY, FAKE_NOW_AT_MS: String(Date.now()) };
      [a, b] = await Promise.all([startInstance('A', env), startInstance('B', env)]);
      store = await createPostgresStore(db.url, { poolSize: 2 });

      // Linking: alternately through A and B; the coordinator says hello to B (the report goes there too).
      for (const [k, g] of GEMEENTEN.entries()) {
        const res = await both()[k % 2]!.send(channelMessage(connector.url, Users.coordinator, channelOf(g), `koppel ${g}`));
        expect(res.status).toBe(200);
      }
      expect((await a!.send(channelMessage(connector.url, Users.coordinator, VT, 'koppel veilig thuis'))).status).toBe(200);
      expect((await b!.send(personalMessage(connector.url, Users.coordinator, 'hallo'))).status).toBe(200);
      expect((await store.channels.list({ active: true })).length).toBe(17);

      // Intake through POST /api/cases, all at once and spread over both instances.
      const cases = [
        ...['VT-H-1', 'VT-H-2'].map((reference) => ({ reference, gemeente: 'Heerlen' })),
        { reference: 'VT-K-1', gemeente: 'Kerkrade' },
        { reference: 'VT-V-1', gemeente: 'Vaals' },
        ...Array.from({ length: 12 }, (_, k) => ({ reference: `VT-M-${String(k + 1).padStart(2, '0')}`, gemeente: 'Maastricht' })),
      ];
      const statuses = await Promise.all(
        cases.map(async (c, k) => {
          const res = await fetch(`${both()[k % 2]!.url}/api/cases`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
            body: JSON.stringify(intake(c)),
          });
          return res.status;
        }),
      );
      expect(statuses).toEqual(cases.map(() => 201));
      expect((await store.cases.list()).every((c) => c.tableWeek === '2026-W49')).toBe(true);
    }, 60_000);

    afterAll(async () => {
      await stopInstances([a, b]);
      await store?.close();
      await connector?.close();
      await db?.drop();
    }, 30_000);

    it('posts the weekly agenda once per gemeente (each page once) and one delivery report when both schedulers start at the due time', async () => {
      await setClocks(both(), MONDAY_0830);
      await Promise.all(both().map((i) => i.command({ cmd: 'startScheduler' })));

      await connector.waitFor((c) => c.conversationId === VT.channelId && isReport(c), 1, 20_000);
      await connector.waitFor((c) => c.conversationId === PERSONAL_COORDINATOR && isReport(c), 1, 20_000);
      await until('the outbox to settle', () => outboxSettled(store!));
      await new Promise((r) => setTimeout(r, 1_500)); // another scheduler tick on each instance (every second)

      const pagesExpected: Record<string, number> = { Maastricht: 2 };
      for (const g of GEMEENTEN) {
        const agendas = connector.calls.filter((c) => c.conversationId === channelOf(g).channelId && isAgenda(c));
        const pages = agendas.map(pageOf).sort();
        expect(pages, g).toEqual(Array.from({ length: pagesExpected[g] ?? 1 }, (_, k) => k + 1));
        for (const card of agendas) expect(cardText(cardOf(card)), g).toContain(`Routeertafel ${g}`);
      }
      const reports = connector.calls.filter((c) => c.conversationId === VT.channelId && isReport(c));
      expect(reports).toHaveLength(1);
      expect(cardText(cardOf(reports[0]!))).toContain('Verstuurd naar 16 gemeenten; mislukt: 0');
      expect(connector.calls.filter((c) => c.conversationId === PERSONAL_COORDINATOR && isReport(c))).toHaveLength(1);

      // One run: one job record, one `job_done` between the two processes, one fan-out.
      const runs = await store!.jobs.list({ name: AGENDA_JOB_NAME });
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ id: JOB_ID, status: 'done', summary: { week: '2026-W49', channels: 16, pages: 17, newPages: 17 } });
      expect([a!.schedulerOwner, b!.schedulerOwner]).toContain(runs[0]!.owner);
      const done = both().flatMap((i) => i.events('job_done').filter((e) => e.job === AGENDA_JOB_NAME));
      expect(done).toHaveLength(1);
      expect(both().flatMap((i) => i.events('fan_out'))).toHaveLength(1);
      const agendaItems = (await store!.outbox.list()).filter((i) => i.kind === 'routeertafel-agenda');
      expect(agendaItems).toHaveLength(17);
      expect(agendaItems.every((i) => i.status === 'sent' && i.attempts === 1)).toBe(true);
    }, 40_000);

    it('records one confirmation of 20 concurrent clicks spread over both instances, and tells every clicker the same confirmer', async () => {
      const heerlen = channelOf('Heerlen');
      const agenda = connector.calls.find((c) => c.conversationId === heerlen.channelId && isAgenda(c))!;
      const slot = slotOf(cardOf(agenda), 'VT-H-2');
      const inputs = { reference: 'VT-H-2', week: '2026-W49', slot, [`casusregisseur_${slot}`]: '', [`team_${slot}`]: 'Wijkteam Noord', [`warmHandoverOn_${slot}`]: '2026-12-02', [`betrokkenenGeinformeerd_${slot}`]: 'true' };
      // Four people, each clicking on both instances (A for even k, B for odd k), in one thread.
      const clickers: TestUser[] = [Users.casusregisseur, Users.outsider, Users.advisor1, Users.advisor2];
      const updatesBefore = connector.calls.filter((c) => c.kind === 'update').length;

      const clicks = await Promise.all(
        Array.from({ length: 20 }, (_, k) =>
          both()[k % 2]!.send(executeAction(connector.url, clickers[Math.floor(k / 2) % clickers.length]!, threadWhere(heerlen, agenda.createdId!), Verbs.handoverConfirm, inputs)),
        ),
      );
      expect(clicks.map((r) => r.status)).toEqual(clicks.map(() => 200));
      const answers = clicks.map((r) => cardText((r.body as { value?: unknown }).value));
      const confirmers = answers.map((a) => /Overdracht VT-H-2 is (?:al )?bevestigd door ([^.]+?)(?: op |\.)/.exec(a)?.[1]);

      const stored = (await store!.cases.get('VT-H-2'))!;
      expect(stored).toMatchObject({ status: 'confirmed', version: 2, confirmation: { team: 'Wijkteam Noord', warmHandoverOn: '2026-12-02' } });
      const byName = stored.confirmation!.byName;
      expect(confirmers).toEqual(answers.map(() => byName));
      expect(answers.filter((a) => a.includes(`Overdracht VT-H-2 is bevestigd door ${byName}.`))).toHaveLength(1);
      expect(answers.filter((a) => a.includes(`Overdracht VT-H-2 is al bevestigd door ${byName} op maandag 30 november 2026`))).toHaveLength(19);
      expect(await store!.audit.list({ action: 'handover.confirm' })).toHaveLength(1);

      await connector.waitFor((c) => c.conversationId === VT.channelId && cardText(cardOf(c)).includes('Overdracht VT-H-2 bevestigd door gemeente Heerlen'), 1, 10_000);
      await until('the outbox to settle', () => outboxSettled(store!));
      await new Promise((r) => setTimeout(r, 300));
      expect(connector.calls.filter((c) => c.conversationId === VT.channelId && cardText(cardOf(c)).includes('Overdracht VT-H-2 bevestigd door gemeente Heerlen'))).toHaveLength(1);
      const updates = connector.calls.filter((c) => c.kind === 'update');
      expect(updates.length - updatesBefore).toBe(1);
      expect(updates.at(-1)!.activityId).toBe(agenda.createdId);
      expect(cardText(cardOf(updates.at(-1)!))).toContain(`Bevestigd door ${byName}`);
      // No turn of this scenario failed on either instance (a TurnState conflict would show here).
      expect(both().flatMap((i) => [...i.events('turn_failed'), ...i.events('turn_failed_outside_handler')])).toEqual([]);
    }, 30_000);
  });

  /**
   * The crash: 342 gemeente channels (every third with a case) and a connector enforcing Teams'
   * limits (7/s per conversation, 30/s per app, 429 + Retry-After), so delivering takes some 14 s.
   * Both schedulers start at the due time; the instance that claimed the run gets SIGKILL, either
   * while it is enqueueing the run (some of the 342 cards are in the outbox, none posted, the run is
   * 'running') or halfway through the deliveries, with both instances draining the shared outbox
   * (the run is 'done', the outbox holds the rest). The survivor's clock then jumps past the dead
   * instance's leases (JOB_LEASE_MS for the run, the outbox's 2-min send lease for the card it was
   * sending) and it takes over: it reruns a run left 'running' (the outbox ids dedupe what was
   * enqueued already), puts the dead instance's 'sending' card back to pending and delivers
   * everything left.
   *
   * The one window that cannot be closed: the Bot Connector has no idempotency key, so if the kill
   * falls after the connector accepted a post but before the dead instance marked it 'sent', the
   * survivor posts that card again. One outbox sends one item at a time, so at most one item per
   * dead instance can be in that window. The test reads the store after the kill and allows a
   * second agenda only in the channel of the item the dead instance left 'sending', and only if the
   * connector had accepted a card there before the survivor took over; every other channel must
   * have exactly one. (Halfway, the kill comes 15 ms after an accepted post, when the dead instance
   * usually waits for its rate limit, so the window is rarely hit; while enqueueing, nothing has
   * been sent yet, so every channel must have exactly one.)
   */
  for (const killAt of ['while-enqueueing', 'halfway'] as const) {
    describe(`342 gemeenten, and a kill -9 of the instance running the weekly agenda ${killAt === 'halfway' ? 'halfway through the deliveries' : 'while it enqueues the run'}`, () => {
      const CHANNELS = 342;
      let db: FreshDatabase | undefined;
      let connector: LoopbackConnector;
      let instances: Instance[] = [];
      let store: Store | undefined;
      let probe: pg.Client | undefined;

      afterAll(async () => {
        await stopInstances(instances);
        await probe?.end();
        await store?.close();
        await connector?.close();
        await db?.drop();
      }, 30_000);

      it('still posts exactly one agenda to every gemeente and one delivery report once the survivor took over', async () => {
        db = await freshDatabase(adminUrl);
        connector = await startLoopbackConnector();
        const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-instances-'));
        const regionFile = path.join(dir, 'region.json');
        const region = await writeManyGemeentenRegion(regionFile, CHANNELS);
        store = await createPostgresStore(db.url, { poolSize: 4 });
        probe = new pg.Client({ connectionString: db.url });
        await probe.connect();
        /** Who claimed the run, and how many of its cards are in the outbox (one cheap query, polled every few ms). */
        const runState = async () =>
          (
            await probe!.query<{ owner: string | null; enqueued: number }>(
              `SELECT (SELECT data->>'owner' FROM jobs WHERE id = $1) AS owner,
                      (SELECT count(*)::int FROM outbox WHERE data->>'kind' = 'routeertafel-agenda') AS enqueued`,
              [JOB_ID],
            )
          ).rows[0]!;

        const env = { DATABASE_URL: db.url, REGION_FILE: regionFile, INTAKE_API_TOKEN: TOKEN, FAKE_NOW: MONDAY_0830, FAKE_NOW_AT_MS: String(Date.now()) };
        [instances] = await Promise.all([Promise.all([startInstance('A', env), startInstance('B', env)]), seedManyChannels(store, region, connector.url, CHANNELS)]);
        connector.throttle({ perConversationPerSecond: 7, perAppPerSecond: 30 });
        const started = Date.now();
        await setClocks(instances, MONDAY_0830);
        await Promise.all(instances.map((i) => i.command({ cmd: 'startScheduler' })));

        const claimedBy = await until('the weekly run to be claimed', async () => (await runState()).owner, 10_000, 2);
        const victim = instances.find((i) => i.schedulerOwner === claimedBy)!;
        expect(victim).toBeDefined();
        const survivor = instances.find((i) => i !== victim)!;
        const gemeenteAgendas = () => connector.calls.filter((c) => c.conversationId !== VT_CHANNEL_ID && isAgenda(c));
        if (killAt === 'halfway') {
          // The survivor's outbox timer fires now (it would within 15 s): both instances drain the
          // shared outbox together, each within its own rate limit, and meet the app's limit.
          await until('the run to be enqueued', async () => (await store!.jobs.get(JOB_ID))?.status === 'done', 10_000, 10);
          await survivor.command({ cmd: 'advance', ms: 0 });
        }
        if (killAt === 'while-enqueueing') {
          // Enqueueing 342 cards (an existence check and an insert each) takes the victim about a
          // second; the first card it sends only after the last insert.
          await until('the first cards to be enqueued', async () => (await runState()).enqueued > 0, 10_000, 2);
        } else {
          await until('half the agendas to be posted', async () => gemeenteAgendas().length >= CHANNELS / 2, 60_000, 2);
          await new Promise((r) => setTimeout(r, 15));
        }
        await victim.kill('SIGKILL');
        const killedAfterMs = Date.now() - started;

        // What the dead instance left: its run ('running' if it died while enqueueing) and the one
        // card it may have been sending.
        await new Promise((r) => setTimeout(r, 200)); // let the connector take in what was already on the wire
        const jobAtKill = (await store.jobs.get(JOB_ID))!;
        const enqueuedAtKill = (await runState()).enqueued;
        const inFlight = (await store.outbox.list({ status: 'sending' })).filter((i) => i.owner === victim.outboxOwner);
        expect(inFlight.length).toBeLessThanOrEqual(1);
        const inFlightChannels = inFlight.flatMap((i) => (i.target.kind === 'channel' ? [i.target.channelId] : []));
        const postedBeforeTakeover = new Set(gemeenteAgendas().map((c) => c.conversationId));
        expect(postedBeforeTakeover.size).toBeLessThan(CHANNELS);

        // Minutes pass for the survivor: past the run's lease (5 min) and the send lease (2 min).
        await survivor.command({ cmd: 'advance', ms: JOB_LEASE_MS + 60_000 });
        await connector.waitFor((c) => c.conversationId === VT_CHANNEL_ID && isReport(c), 1, 60_000);
        await until('the outbox to settle', () => outboxSettled(store!), 30_000);
        await new Promise((r) => setTimeout(r, 1_200)); // another scheduler tick and outbox pass

        const agendas = gemeenteAgendas();
        const counts = Array.from({ length: CHANNELS }, (_, i) => agendas.filter((c) => c.conversationId === gemeenteChannelId(i + 1)).length);
        const twice = counts.flatMap((n, i) => (n === 2 ? [gemeenteChannelId(i + 1)] : []));
        expect(counts.filter((n) => n === 0)).toEqual([]);
        expect(counts.filter((n) => n > 2)).toEqual([]);
        for (const id of twice) expect(inFlightChannels.includes(id) && postedBeforeTakeover.has(id), `${id} got two agendas`).toBe(true);
        for (let k = 1; k <= CHANNELS; k++) {
          const own = agendas.filter((c) => c.conversationId === gemeenteChannelId(k));
          for (const card of own) expect(cardText(cardOf(card))).toContain(`Routeertafel ${gemeenteName(k)}`);
        }

        const reports = connector.calls.filter((c) => c.conversationId === VT_CHANNEL_ID && isReport(c));
        expect(reports).toHaveLength(1);
        expect(cardText(cardOf(reports[0]!))).toContain(`Verstuurd naar ${CHANNELS} gemeenten; mislukt: 0`);
        expect(connector.calls.filter((c) => c.conversationId === PERSONAL_COORDINATOR && isReport(c))).toHaveLength(1);
        const job = (await store.jobs.get(JOB_ID))!;
        expect(job.status).toBe('done');
        // A run the victim left 'running' is taken over by the survivor; a finished one stays the victim's.
        const tookOver = jobAtKill.status === 'running';
        expect(job.owner).toBe(tookOver ? survivor.schedulerOwner : victim.schedulerOwner);
        // The rerun enqueued only what the victim had not (the outbox ids dedupe the rest).
        expect(job.summary).toMatchObject({ channels: CHANNELS, pages: CHANNELS, newPages: tookOver ? CHANNELS - enqueuedAtKill : CHANNELS });
        expect(survivor.events('job_recovered').filter((e) => e.job === AGENDA_JOB_NAME)).toHaveLength(tookOver ? 1 : 0);
        expect(jobAtKill.status).toBe(killAt === 'halfway' ? 'done' : 'running');
        if (killAt === 'while-enqueueing') expect(twice).toEqual([]);
        const agendaItems = (await store.outbox.list()).filter((i) => i.kind === 'routeertafel-agenda');
        expect(agendaItems).toHaveLength(CHANNELS);
        expect(agendaItems.every((i) => i.status === 'sent')).toBe(true);

        console.info(
          `two instances, kill -9 ${killAt}: run claimed by ${victim.name}, killed ${killedAfterMs} ms after the schedulers started, ` +
            `${enqueuedAtKill}/${CHANNELS} agendas enqueued and ${postedBeforeTakeover.size} posted by then, run ${jobAtKill.status} at the kill` +
            `${tookOver ? ' (survivor reran it)' : ''}, ${inFlight.length} card in flight, ${twice.length} channel(s) with a second agenda ` +
            `(the unclosable window), ${connector.rejected} requests throttled (429), all delivered ${Date.now() - started} ms after the start`,
        );
      }, 120_000);
    });
  }
});

/**
 * A region of `gemeenten` gemeenten (the test region's settings), written to `regionFile` for the
 * processes. Then `seedManyChannels` puts an active linked channel for each into the database, plus a Veilig Thuis channel, the coordinator's personal chat, and one case for the
 * table of week 2026-W49 in every third gemeente (as manyChannels.ts does for the embedded store).
 */
async function writeManyGemeentenRegion(regionFile: string, gemeenten: number): Promise<Region> {
  const base = JSON.parse(await readFile(TEST_REGION_FILE, 'utf8'));
  const raw = { ...base, gemeenten: Array.from({ length: gemeenten }, (_, i) => ({ name: gemeenteName(i + 1) })) };
  await writeFile(regionFile, JSON.stringify(raw));
  return RegionSchema.parse(raw);
}

async function seedManyChannels(store: Store, region: Region, serviceUrl: string, channels: number): Promise<void> {
  const now = '2026-11-25T10:00:00.000Z';
  const record = (id: string, link: ChannelRecord['link']): ChannelRecord => ({
    id, kind: 'channel', teamName: 'Team', channelName: id, link, active: true, installedAt: now, updatedAt: now,
    reference: { serviceUrl, channelId: 'msteams', conversation: { id, conversationType: 'channel', isGroup: true, tenantId: TENANT }, bot: BOT },
  });
  const writes: Promise<void>[] = [];
  for (let k = 1; k <= channels; k++) {
    writes.push(store.channels.put(gemeenteChannelId(k), record(gemeenteChannelId(k), { kind: 'gemeente', gemeente: gemeenteName(k) })));
    if (k % 3 === 0) {
      const c = newCase(intake({ reference: `VT-${k}`, gemeente: gemeenteName(k) }) as unknown as CaseIntake, 'api', now, region);
      writes.push(store.cases.put(c.reference, c));
    }
  }
  writes.push(store.channels.put(VT_CHANNEL_ID, record(VT_CHANNEL_ID, { kind: 'veilig-thuis', adviceTeam: 'veilig-thuis' })));
  writes.push(
    store.personalChats.put(Users.coordinator.aadObjectId, {
      id: Users.coordinator.aadObjectId, active: true, updatedAt: now,
      reference: { serviceUrl, channelId: 'msteams', conversation: { id: PERSONAL_COORDINATOR, conversationType: 'personal', tenantId: TENANT }, bot: BOT },
    }),
  );
  await Promise.all(writes);
}
