/**
 * Routeertafel benchmarks (issue 5). Each function starts a real bot (HTTP server, lowdb store in a
 * temp folder) against the loopback Bot Connector and returns its figures.
 *
 *   node --import tsx bench/routeertafel.ts      prints both as JSON
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Verbs } from '../src/cards/verbs.js';
import { newCase, type HandoverCase } from '../src/domain/cases/case.js';
import { moveTo } from '../src/domain/cases/lifecycle.js';
import { createPostgresStore } from '../src/store/postgres/postgresStore.js';
import { executeAction, threadWhere } from '../test/helpers/activities.js';
import type { CaseIntake } from '../src/domain/cases/intake.js';
import { startLoopbackConnector, type ConnectorCall } from '../test/helpers/loopbackConnector.js';
import { startTestBot } from '../test/helpers/testBot.js';
import { channelMessage, Users } from '../test/helpers/activities.js';
import { cardOf, cardText, channelOf, clickOnAgenda, GEMEENTEN, intake, runningClock, slotOf } from '../test/dialogs/routeertafel/helpers.js';
import { gemeenteChannelId, prepareManyChannels, VT_CHANNEL_ID } from '../test/dialogs/routeertafel/manyChannels.js';

const MONDAY_0830 = '2026-11-30T07:30:00Z'; // the agenda of week 49 is due
const BUDGET_PER_SECOND = 25;

export interface FanOutFigures {
  channels: number;
  agendasPosted: number;
  /** Channels that got more than one agenda, and channels that got none. */
  duplicates: number;
  losses: number;
  /** Time to build and enqueue every agenda card. */
  enqueueMs: number;
  /** From the first to the last agenda the connector accepted. */
  sendMs: number;
  sustainedPerSecond: number;
  /** sustainedPerSecond / 25 (goal ≥ 0.85). */
  shareOfBudget: number;
  /** 429s and other faults the connector answered. */
  rejected: number;
  /** Until the coordinators' delivery report was posted. */
  totalMs: number;
}

/** Posts one week's agenda to `channels` gemeente channels through a connector that enforces Teams' limits. */
export async function benchAgendaFanOut(options: { channels?: number } = {}): Promise<FanOutFigures> {
  const channels = options.channels ?? 342;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-bench-fanout-'));
  const connector = await startLoopbackConnector();
  const regionFile = path.join(dir, 'region.json');
  const dataDir = path.join(dir, 'data');
  await prepareManyChannels({ dataDir, regionFile, serviceUrl: connector.url, channels });
  connector.throttle({ perConversationPerSecond: 7, perAppPerSecond: 30 });
  const t = await startTestBot({ connector, dataDir, clock: runningClock(MONDAY_0830), env: { REGION_FILE: regionFile } });
  try {
    const started = Date.now();
    await t.bot.deps.scheduler.tick();
    const enqueued = Date.now();
    const isReport = (c: ConnectorCall) => c.conversationId === VT_CHANNEL_ID && cardText(cardOf(c)).includes('Verzendrapport');
    await connector.waitFor(isReport, 1, 120_000);
    const finished = Date.now();
    const agendas = connector.calls.filter((c) => c.kind === 'create' && c.conversationId !== VT_CHANNEL_ID && cardText(cardOf(c)).includes('Routeertafel'));
    const perChannel = Array.from({ length: channels }, (_, i) => agendas.filter((c) => c.conversationId === gemeenteChannelId(i + 1)).length);
    const sendMs = agendas.length > 1 ? agendas.at(-1)!.at - agendas[0]!.at : 0;
    const sustained = sendMs > 0 ? ((agendas.length - 1) * 1000) / sendMs : 0;
    return {
      channels,
      agendasPosted: agendas.length,
      duplicates: perChannel.filter((n) => n > 1).length,
      losses: perChannel.filter((n) => n === 0).length,
      enqueueMs: enqueued - started,
      sendMs,
      sustainedPerSecond: round(sustained),
      shareOfBudget: round(sustained / BUDGET_PER_SECOND),
      rejected: connector.rejected,
      totalMs: finished - started,
    };
  } finally {
    await t.stop();
    await connector.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ConfirmFigures {
  casesInStore: number;
  clicks: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Time to write the cases into the store (setup, for scale). */
  loadMs: number;
}

/**
 * Confirm latency with `cases` handovers in the embedded store: one click after another on the
 * posted agenda of a gemeente, measured as Teams sees it (the HTTP round trip of the invoke,
 * including the atomic update, the re-rendered card, the in-place update and the VT notice).
 */
export async function benchConfirmLatency(options: { cases?: number; clicks?: number } = {}): Promise<ConfirmFigures> {
  const total = options.cases ?? 20_000;
  const clicks = options.clicks ?? 200;
  const connector = await startLoopbackConnector();
  const t = await startTestBot({ connector, clock: runningClock('2026-11-25T09:00:00Z') });
  try {
    const heerlen = channelOf('Heerlen');
    await t.send(channelMessage(connector.url, Users.coordinator, heerlen, 'koppel Heerlen'));
    const loadStarted = Date.now();
    for (const c of historicCases(t.config.region, total - clicks, clicks)) await t.store.cases.put(c.reference, c);
    const loadMs = Date.now() - loadStarted;

    t.clock.set(MONDAY_0830);
    await t.bot.deps.scheduler.tick();
    await t.bot.outbox.idle();
    const pages = connector.calls.filter((c) => c.kind === 'create' && c.conversationId === heerlen.channelId && cardText(cardOf(c)).includes('Routeertafel Heerlen'));
    const latencies: number[] = [];
    for (let k = 0; k < clicks; k++) {
      const reference = openReference(k);
      const page = pages.find((p) => cardText(cardOf(p)).includes(`**${reference}**`))!;
      const slot = slotOf(cardOf(page), reference);
      const started = performance.now();
      const res = await clickOnAgenda(t, Users.casusregisseur, heerlen, page.createdId!, Verbs.handoverConfirm, { reference, week: '2026-W49', slot });
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`click ${k} answered ${res.status}`);
    }
    const confirmed = (await t.store.cases.list({ status: 'confirmed', gemeente: 'Heerlen' })).filter((c) => c.tableWeek === '2026-W49').length;
    if (confirmed !== clicks) throw new Error(`expected ${clicks} confirmations, found ${confirmed}`);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]!);
    return { casesInStore: await t.store.cases.count(), clicks, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: round(latencies.at(-1)!), loadMs };
  } finally {
    await t.stop();
    await connector.close();
  }
}

