// Child process for the fan-out crash test: a bot on DATA_DIR whose clock starts at FAKE_NOW and
// runs on; it runs the due scheduler jobs once (the weekly agenda) and keeps delivering until the
// parent kills it with SIGKILL.
import { loadConfig } from '../../../src/config.js';
import { startBot } from '../../../src/bot.js';
import { silentLogger } from '../../../src/core/log.js';
import { createLowdbStore } from '../../../src/store/lowdb/lowdbStore.js';
import { createAdapter } from '../../../src/teams/adapter.js';

const config = loadConfig(process.env);
const start = Date.parse(process.env.FAKE_NOW!);
const realStart = Date.now();
const clock = { now: () => new Date(start + (Date.now() - realStart)) };
const store = await createLowdbStore(config.dataDir);
const bot = await startBot({ config: { ...config, port: 0 }, store, adapter: createAdapter(config), clock, log: silentLogger, host: '127.0.0.1' });
process.stdout.write('started\n');
await bot.deps.scheduler.tick();
process.stdout.write('enqueued\n');
setInterval(() => undefined, 60_000);
