import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isReady, isReply, type ChildReply, type ReadyMessage } from './protocol.js';

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(directory: string): string {
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('bench: project root (package.json) not found');
    directory = parent;
  }
  return directory;
}

export interface ChildOptions {
  /** Shown in errors: "echo bot", "bot (lowdb)". */
  label: string;
  /** Path from the project root, e.g. bench/targets/bot.ts. */
  script: string;
  env?: Record<string, string>;
  /** Node flags before `--import tsx` (--cpu-prof, --expose-gc). */
  nodeArgs?: string[];
  readyTimeoutMs?: number;
}

export interface Child {
  label: string;
  pid: number;
  /** Resolves with the child's ready message; rejects when it exits or times out first. */
  ready: Promise<ReadyMessage>;
  /** Sends a request and waits for the answer with the same id. */
  request(type: string, fields?: Record<string, unknown>, timeoutMs?: number): Promise<ChildReply>;
  /** Listens to the child's messages; the result stops listening. */
  onMessage(listener: (message: unknown) => void): () => void;
  /** The last lines the child wrote to stderr (for error messages). */
  stderrTail(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when killed). */
  stop(graceMs?: number): Promise<number | null>;
  exited: Promise<number | null>;
}

const live = new Set<ChildProcess>();
let exitHooked = false;

/** Every child is killed when this process ends, however it ends. */
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

export function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

const tempDirs = new Set<string>();

/** A temp folder that is removed when this process ends, also on Ctrl-C; `forget` when removed earlier. */
export function removeOnExit(dir: string): { forget(): void } {
  hookExit();
  tempDirs.add(dir);
  return { forget: () => void tempDirs.delete(dir) };
}

/** Spawns `node [nodeArgs] --import tsx <script>` with an IPC channel, in the project root. */
export function startChild(options: ChildOptions): Child {
  hookExit();
  const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', options.script], {
    cwd: projectRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  live.add(proc);
  let stderr = '';
  proc.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  proc.stdout!.on('data', () => undefined);

  const exited = new Promise<number | null>((resolve) => {
    proc.once('exit', (code) => {
      live.delete(proc);
      resolve(code);
    });
  });
  const pending = new Map<number, (reply: ChildReply) => void>();
  let nextId = 1;
  proc.on('message', (message) => {
    if (isReply(message)) pending.get(message.id)?.(message);
  });

  const ready = new Promise<ReadyMessage>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.label}: not ready after ${options.readyTimeoutMs ?? 60_000} ms\n${stderr}`)), options.readyTimeoutMs ?? 60_000);
    proc.on('message', (message) => {
      if (!isReady(message)) return;
      clearTimeout(timer);
      resolve(message);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${options.label}: exited with code ${code} before it was ready\n${stderr.trim()}`));
    });
  });
  ready.catch(() => undefined);

  const child: Child = {
    label: options.label,
    pid: proc.pid!,
    ready,
    exited,
    request: (type, fields = {}, timeoutMs = 30_000) =>
      new Promise<ChildReply>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${options.label}: no answer to ${type} within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, (reply) => {
          clearTimeout(timer);
          pending.delete(id);
          if (reply.ok) resolve(reply);
          else reject(new Error(`${options.label}: ${type} failed: ${reply.error}`));
        });
        proc.send({ id, type, ...fields });
      }),
    onMessage: (listener) => {
      proc.on('message', listener);
      return () => void proc.off('message', listener);
    },
    stderrTail: () => stderr.trim(),
    stop: async (graceMs = 10_000) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return proc.exitCode;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  return child;
}

/** Runs `work` with a started child and always stops it afterwards, also when `work` throws. */
export async function withChild<T>(options: ChildOptions, work: (child: Child, ready: ReadyMessage) => Promise<T>): Promise<T> {
  const child = startChild(options);
  try {
    return await work(child, await child.ready);
  } finally {
    await child.stop();
  }
}

/** A TCP port that was free a moment ago (the child binds it right away). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

/** Resident set size of a process in bytes, from /proc (Linux). */
export function rssOf(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