export interface TriageClickFigures {
  meldingenOnTable: number;
  clicks: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * A triage click with `meldingen` meldingen waiting at one triagetafel (Brunssum in the test region):
 * Veilig Thuis proposes and the gemeente agrees on one melding after another, each click measured as
 * Teams sees it (the invoke's HTTP round trip: the atomic decision, the card for everyone, the in-place
 * update, and on a decision the notice to Veilig Thuis). Goal: p99 < 100 ms, on both stores.
 */
export async function benchTriageClick(options: { store?: 'lowdb' | 'postgres'; databaseUrl?: string; meldingen?: number; clicks?: number }): Promise<TriageClickFigures> {
  const total = options.meldingen ?? 500;
  const decided = (options.clicks ?? 200) / 2;
  const connector = await startLoopbackConnector();
  const openStore = options.store === 'postgres' && options.databaseUrl ? () => createPostgresStore(options.databaseUrl!, { schema: 'bench_triage' }) : undefined;
  const t = await startTestBot({ connector, clock: runningClock('2026-12-02T13:00:00Z'), ...(openStore ? { openStore } : {}) });
  try {
    const brunssum = channelOf('Brunssum');
    await t.send(channelMessage(connector.url, Users.coordinator, brunssum, 'koppel Brunssum'));
    for (let k = 0; k < total; k++) {
      const { route: _r, beoordeeldOn: _b, veiligheidsplan: _v, betrokkenenGeinformeerd: _i, ...melding } = intake({ reference: `VT-TRIAGE-${k}`, gemeente: 'Brunssum' });
      const c = newCase({ ...(melding as unknown as CaseIntake), stage: 'melding' }, 'api', '2026-12-02T12:00:00.000Z', t.config.region);
      await t.store.cases.put(c.reference, c);
    }
    const latencies: number[] = [];
    const click = async (user: typeof Users.advisor1, reference: string, verb: string, data: Record<string, unknown>) => {
      const started = performance.now();
      const res = await t.send(executeAction(connector.url, user, threadWhere(brunssum, `card-${reference}`), verb, { reference, ...data }));
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`a triage click answered ${res.status}`);
    };
    for (let k = 0; k < decided; k++) {
      const reference = `VT-TRIAGE-${k}`;
      await click(Users.advisor1, reference, Verbs.triagePropose, { option: 'vt-onderzoek', reason: '' });
      const proposedAt = (await t.store.cases.get(reference))!.triage!.proposal!.at;
      await click(Users.casusregisseur, reference, Verbs.triageAgree, { option: 'vt-onderzoek', proposedAt });
    }
    const moved = (await t.store.cases.list({ gemeente: 'Brunssum', stage: 'werkvoorraad' })).length;
    if (moved !== decided) throw new Error(`expected ${decided} decisions, found ${moved}`);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]!);
    return { meldingenOnTable: total, clicks: latencies.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: round(latencies.at(-1)!) };
  } finally {
    await t.stop();
    await connector.close();
  }
}

