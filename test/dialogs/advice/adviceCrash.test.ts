import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLowdbStore } from '../../../src/store/lowdb/lowdbStore.js';
import { Verbs } from '../../../src/cards/verbs.js';
import { startLoopbackConnector, type LoopbackConnector } from '../../helpers/loopbackConnector.js';
import { startTestBot, TEST_REGION_FILE, type TestBot } from '../../helpers/testBot.js';
import { channelMessage, executeAction, personalWhere, teamChannel, Users, type TestUser } from '../../helpers/activities.js';
import { postActivity } from '../../helpers/postActivity.js';
import { runningClock } from '../routeertafel/helpers.js';

const vt = teamChannel('Veilig Thuis');
const STREAMS = 4;
const professional = (i: number): TestUser => ({ id: `29:prof-${i}`, aadObjectId: `aad-prof-${i}`, name: `Professional ${i}` });
const question = (i: number) => ({ draftId: `crash-${i}`, question: `Vraag over zorgen om een leerling in groep zes, nummer ${i} van de reeks.`, sector: 'onderwijs', gemeente: 'Heerlen', urgency: 'deze-week', answerMode: 'chat', callbackPhone: '' });

/**
 * The crash test of advice questions: professionals send questions to a bot in a child process
 * while the connector throttles the Veilig Thuis channel, so posts queue up. The child is killed
 * with SIGKILL mid-burst; a new bot on the same data folder runs the recovery pass. Every question
 * that was acknowledged ("is verstuurd"), and every ticket that was stored at all, is posted exactly
 * once. The one window the Bot Connector leaves open (a post accepted just before the kill, not yet
 * marked sent) may repeat that single item, as in the agenda fan-out crash test.
 */
describe('advice questions survive a SIGKILL of the bot', () => {
  let connector: LoopbackConnector;
  let t: TestBot | undefined;
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await t?.stop();
    await connector?.close();
  });

  it('posts every acknowledged question exactly once after a restart', async () => {
    connector = await startLoopbackConnector();
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vt-advice-crash-')), 'data');
    const setup = await startTestBot({ connector, dataDir });
    await setup.send(channelMessage(connector.url, Users.coordinator, vt, 'koppel veilig thuis'));
    await setup.stop();

    connector.throttle({ perConversationPerSecond: 3, perAppPerSecond: 30 });
    const env = { ...process.env, DATA_DIR: dataDir, REGION_FILE: TEST_REGION_FILE, SCHEDULER: 'off', PORT: '1', INTAKE_API_TOKEN: '' };
    child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'adviceBurst.child.ts')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<void>((resolve) => child!.on('exit', () => resolve()));
    const port = await new Promise<number>((resolve) => child!.stdout!.on('data', (chunk: Buffer) => {
      const m = /port (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    }));

    const acknowledged = new Set<number>();
    let killed = false;
    let next = 0;
    const stream = async () => {
      while (!killed) {
        const i = ++next;
        const user = professional(i);
        const res = await postActivity(`http://127.0.0.1:${port}`, executeAction(connector.url, user, personalWhere(user), Verbs.adviceSubmit, question(i))).catch(() => undefined);
        const ack = /Je adviesvraag #(\d+) is verstuurd/.exec(JSON.stringify(res?.body ?? ''));
        if (ack && !killed) acknowledged.add(Number(ack[1]));
      }
    };
    const streams = Array.from({ length: STREAMS }, stream);
    await connector.waitFor((c) => c.kind === 'create' && c.conversationId === vt.channelId, 5, 30_000);
    while (acknowledged.size < 30) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    killed = true;
    await exited;
    await Promise.all(streams);

    const inFlight = await sendingTicketPosts(dataDir);
    expect(inFlight.length).toBeLessThanOrEqual(1);
    const postsBeforeRestart = connector.calls.filter((c) => c.kind === 'create').length;

    connector.throttle(undefined);
    // A running clock ten minutes on, so every retry the child had scheduled is due.
    t = await startTestBot({ connector, dataDir, clock: runningClock(new Date(Date.now() + 10 * 60_000).toISOString()) });
    await t.bot.deps.scheduler.tick();
    await t.bot.outbox.idle();
    const stored = (await t.store.tickets.list()).map((x) => x.number);

    const posts = new Map<number, number>();
    for (const c of connector.calls.filter((x) => x.kind === 'create' && x.conversationId === vt.channelId)) {
      const n = Number(/Adviesvraag #(\d+)/.exec(JSON.stringify(c.body))?.[1]);
      posts.set(n, (posts.get(n) ?? 0) + 1);
    }
    const twice = [...posts].filter(([, count]) => count > 1).map(([n]) => n);
    console.log(
      `advice crash test: ${acknowledged.size} acknowledged, ${stored.length} stored, ${postsBeforeRestart} posted before the kill, ` +
        `${[...acknowledged].filter((n) => posts.get(n) === 1).length} acknowledged posted exactly once after the restart, ${twice.length} posted twice (in flight at the kill: ${inFlight.length})`,
    );
    expect(acknowledged.size).toBeGreaterThanOrEqual(30);
    for (const n of acknowledged) expect(posts.get(n) ?? 0, `question #${n}`).toBeGreaterThanOrEqual(1);
    for (const n of stored) expect(posts.get(n) ?? 0, `stored ticket #${n}`).toBeGreaterThanOrEqual(1);
    expect(twice.length).toBeLessThanOrEqual(inFlight.length);
    expect(stored.filter((n) => !posts.has(n))).toEqual([]);
    expect((await t.store.tickets.list()).every((x) => x.postQueuedAt && x.thread)).toBe(true);
  }, 180_000);
});

/** Ticket posts the child was sending when it died: the only ones that may be posted twice. */
async function sendingTicketPosts(dataDir: string): Promise<string[]> {
  const store = await createLowdbStore(dataDir);
  try {
    return (await store.outbox.list({ status: 'sending' })).filter((i) => i.kind === 'advice-ticket').map((i) => i.id);
  } finally {
    await store.close();
  }
}
