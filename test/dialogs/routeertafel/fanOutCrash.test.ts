import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLowdbStore } from '../../../src/store/lowdb/lowdbStore.js';
import { startLoopbackConnector, type LoopbackConnector } from '../../helpers/loopbackConnector.js';
import { startTestBot, type TestBot } from '../../helpers/testBot.js';
import { cardOf, cardText, runningClock } from './helpers.js';
import { gemeenteChannelId, gemeenteName, prepareManyChannels, VT_CHANNEL_ID } from './manyChannels.js';

const CHANNELS = 342;
const MONDAY_0830 = '2026-11-30T07:30:00Z';

/**
 * The crash test of the agenda fan-out: a bot in a child process posts the week's agenda to 342
 * gemeente channels through a connector that enforces Teams' limits (7/s per conversation, 30/s
 * per app, 429 + Retry-After). It is killed with SIGKILL halfway; a new bot on the same data
 * folder recovers the outbox (and the scheduler its run) and finishes. Every channel ends with
 * exactly one agenda, and the coordinators get one delivery report.
 *
 * The one window that cannot be closed: the Bot Connector has no idempotency key, so a crash
 * after the connector accepted a post but before the outbox wrote 'sent' leaves that item
 * 'sending'; after the restart it goes back to pending and is posted again. The outbox sends one
 * item at a time, so at most one item can be in that window. The test reads the store after the
 * kill and allows a second agenda only for the item that was 'sending' and that the connector had
 * already accepted; every other channel must have exactly one. (The kill comes a few milliseconds
 * after an accepted post, when the bot normally waits for its rate limit, so the window is rarely hit.)
 */
describe('the agenda fan-out survives a crash halfway through 342 channels', () => {
  let connector: LoopbackConnector;
  let t: TestBot | undefined;
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await t?.stop();
    await connector?.close();
  });

  it('posts exactly one agenda to every channel after a SIGKILL and a restart', async () => {
    connector = await startLoopbackConnector();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vt-crash-'));
    const dataDir = path.join(dir, 'data');
    const regionFile = path.join(dir, 'region.json');
    await prepareManyChannels({ dataDir, regionFile, serviceUrl: connector.url, channels: CHANNELS });

    connector.throttle({ perConversationPerSecond: 7, perAppPerSecond: 30 });
    connector.failNext((c) => c.kind === 'create', [{ status: 429, retryAfterSeconds: 1 }, { status: 502 }, { status: 429, retryAfterSeconds: 1 }]);
    const env = { ...process.env, DATA_DIR: dataDir, REGION_FILE: regionFile, SCHEDULER: 'off', PORT: '1', FAKE_NOW: MONDAY_0830, INTAKE_API_TOKEN: '' };
    child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fanOut.child.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<void>((resolve) => child!.on('exit', () => resolve()));

    const agendas = (k: number) => connector.calls.filter((c) => c.kind === 'create' && c.conversationId === gemeenteChannelId(k) && cardText(cardOf(c)).includes('Routeertafel'));
    await connector.waitFor((c) => c.kind === 'create' && c.conversationId !== VT_CHANNEL_ID, CHANNELS / 2, 40_000);
    await new Promise((r) => setTimeout(r, 15));
    child.kill('SIGKILL');
    await exited;
    const acceptedBeforeKill = new Set(connector.calls.filter((c) => c.kind === 'create').map((c) => c.conversationId));
    expect(acceptedBeforeKill.size).toBeGreaterThanOrEqual(CHANNELS / 2);
    expect(acceptedBeforeKill.size).toBeLessThan(CHANNELS);

    const inFlight = await itemsSendingAfterCrash(dataDir);
    expect(inFlight.length).toBeLessThanOrEqual(1);

    t = await startTestBot({ connector, dataDir, clock: runningClock('2026-11-30T07:31:00Z'), env: { REGION_FILE: regionFile } });
    await t.bot.deps.scheduler.recover();
    await connector.waitFor((c) => c.kind === 'create' && c.conversationId === VT_CHANNEL_ID && cardText(cardOf(c)).includes('Verzendrapport'), 1, 40_000);
    await t.bot.outbox.idle();

    const counts = Array.from({ length: CHANNELS }, (_, i) => agendas(i + 1).length);
    const twice = counts.flatMap((n, i) => (n === 2 ? [gemeenteChannelId(i + 1)] : []));
    expect(counts.filter((n) => n === 0)).toEqual([]);
    expect(counts.filter((n) => n > 2)).toEqual([]);
    for (const id of twice) expect(inFlight.includes(id) && acceptedBeforeKill.has(id), `${id} got two agendas`).toBe(true);
    for (let k = 1; k <= CHANNELS; k++) expect(cardText(cardOf(agendas(k)[0]!))).toContain(`Routeertafel ${gemeenteName(k)}`);

    const reports = connector.calls.filter((c) => c.conversationId === VT_CHANNEL_ID && cardText(cardOf(c)).includes('Verzendrapport'));
    expect(reports).toHaveLength(1);
    expect(cardText(cardOf(reports[0]!))).toContain(`Verstuurd naar ${CHANNELS} gemeenten; mislukt: 0`);
    expect(connector.rejected).toBeGreaterThanOrEqual(3);
  }, 90_000);
});

/** The channels whose agenda was 'sending' when the child died: the only ones that may get it twice. */
async function itemsSendingAfterCrash(dataDir: string): Promise<string[]> {
  const store = await createLowdbStore(dataDir);
  try {
    return (await store.outbox.list({ status: 'sending' })).flatMap((i) => (i.target.kind === 'channel' ? [i.target.channelId] : []));
  } finally {
    await store.close();
  }
}
