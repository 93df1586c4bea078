// Child process for the advice crash test: a bot on DATA_DIR (real clock) that prints its port and
// answers advice questions until the parent kills it with SIGKILL.
import { loadConfig } from '../../../src/config.js';
import { startBot } from '../../../src/bot.js';
import { silentLogger } from '../../../src/core/log.js';
import { createLowdbStore } from '../../../src/store/lowdb/lowdbStore.js';
import { createAdapter } from '../../../src/teams/adapter.js';

const config = loadConfig(process.env);
const store = await createLowdbStore(config.dataDir);
const bot = await startBot({ config: { ...config, port: 0 }, store, adapter: createAdapter(config), clock: { now: () => new Date() }, log: silentLogger, host: '127.0.0.1' });
process.stdout.write(`port ${bot.server.port}\n`);
setInterval(() => undefined, 60_000);
