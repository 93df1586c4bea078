/**
 * This bot as a bench target: the production wiring (loadConfig → store → createAdapter →
 * startBot) in its own process. run.ts sets PORT, DATA_DIR (a temp folder), REGION_FILE,
 * LOG_LEVEL=silent, SCHEDULER=off and, for the PostgreSQL column, DATABASE_URL (a fresh database).
 *
 * It answers the IPC requests of lib/protocol.ts serveTargetRequests (mark, memory).
 */
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/core/log.js';
import { systemClock } from '../../src/core/clock.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';
import { createAdapter } from '../../src/teams/adapter.js';
import { startBot } from '../../src/bot.js';
import { findPostgresStoreModule } from '../lib/postgres.js';
import { serveTargetRequests, type ReadyMessage } from '../lib/protocol.js';

type CreatePostgresStore = (url: string, options?: { schema?: string }) => Promise<Store>;

/** openStore as index.ts does; if it does not pick PostgreSQL for DATABASE_URL yet, the colleague's module directly. */
async function openBenchStore(config: Config, log: Logger): Promise<Store> {
  const store = await openStore(config, log);
  if (!config.databaseUrl || (await store.status()).kind === 'postgres') return store;
  await store.close();
  const file = findPostgresStoreModule();
  if (!file) throw new Error('DATABASE_URL is set but there is no PostgreSQL store (src/store/postgres/createPostgresStore)');
  const module = (await import(pathToFileURL(file).href)) as { createPostgresStore: CreatePostgresStore };
  return module.createPostgresStore(config.databaseUrl);
}

/** Milliseconds since this process started (performance.now() counts from the process's start). */
const importedAt = performance.now();
const config = loadConfig(process.env);
const log = createLogger(config.logLevel);
const store = await openBenchStore(config, log);
const storeOpenAt = performance.now();
const bot = await startBot({ config, store, adapter: createAdapter(config), clock: systemClock, log, host: '127.0.0.1' });
const storeKind = (await store.status()).kind;

let stopping: Promise<void> | undefined;
const stop = () => {
  stopping ??= bot.stop().finally(() => process.exit(0));
  return stopping;
};
process.once('SIGTERM', () => void stop());
serveTargetRequests(() => void stop());

const listeningAt = performance.now();
process.send?.({
  type: 'ready',
  url: `http://127.0.0.1:${bot.server.port}`,
  detail: { store: storeKind, importedAtMs: importedAt, storeOpenAtMs: storeOpenAt, listeningAtMs: listeningAt },
} satisfies ReadyMessage);
