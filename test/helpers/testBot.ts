import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { startBot, type Bot } from '../../src/bot.js';
import { createAdapter, type AuthSettings } from '../../src/teams/adapter.js';
import { createLowdbStore } from '../../src/store/lowdb/lowdbStore.js';
import { silentLogger, createLogger, type Logger } from '../../src/core/log.js';
import type { Clock } from '../../src/core/clock.js';
import type { Store } from '../../src/store/store.js';
import { startLoopbackConnector, type LoopbackConnector } from './loopbackConnector.js';
import { fakeClock, type FakeClock } from './fakeClock.js';
import { postActivity } from './postActivity.js';

export const TEST_REGION_FILE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/region.test.json');

export interface TestBot {
  url: string;
  connector: LoopbackConnector;
  clock: FakeClock;
  dataDir: string;
  bot: Bot;
  store: Store;
  config: Config;
  /** POSTs an activity to /api/messages like Teams does; returns status and parsed body. */
  send(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  /** Stops the bot (as on SIGTERM) and starts a new process-equivalent on the same data folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  env?: Record<string, string>;
  clock?: FakeClock;
  dataDir?: string;
  connector?: LoopbackConnector;
  /** With credentials in env: where the adapter checks tokens (a fake OpenID endpoint on loopback). */
  authSettings?: AuthSettings;
  log?: Logger;
  /** The store to run on; the embedded store in `dataDir` without it. Called again on restart. */
  openStore?: (dataDir: string) => Promise<Store>;
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const connector = options.connector ?? (await startLoopbackConnector());
  const clock = options.clock ?? fakeClock();
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'vt-bot-')));
  const config = loadConfig({ PORT: '1', DATA_DIR: dataDir, REGION_FILE: TEST_REGION_FILE, SCHEDULER: 'off', ...options.env });
  const log = options.log ?? (process.env.TEST_LOG ? createLogger('debug') : silentLogger);

  const boot = async (): Promise<{ bot: Bot; store: Store }> => {
    const store = await (options.openStore ?? createLowdbStore)(dataDir);
    const bot = await startBot({ config: { ...config, port: 0 }, store, adapter: createAdapter(config, options.authSettings), clock: clock as Clock, log, host: '127.0.0.1' });
    return { bot, store };
  };
  let current = await boot();

  const harness: TestBot = {
    get url() {
      return `http://127.0.0.1:${current.bot.server.port}`;
    },
    connector,
    clock,
    dataDir,
    get bot() {
      return current.bot;
    },
    get store() {
      return current.store;
    },
    config,
    send: (activity) => postActivity(harness.url, { serviceUrl: connector.url, ...activity }),
    async restart() {
      await current.bot.stop();
      current = await boot();
    },
    async stop() {
      await current.bot.stop();
      if (!options.connector) await connector.close();
    },
  };
  return harness;
}

/** Texts of the messages the bot sent into a conversation (replies and proactive sends). */
export function textsTo(connector: LoopbackConnector, conversationIdPrefix: string): string[] {
  return connector.calls
    .filter((c) => (c.kind === 'reply' || c.kind === 'send') && c.conversationId.startsWith(conversationIdPrefix))
    .map((c) => String(c.body.text ?? ''));
}
