import http from 'node:http';
import { summarize, type LatencySummary } from './stats.js';

export interface LoadOptions {
  /** Full address to POST to, e.g. http://127.0.0.1:3978/api/messages. */
  url: string;
  connections: number;
  /** Fixed-duration mode: requests are started until this much time has passed. */
  durationMs: number;
  /** Count mode instead: exactly this many requests. */
  totalRequests?: number;
  /** Fixed-duration mode: go on past the duration until at least this many requests were started. */
  minRequests?: number;
  /** The JSON body of request number `seq` (0-based). */
  body: (seq: number) => string;
  timeoutMs?: number;
}

export interface LoadResult {
  /** Finished requests, whatever their outcome. */
  requests: number;
  /** Non-2xx answers, socket errors and timeouts among them. */
  failures: number;
  failureKinds: Record<string, number>;
  /** Requests per second of the run. */
  perSecond: number;
  seconds: number;
  latencyMs: LatencySummary;
}

type Outcome = { status: number; body?: string } | { error: string };

/**
 * A closed-loop load generator: `connections` workers on keep-alive sockets, each sending its next
 * request when the previous one is answered (what 32 Teams front-end connections look like).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections, maxFreeSockets: options.connections });
  const counted = options.totalRequests !== undefined;
  const startedAt = performance.now();
  const stopAt = startedAt + options.durationMs;
  const latencies: number[] = [];
  const failureKinds: Record<string, number> = {};
  let issued = 0;
  let lastFinish = startedAt;

  const worker = async () => {
    for (;;) {
      const start = performance.now();
      if (counted ? issued >= options.totalRequests! : start >= stopAt && issued >= (options.minRequests ?? 0)) return;
      const seq = issued++;
      const outcome = await post(agent, target, options.body(seq), options.timeoutMs ?? 30_000, false);
      const end = performance.now();
      latencies.push(end - start);
      lastFinish = Math.max(lastFinish, end);
      const kind = 'error' in outcome ? outcome.error : outcome.status >= 200 && outcome.status < 300 ? undefined : `HTTP ${outcome.status}`;
      if (kind) failureKinds[kind] = (failureKinds[kind] ?? 0) + 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, worker));
  } finally {
    agent.destroy();
  }
  const seconds = counted || options.minRequests ? (lastFinish - startedAt) / 1000 : options.durationMs / 1000;
  return {
    requests: latencies.length,
    failures: Object.values(failureKinds).reduce((sum, n) => sum + n, 0),
    failureKinds,
    perSecond: latencies.length / seconds,
    seconds,
    latencyMs: summarize(latencies),
  };
}

/** One POST of a JSON body; answers status and (when asked) the body text. Never rejects. */
export function post(agent: http.Agent, target: URL, body: string, timeoutMs: number, keepBody: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (response) => {
        let text = '';
        if (keepBody) response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (keepBody) text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: keepBody ? text : undefined }));
        response.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    request.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    request.end(body);
  });
}

/** POSTs one activity and parses the JSON answer (invoke responses). */
export async function postJson(agent: http.Agent, url: string, activity: Record<string, unknown>, timeoutMs = 30_000): Promise<{ status: number; body: unknown }> {
  const outcome = await post(agent, new URL(url), JSON.stringify(activity), timeoutMs, true);
  if ('error' in outcome) return { status: 0, body: outcome.error };
  let body: unknown = outcome.body;
  try {
    body = outcome.body ? JSON.parse(outcome.body) : undefined;
  } catch {
    /* plain text */
  }
  return { status: outcome.status, body };
}
