import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Messages between bench/run.ts and its child processes (Node IPC). A child announces itself with
 * `ready`; the parent sends requests with an `id` and the child answers with the same `id`.
 */
export interface ReadyMessage {
  type: 'ready';
  /** http://127.0.0.1:<port> of the child's server. */
  url: string;
  detail?: Record<string, string | number | boolean>;
}

export interface ChildRequest {
  id: number;
  type: string;
  [key: string]: unknown;
}

export interface ChildReply {
  id: number;
  ok: boolean;
  error?: string;
  [key: string]: unknown;
}

/** A call the connector process saw, forwarded while `notify` is on. */
export interface CallEvent {
  type: 'call';
  kind: 'reply' | 'send' | 'create' | 'update';
  conversationId: string;
  /** nowMs() in the connector process when the call arrived. */
  at: number;
  /** "Adviesvraag #12" in a ticket card gives 12. */
  ticketNumber?: number;
}

export function isReady(message: unknown): message is ReadyMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
}

export function isCallEvent(message: unknown): message is CallEvent {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'call';
}

export function isReply(message: unknown): message is ChildReply {
  return typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'number' && 'ok' in message;
}

/** In a child: answers the parent's requests with `handle`, and exits when the parent goes away. */
export function serveParent(handle: (request: ChildRequest) => Promise<Record<string, unknown>>, onParentGone: () => void): void {
  process.on('message', (message: ChildRequest) => {
    if (typeof message?.id !== 'number') return;
    handle(message).then(
      (reply) => process.send?.({ id: message.id, ok: true, ...reply } satisfies ChildReply),
      (err: Error) => process.send?.({ id: message.id, ok: false, error: err.message } satisfies ChildReply),
    );
  });
  process.on('disconnect', onParentGone);
}

/**
 * What every bench target answers: `mark` gives the monotonic clock in µs (the time base of a CPU
 * profile, to cut out the measured window); `memory` { gc } gives process.memoryUsage(), after a
 * full GC when the target runs with --expose-gc; `loopDelay` { reset } gives the event-loop delay
 * since the last reset (how long the process was blocked). `stop` runs when the parent goes away.
 */
export function serveTargetRequests(stop: () => void): void {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  serveParent(async (request) => {
    if (request.type === 'mark') return { hrtimeUs: Number(process.hrtime.bigint() / 1000n) };
    if (request.type === 'loopDelay') {
      const figures = { p50Ms: loop.percentile(50) / 1e6, p99Ms: loop.percentile(99) / 1e6, maxMs: loop.max / 1e6 };
      if (request.reset) loop.reset();
      return figures;
    }
    if (request.type !== 'memory') throw new Error(`unknown request ${request.type}`);
    const gc = (globalThis as { gc?: () => void }).gc;
    if (request.gc && gc) gc();
    return { memory: process.memoryUsage(), gcRan: Boolean(request.gc && gc) };
  }, stop);
}
