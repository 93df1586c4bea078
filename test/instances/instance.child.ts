// One bot instance for the two-instance test: src/index.ts's wiring (loadConfig(process.env),
// createLogger, openStore → PostgreSQL from DATABASE_URL, createAdapter, startBot) with three
// test-only differences, each driven by the parent over the IPC channel:
//
// - the clock is simulated: FAKE_NOW at the parent's Date.now() FAKE_NOW_AT_MS, running on in real
//   time from there, so both instances read the same "now" ({ cmd: 'set' } moves both to a new
//   moment; { cmd: 'advance' } moves one instance forward, e.g. past a dead instance's leases);
// - the scheduler is not started by startBot (SCHEDULER=off in the environment) but on
//   { cmd: 'startScheduler' }, so the parent starts both instances' schedulers at the same moment;
//   it then ticks every second (30 s in production) so a test does not wait for it;
// - { cmd: 'advance' } stands for minutes passing: after moving the clock it does what the
//   instance's interval timers would have done in that time (an outbox pass, which first recovers
//   items whose send lease expired, and a scheduler tick, which first recovers expired runs).
//
// It answers each command with { reply: <cmd>, ... } and announces { ready, port, pid, owners } once
// the server listens; SIGTERM stops it as src/index.ts does. The HTTP surface (/api/messages,
// /api/cases, /healthz) is the real one. PORT is ignored: each instance listens on a free port.
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/log.js';
import { openStore } from '../../src/store/openStore.js';
import { createAdapter } from '../../src/teams/adapter.js';
import { startBot } from '../../src/bot.js';

export type ChildCommand =
  | { cmd: 'set'; at: string; atRealMs: number }
  | { cmd: 'advance'; ms: number }
  | { cmd: 'startScheduler' };

export interface ChildReady {
  ready: true;
  port: number;
  pid: number;
  schedulerOwner: string;
  outboxOwner: string;
}

if (!process.send) throw new Error('instance.child.ts runs as a child process with an IPC channel');
const reply = (message: Record<string, unknown>) => process.send!(message);

let fakeAt = Date.parse(process.env.FAKE_NOW ?? '');
let realAt = Number(process.env.FAKE_NOW_AT_MS);
if (!Number.isFinite(fakeAt) || !Number.isFinite(realAt)) throw new Error('FAKE_NOW and FAKE_NOW_AT_MS must be set');
const clock = { now: () => new Date(fakeAt + (Date.now() - realAt)) };

const config = loadConfig(process.env);
const log = createLogger(config.logLevel);
const store = await openStore(config, log);
const adapter = createAdapter(config);
const bot = await startBot({ config: { ...config, port: 0 }, store, adapter, clock, log, host: '127.0.0.1' });
const { scheduler } = bot.deps;
const ready: ChildReady = { ready: true, port: bot.server.port, pid: process.pid, schedulerOwner: scheduler.owner, outboxOwner: bot.outbox.owner };

process.on('message', (message: ChildCommand) => {
  void (async () => {
    switch (message.cmd) {
      case 'set':
        fakeAt = Date.parse(message.at);
        realAt = message.atRealMs;
        return reply({ reply: 'set', now: clock.now().toISOString() });
      case 'advance':
        fakeAt += message.ms;
        // In those minutes the outbox's 15-s timer would have started new passes, each of which
        // first puts expired 'sending' items back (a kick during a running pass does not).
        await bot.outbox.recover();
        bot.outbox.kick();
        void scheduler.tick().catch(() => undefined);
        return reply({ reply: 'advance', now: clock.now().toISOString() });
      case 'startScheduler':
        await scheduler.recover();
        scheduler.start(1_000);
        return reply({ reply: 'startScheduler', now: clock.now().toISOString() });
    }
  })().catch((err: Error) => reply({ reply: message.cmd, error: err.message }));
});
// As src/index.ts: SIGTERM finishes in-flight turns and deliveries, closes the pool and exits 0.
process.once('SIGTERM', () => void bot.stop().then(() => process.exit(0)));
// A test runner that died without stopping us must not leave a bot listening.
process.once('disconnect', () => process.exit(1));
reply(ready as unknown as Record<string, unknown>);
