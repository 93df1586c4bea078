import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { demoRegionFile, startBot, startPlayground, stopChild } from '../../../scripts/lib/playgroundStack.mjs';

export interface PlaygroundStack {
  /** The playground's page, e.g. http://localhost:41234 */
  playgroundUrl: string;
  /** The bot's base URL, e.g. http://127.0.0.1:40321 (GET /healthz, POST /api/messages). */
  botUrl: string;
  dataDir: string;
  /** Output of both processes so far, for a failing test's message. */
  logs(): string;
  /** Stops the playground and the bot (SIGTERM, as in production) and removes the data folder. */
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Extra environment for the bot; undefined removes a variable. */
  botEnv?: Record<string, string | undefined>;
  /** Print both processes' output as it comes (also: E2E_VERBOSE=1). */
  verbose?: boolean;
}

/**
 * Starts the built bot (dist/, see globalSetup) on a free port with a fresh data folder and the demo
 * region, then the Agents Playground on another free port pointing at it.
 * The bot runs with the embedded store: DATABASE_URL is removed so every run starts empty.
 */
export async function startPlaygroundStack(options: StackOptions = {}): Promise<PlaygroundStack> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vt-e2e-'));
  const verbose = options.verbose ?? process.env.E2E_VERBOSE === '1';
  const lines: string[] = [];
  const collect = (source: string) => (line: string) => {
    lines.push(`[${source}] ${line}`);
    if (verbose) process.stdout.write(`[${source}] ${line}\n`);
  };

  const bot = await startBot({
    port: await freePort(),
    env: { REGION_FILE: demoRegionFile, DATA_DIR: dataDir, SCHEDULER: 'off', LOG_LEVEL: 'info', DATABASE_URL: undefined, ...options.botEnv },
    onLine: collect('bot'),
  });
  let playground: Awaited<ReturnType<typeof startPlayground>>;
  try {
    playground = await startPlayground({ endpoint: bot.endpoint, port: await freePort(), logFile: path.join(dataDir, 'agentsplayground.log'), onLine: collect('playground') });
  } catch (err) {
    await stopChild(bot.child);
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }

  return {
    playgroundUrl: playground.url,
    botUrl: bot.url,
    dataDir,
    logs: () => lines.join('\n'),
    async stop() {
      await stopChild(playground.child);
      await stopChild(bot.child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
