import type { Config } from './config.js';
import { createApp } from './createApp.js';
import type { Clock } from './core/clock.js';
import type { Deps } from './app/deps.js';
import type { Logger } from './core/log.js';
import { createMessenger } from './teams/messenger.js';
import { runActivity, type BotAdapter } from './teams/adapter.js';
import { createNotifier } from './messaging/notifier.js';
import { Outbox } from './messaging/outbox.js';
import { Scheduler } from './app/scheduler.js';
import { loadKnowledge } from './knowledge/load.js';
import { createKnowledgeIndex } from './knowledge/search.js';
import type { Store } from './store/store.js';
import { createSsoVerifier } from './teams/ssoVerifier.js';
import { startServer, type RunningServer, type ServerTimeouts } from './transport/server.js';
import { isLoopbackUrl } from './transport/activityShape.js';

export interface Bot {
  deps: Deps;
  outbox: Outbox;
  server: RunningServer;
  /** Finishes in-flight turns and deliveries, then flushes and closes the store. */
  stop(): Promise<void>;
}

/** Wires one bot instance from its edges (config, store, adapter, clock); used by index.ts and tests. */
export async function startBot(parts: { config: Config; store: Store; adapter: BotAdapter; clock: Clock; log: Logger; host?: string; timeouts?: Partial<ServerTimeouts> }): Promise<Bot> {
  const { config, store, adapter, clock, log } = parts;
  const messenger = createMessenger(adapter, config.credentials?.appId ?? '');
  // The embedded store can be opened by one process only: whatever another owner left unfinished is ours.
  const exclusiveStore = (await store.status()).kind === 'lowdb';
  const outbox = new Outbox(store, messenger, clock, log, { exclusiveStore });
  const notifier = createNotifier(store, outbox, config.region);
  const scheduler = new Scheduler(store, clock, log, { exclusiveStore });
  const knowledge = createKnowledgeIndex(loadKnowledge().articles);
  const identity = config.sso ? createSsoVerifier(config.sso, clock, log) : undefined;
  const deps: Deps = { config, store, clock, log, knowledge, messenger, notifier, outbox, scheduler, ...(identity ? { identity } : {}) };
  const bot = createApp(deps, adapter);
  await outbox.recover();
  outbox.start();
  outbox.kick();
  if (config.schedulerEnabled) {
    await scheduler.recover();
    scheduler.start();
  }
  const server = await startServer(
    {
      runActivity: (auth, activity) => runActivity(adapter, auth, activity, bot.runTurn),
      routes: bot.routes,
      log,
      serviceUrlAllowed: config.credentials ? undefined : isLoopbackUrl,
      health: async () => {
        const status = await store.status().catch(() => ({ kind: 'unknown', ok: false }));
        return { ok: status.ok, body: { status: status.ok ? 'ok' : 'degraded', version: config.version, store: status, localMode: !config.credentials } };
      },
    },
    { port: config.port, host: parts.host ?? config.host, timeouts: parts.timeouts },
  );
  return {
    deps,
    outbox,
    server,
    stop: async () => {
      await server.close();
      await scheduler.stop();
      await outbox.stop();
      await store.close();
    },
  };
}
