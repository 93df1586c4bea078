import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/log.js';
import { checkActivity } from './activityShape.js';
import type { TurnOutcome } from '../teams/adapter.js';
import { MAX_BODY_BYTES, readJsonBody } from './body.js';
import type { HttpRoute } from '../app/httpRoute.js';

export interface ServerDeps {
  /** Authenticates one activity and runs its turn (the platform adapter). */
  runActivity: (authHeader: string, activity: Record<string, unknown>) => Promise<TurnOutcome>;
  health: () => Promise<{ ok: boolean; body: Record<string, unknown> }>;
  routes?: HttpRoute[];
  log: Logger;
  /** Local mode: the bot calls back only to addresses this accepts (with credentials the token decides). */
  serviceUrlAllowed?: (serviceUrl: string) => boolean;
}

export interface ServerOptions {
  port: number;
  host: string;
  bodyLimitBytes?: number;
  /** Slow or idle clients are cut off after these. */
  timeouts?: Partial<ServerTimeouts>;
}

export interface ServerTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

const defaultTimeouts: ServerTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

export interface RunningServer {
  port: number;
  /** Stops accepting requests, closes idle connections, waits for the turns in flight, then drops every connection. */
  close(): Promise<void>;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

export async function startServer(deps: ServerDeps, options: ServerOptions): Promise<RunningServer> {
  const timeouts = { ...defaultTimeouts, ...options.timeouts };
  const limit = options.bodyLimitBytes ?? MAX_BODY_BYTES;
  const routes = [...(deps.routes ?? []), ...builtInRoutes(deps, limit)];
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const server = http.createServer({ connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs) }, (req, res) => {
    // A request counts as in flight once its body is read: shutdown waits for it, not for a client still sending.
    let counted = false;
    const started = () => {
      counted = true;
      inFlight += 1;
    };
    handle(req, routes, limit, deps.log, started)
      .catch((err: unknown) => {
        deps.log.error('request_failed', { errorName: err instanceof Error ? err.name : typeof err });
        return { status: 500 } as Reply;
      })
      .then((reply) => write(res, reply))
      .finally(() => {
        if (!counted) return;
        inFlight -= 1;
        if (inFlight === 0) idle?.();
      });
  });
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
      server.closeAllConnections();
      await closed;
    },
  };
}

interface InternalRoute {
  method: 'get' | 'post';
  path: string;
  /** Raw routes read the request themselves and call `started` once they have it. */
  raw?: (req: http.IncomingMessage, started: () => void) => Promise<Reply>;
  handle?: HttpRoute['handle'];
}

function builtInRoutes(deps: ServerDeps, limit: number): InternalRoute[] {
  return [
    { method: 'post', path: '/api/messages', raw: (req, started) => messages(req, deps, limit, started) },
    {
      method: 'get',
      path: '/healthz',
      handle: async () => {
        const h = await deps.health();
        return { status: h.ok ? 200 : 503, body: h.body };
      },
    },
  ];
}

async function handle(req: http.IncomingMessage, routes: InternalRoute[], limit: number, log: Logger, started: () => void): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://bot');
  const pathname = url.pathname;
  const method = (req.method ?? '').toLowerCase();
  const onPath = routes.map((r) => ({ route: r, params: matchPath(r.path, pathname) })).filter((m) => m.params);
  const found = onPath.find((m) => m.route.method === method || (method === 'head' && m.route.method === 'get'));
  if (!found) return onPath.length > 0 ? { status: 405, body: { error: 'method_not_allowed' } } : { status: 404, body: { error: 'not_found' } };
  const { route, params } = found;
  if (route.raw) return route.raw(req, started);
  let body: unknown;
  if (route.method === 'post') {
    const read = await readJsonBody(req, limit);
    if (!read.ok) return refused(log, read.status, read.code);
    body = read.value;
  }
  started();
  const query = Object.fromEntries([...url.searchParams.keys()].map((k) => [k, url.searchParams.get(k)!]));
  return route.handle!({ headers: req.headers, body, params: params!, query, remoteAddress: req.socket.remoteAddress });
}

async function messages(req: http.IncomingMessage, deps: ServerDeps, limit: number, started: () => void): Promise<Reply> {
  const read = await readJsonBody(req, limit);
  if (!read.ok) return refused(deps.log, read.status, read.code);
  started();
  const checked = checkActivity(read.value);
  if (!checked.ok) {
    deps.log.warn('activity_malformed', { fields: checked.fields });
    return { status: 400, body: { error: 'activity_malformed' } };
  }
  if (deps.serviceUrlAllowed && !deps.serviceUrlAllowed(checked.activity.serviceUrl)) {
    deps.log.warn('service_url_refused', { localMode: true });
    return { status: 403, body: { error: 'service_url_not_allowed' } };
  }
  const auth = req.headers.authorization;
  const outcome = await deps.runActivity(typeof auth === 'string' ? auth : '', checked.activity);
  switch (outcome.kind) {
    case 'done':
      return { status: outcome.status, body: outcome.body };
    case 'unauthorized':
      deps.log.warn('request_unauthorized', { errorName: outcome.errorName });
      return { status: 401, body: { error: 'unauthorized' }, headers: { 'WWW-Authenticate': 'Bearer' } };
    case 'failed':
      deps.log.error('turn_failed_outside_handler', { errorName: outcome.errorName });
      return { status: 500, body: { error: 'internal' } };
  }
}

function refused(log: Logger, status: number, code: string): Reply {
  log.warn('request_refused', { status, code });
  // 413/415 may leave body bytes unread on the socket: close it rather than parse them as a next request.
  return { status, body: { error: code }, headers: status === 400 ? {} : { Connection: 'close' } };
}

/** '/verslag/:token' against '/verslag/abc' → { token: 'abc' }; undefined when the path does not match. */
function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = pathname.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i]!.startsWith(':')) {
      try {
        params[want[i]!.slice(1)] = decodeURIComponent(got[i]!);
      } catch {
        return undefined;
      }
    } else if (want[i] !== got[i]) return undefined;
  }
  return params;
}

function write(res: http.ServerResponse, reply: Reply): void {
  if (res.headersSent) return void res.end();
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | Buffer | undefined;
  if (typeof reply.body === 'string' || Buffer.isBuffer(reply.body)) {
    payload = reply.body;
    headers['Content-Type'] ??= 'text/plain; charset=utf-8';
  } else if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}
