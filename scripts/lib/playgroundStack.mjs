// Starts the built bot and the Microsoft 365 Agents Playground as child processes.
// Shared by scripts/playground.mjs (by hand) and test/e2e/support/stack.ts (automated), so the
// playground's quirks are handled in one place. Plain Node ESM; types in playgroundStack.d.mts.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const botEntry = path.join(projectRoot, 'dist/bot/index.mjs');
export const playgroundConfigFile = path.join(projectRoot, '.m365agentsplayground.yml');
export const demoRegionFile = 'config/region.demo.json';

const require = createRequire(import.meta.url);
const tscBin = require.resolve('typescript/bin/tsc');
const bundleScript = path.join(projectRoot, 'scripts/bundle.mjs');
const playgroundCli = require.resolve('@microsoft/m365agentsplayground/cli.js');

/** The playground may exit at once with code 1 on its first launch on a machine; then we start it again. */
const QUICK_EXIT_MS = 10_000;

/**
 * Builds as `npm run build` does: tsc (the scripts the playground imports from dist/), then the bot's bundle
 * (scripts/bundle.mjs). Type errors do not stop us when tsc still emitted (it does by default): the type check is
 * `npm test`'s job, a trial run should not wait for it. A bundle that cannot be built does stop us.
 */
export async function buildBot({ onLine = (line) => process.stdout.write(`[build] ${line}\n`) } = {}) {
  const tsc = spawn(process.execPath, [tscBin, '-p', 'tsconfig.json'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  forwardLines(tsc, onLine);
  const { code } = await exited(tsc);
  const bundle = spawn(process.execPath, [bundleScript], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  forwardLines(bundle, onLine);
  const bundled = await exited(bundle);
  if (bundled.code !== 0 || !existsSync(botEntry)) throw new Error(`the bundle could not be built (exit ${bundled.code}): ${path.relative(projectRoot, botEntry)}`);
  return { ok: code === 0, code };
}

/**
 * Starts `node dist/bot/index.mjs` in local mode (no Bot Framework authentication) and waits for GET /healthz.
 * `env` is added to (and overrides) the parent's environment; a value of undefined removes a variable.
 */
export async function startBot({ port, env = {}, onLine = (line) => process.stdout.write(`[bot] ${line}\n`), onSpawn = () => {}, detached = false, healthTimeoutMs = 60_000 }) {
  const childEnv = mergeEnv(process.env, { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppTenantId: '', ...env, PORT: String(port) });
  const child = spawn(process.execPath, [botEntry], { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached });
  onSpawn(child);
  const output = forwardLines(child, onLine);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(url, child, healthTimeoutMs);
  } catch (err) {
    await stopChild(child);
    throw new Error(`${err.message}\n--- bot output ---\n${output.tail()}`);
  }
  return { child, url, endpoint: `${url}/api/messages`, output };
}

/**
 * Starts the Agents Playground (Teams flavour) against `endpoint` and resolves once it listens.
 * The playground takes another free port when `port` is taken, so read `port` from the result.
 * Its log file goes to `logFile` (it would otherwise create ./devTools/ in the working folder).
 */
export async function startPlayground({ endpoint, port, logFile, configFile = playgroundConfigFile, openBrowser = false, env = {}, onLine = (line) => process.stdout.write(`[playground] ${line}\n`), onSpawn = () => {}, detached = false, cli = playgroundCli }) {
  const childEnv = mergeEnv(process.env, {
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile,
    ...(logFile ? { M365_AGENTS_PLAYGROUND_LOGFILE: logFile } : {}),
    ...(openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
    ...env,
  });
  const args = [cli, '-e', endpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'];
  for (let attempt = 1; ; attempt++) {
    const startedAt = Date.now();
    const child = spawn(process.execPath, args, { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached });
    onSpawn(child);
    const output = forwardLines(child, onLine);
    const outcome = await Promise.race([
      output.waitFor(/Listening on (\d+)/).then((m) => ({ listening: Number(m[1]) })),
      exited(child).then(({ code, signal }) => ({ code, signal })),
    ]);
    if ('listening' in outcome) {
      return { child, port: outcome.listening, url: `http://localhost:${outcome.listening}`, output, attempts: attempt };
    }
    const quick = Date.now() - startedAt < QUICK_EXIT_MS;
    if (attempt === 1 && outcome.code === 1 && quick) {
      onLine('exited at once with code 1 (known first-launch quirk); starting it again');
      continue;
    }
    throw new Error(`the Agents Playground exited (code ${outcome.code}, signal ${outcome.signal}) before listening\n--- playground output ---\n${output.tail()}`);
  }
}

/** Whether a server could listen on `port` now (on all interfaces, as the playground does). */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** Sends `signal`, waits for the exit, and kills after `timeoutMs`. Resolves at once when already gone. */
export async function stopChild(child, { signal = 'SIGTERM', timeoutMs = 10_000 } = {}) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await done;
  clearTimeout(timer);
}

/**
 * Resolves with the exit code and signal once the child has exited (also when it already has).
 * Waits for 'close' rather than 'exit', so its last output lines have been read by then.
 */
export function exited(child) {
  if ((child.exitCode !== null || child.signalCode !== null) && child.stdout?.readableEnded !== false) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
}

async function waitForHealthy(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the bot exited (code ${child.exitCode}, signal ${child.signalCode}) before /healthz answered`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.cause?.code ?? err.message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the bot did not answer ${url}/healthz within ${timeoutMs} ms (last: ${last})`);
}

/** Passes each output line to `onLine` and keeps the last lines for error messages. */
function forwardLines(child, onLine) {
  const lines = [];
  const waiters = [];
  const take = (line) => {
    lines.push(line);
    if (lines.length > 200) lines.shift();
    onLine(line);
    for (const w of [...waiters]) {
      const m = w.pattern.exec(line);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  for (const stream of [child.stdout, child.stderr]) if (stream) createInterface({ input: stream }).on('line', take);
  return {
    tail: () => lines.slice(-60).join('\n'),
    /** Resolves with the match of the first line (seen from now on) that matches; never rejects. */
    waitFor: (pattern) => new Promise((resolve) => waiters.push({ pattern, resolve })),
  };
}

function mergeEnv(base, extra) {
  const env = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}
