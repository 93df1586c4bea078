import { loadConfig } from './config.js';
import { createLogger } from './core/log.js';
import { systemClock } from './core/clock.js';
import { openStore } from './store/openStore.js';
import { createAdapter } from './teams/adapter.js';
import { isLoopbackHost } from './transport/activityShape.js';
import { startBot } from './bot.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  const store = await openStore(config, log);
  const adapter = createAdapter(config);
  const bot = await startBot({ config, store, adapter, clock: systemClock, log });

  if (!config.credentials) {
    log.warn('LOCAL_MODE_NO_AUTHENTICATION', { hint: 'MicrosoftAppId is empty: every request to /api/messages is accepted. Never run like this on a public address.', host: config.host });
    process.stderr.write('\n  !!! LOCAL MODE: no Bot Framework authentication. Set MicrosoftAppId/MicrosoftAppPassword before exposing this bot. !!!\n\n');
    if (!isLoopbackHost(config.host)) {
      log.warn('LOCAL_MODE_ON_NETWORK', { host: config.host, hint: 'HOST widens local mode beyond this machine: anyone who can reach this address can drive the bot.' });
      process.stderr.write(`  !!! HOST=${config.host}: this unauthenticated bot is reachable from the network. Use it only on a network you trust. !!!\n\n`);
    }
  }
  log.info('bot_started', { port: bot.server.port, host: config.host, region: config.region.name, gemeenten: config.region.gemeenten.length, store: (await store.status()).kind });

  const shutdown = async (signal: string) => {
    log.info('bot_stopping', { signal, graceMs: config.shutdownGraceMs });
    // In-flight turns get the grace period; a client that keeps its connection open does not keep us alive.
    const forced = setTimeout(() => {
      log.error('bot_stop_forced', { signal, graceMs: config.shutdownGraceMs });
      process.exit(1);
    }, config.shutdownGraceMs);
    forced.unref();
    await bot.stop();
    clearTimeout(forced);
    log.info('bot_stopped', { signal });
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: Error) => {
  process.stderr.write(`The bot could not start.\n${err.message}\n`);
  process.exit(1);
});
