import type { Config } from '../config.js';
import type { Logger } from '../core/log.js';
import { createLowdbStore } from './lowdb/lowdbStore.js';
import { describeDatabaseUrl } from './postgres/database.js';
import { createPostgresStore } from './postgres/postgresStore.js';
import type { Store } from './store.js';

/** The embedded lowdb store by default; PostgreSQL when DATABASE_URL is set. */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>, log: Logger): Promise<Store> {
  const onWarning = (event: string, context: Record<string, unknown>) => log.warn(event, context as Record<string, string>);
  if (config.databaseUrl) {
    log.info('store_selected', { kind: 'postgres', where: describeDatabaseUrl(config.databaseUrl) });
    return createPostgresStore(config.databaseUrl, { onWarning });
  }
  log.info('store_selected', { kind: 'lowdb', dir: config.dataDir });
  return createLowdbStore(config.dataDir, { onWarning });
}
