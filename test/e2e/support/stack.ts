import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { demoRegionFile, startBot, startPlayground, stopChild } from '../../../scripts/lib/playgroundStack.mjs';

export interface PlaygroundStack {
  /** The playground's page, e.g. http://localhost:41234 */
  playgroundUrl: string;
  /** The bot's base URL, e.g. http://127.0.0.1:40321 (GET /healthz, POST /api/messages). */
  botUrl: string;
  dataDir: string;
  /** Output of both processes so far, for a failing test's message. */
  logs(): string;
  /**
   * Only with the `botClock` option: sets the bot's clock to `at` (an ISO time; it runs on from there)
   * and resolves once the bot has taken it.
   */
  setBotClock(at: string): Promise<void>;
  /** Stops the playground and the bot (SIGTERM, as in production) and removes the data folder. */
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Extra environment for the bot; undefined removes a variable. */
  botEnv?: Record<string, string | undefined>;
  /** Print both processes' output as it comes (also: E2E_VERBOSE=1). */
  verbose?: boolean;
  /**
   * Starts the bot's clock at this ISO time instead of the real time (see botClock.mjs), e.g. for a
   * journey that needs "Monday 08:45"; move it on with `setBotClock`. The playground keeps real time.
   */
  botClock?: string;
}

const botClockModule = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'botClock.mjs')).href;

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

  const clockFile = path.join(dataDir, 'bot-clock.txt');
  const clockEnv: Record<string, string> = {};
  if (options.botClock) {
    await writeFile(clockFile, options.botClock);
    clockEnv.E2E_BOT_CLOCK_FILE = clockFile;
    clockEnv.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import=${botClockModule}`.trim();
  }

  const bot = await startBot({
    port: await freePort(),
    env: { REGION_FILE: demoRegionFile, DATA_DIR: dataDir, SCHEDULER: 'off', LOG_LEVEL: 'info', DATABASE_URL: undefined, ...clockEnv, ...options.botEnv },
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
    async setBotClock(at: string) {
      if (!options.botClock) throw new Error('setBotClock needs the botClock option of startPlaygroundStack');
      const ack = `${clockFile}.ack`;
      await rm(ack, { force: true });
      await writeFile(clockFile, at);
      bot.child.kill('SIGUSR2');
      const deadline = Date.now() + 5_000;
      while (!(await readFile(ack, 'utf8').catch(() => ''))) {
        if (Date.now() > deadline) throw new Error(`the bot did not take the clock ${at} within 5 s`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
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