export interface DashboardFigures {
  casesInStore: number;
  requests: number;
  /** The first request computes the figures; the next minute's requests get them from memory. */
  firstMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  loadMs: number;
}

/**
 * The dashboard's data API (issue: insight) with `cases` handovers in the store: a coordinator's
 * request for every gemeente over a year, one at a time (goal: p99 < 200 ms at 100 000 cases).
 */
export async function benchDashboardApi(options: { store?: 'lowdb' | 'postgres'; databaseUrl?: string; cases?: number; requests?: number }): Promise<DashboardFigures> {
  const total = options.cases ?? 100_000;
  const requests = options.requests ?? 100;
  const connector = await startLoopbackConnector();
  const openStore = options.store === 'postgres' && options.databaseUrl ? () => createPostgresStore(options.databaseUrl!, { schema: 'bench_dashboard' }) : undefined;
  const t = await startTestBot({ connector, clock: runningClock('2026-11-25T09:00:00Z'), ...(openStore ? { openStore } : {}) });
  try {
    const loadStarted = Date.now();
    // Ten at a time: PostgreSQL's pool has ten connections; one at a time would take most of the time limit.
    let batch: Promise<void>[] = [];
    for (const c of historicCases(t.config.region, total, 0)) {
      batch.push(t.store.cases.put(c.reference, c));
      if (batch.length < 10) continue;
      await Promise.all(batch);
      batch = [];
    }
    await Promise.all(batch);
    const loadMs = Date.now() - loadStarted;
    await t.restart(); // as a deployment serves them: read back from the store
    const latencies: number[] = [];
    for (let k = 0; k < requests; k++) {
      const started = performance.now();
      const res = await fetch(`${t.url}/api/dashboard/figures?window=jaar`, { headers: { 'X-Dev-User': Users.coordinator.aadObjectId } });
      await res.text();
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`the dashboard answered ${res.status}`);
    }
    const first = latencies[0]!;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]!);
    return { casesInStore: await t.store.cases.count(), requests, firstMs: round(first), p50Ms: at(0.5), p99Ms: at(0.99), maxMs: round(latencies.at(-1)!), loadMs };
  } finally {
    await t.stop();
    await connector.close();
  }
}

const openReference = (k: number) => `VT-OPEN-${String(k).padStart(4, '0')}`;

/**
 * Two years of handovers spread over the 16 gemeenten, all confirmed and monitored, plus `open` open ones for
 * Heerlen on the table of week 49 (the ones the bench confirms).
 */
function* historicCases(region: Parameters<typeof newCase>[3], settled: number, open: number): Generator<HandoverCase> {
  for (let k = 0; k < settled; k++) {
    const received = new Date(Date.parse('2024-12-02T09:00:00Z') + (k % 100) * 7 * 86_400_000 + (k % 5) * 3_600_000);
    const day = received.toISOString().slice(0, 10);
    const c = newCase(intake({ reference: `VT-H-${k}`, gemeente: GEMEENTEN[k % GEMEENTEN.length], meldingOn: day, beoordeeldOn: day }) as unknown as CaseIntake, 'api', received.toISOString(), region);
    const at = new Date(received.getTime() + 5 * 86_400_000).toISOString();
    const asked = new Date(received.getTime() + 47 * 86_400_000).toISOString();
    const settledCase: HandoverCase = {
      ...c,
      status: 'confirmed',
      version: 3,
      confirmation: { byAadId: 'aad-x', byName: 'Consulent', casusregisseur: 'Consulent', betrokkenenGeinformeerd: true, at },
      monitoring: { dueAt: asked, askedAt: asked, answer: 'geborgd', veiligheidsdoelenInPlan: true, answeredAt: asked, byAadId: 'aad-x' },
    };
    yield moveTo(moveTo(settledCase, 'monitoring', at), 'afgesloten', asked);
  }
  for (let k = 0; k < open; k++) {
    yield newCase(intake({ reference: openReference(k), gemeente: 'Heerlen' }) as unknown as CaseIntake, 'api', '2026-11-25T09:00:00.000Z', region);
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fanOut = await benchAgendaFanOut();
  const confirm = await benchConfirmLatency();
  const triage = await benchTriageClick({});
  process.stdout.write(JSON.stringify({ fanOut, confirm, triage }, null, 2) + '\n');
}
