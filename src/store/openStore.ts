import type { Config } from '../config.js';
import type { Logger } from '../app/log.js';
import { createLowdbStore } from './lowdb/lowdbStore.js';
import type { Store } from './store.js';

/** The embedded lowdb store by default; PostgreSQL when DATABASE_URL is set. */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>, log: Logger): Promise<Store> {
  return createLowdbStore(config.dataDir, { onWarning: (event, context) => log.warn(event, context as Record<string, string>) });
}
