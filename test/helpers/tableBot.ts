/**
 * A bot for the table workflows (triagetafel, werksessie) on each store: the embedded store and,
 * when DATABASE_URL is set, PostgreSQL in a schema of its own. Use with describe.each(tableStores).
 */
import { createLowdbStore } from '../../src/store/lowdb/lowdbStore.js';
import { createPostgresStore } from '../../src/store/postgres/postgresStore.js';
import type { Store } from '../../src/store/store.js';
import { databaseUrl, dropSchema, freshSchema } from '../store/postgresTestDb.js';
import type { FakeClock } from './fakeClock.js';
import { startLoopbackConnector, type LoopbackConnector } from './loopbackConnector.js';
import { startTestBot, type TestBot } from './testBot.js';

export type OpenStore = ((dataDir: string) => Promise<Store>) | undefined;

const schemaFor = { current: freshSchema() };

export const tableStores: [string, OpenStore][] = [
  ['the embedded store', (dir) => createLowdbStore(dir)],
  ['PostgreSQL', databaseUrl ? () => createPostgresStore(databaseUrl!, { schema: schemaFor.current }) : undefined],
];

export interface TableBot {
  t: TestBot;
  connector: LoopbackConnector;
  stop(): Promise<void>;
}

export async function startTableBot(openStore: NonNullable<OpenStore>, clock: FakeClock, env: Record<string, string>): Promise<TableBot> {
  const schema = (schemaFor.current = freshSchema());
  const connector = await startLoopbackConnector();
  const t = await startTestBot({ env, clock, connector, openStore });
  return {
    t,
    connector,
    async stop() {
      await t.stop();
      await connector.close();
      if (databaseUrl) await dropSchema(databaseUrl, schema);
    },
  };
}
