import restify from 'restify';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../app/log.js';

export interface HttpRequestLike {
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  params: Record<string, string>;
}
export interface HttpResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
export interface HttpRoute {
  method: 'get' | 'post';
  path: string;
  handle(req: HttpRequestLike): Promise<HttpResult>;
}

export interface ServerDeps {
  adapter: TeamsAdapter;
  runTurn: (context: TurnContext) => Promise<void>;
  health: () => Promise<{ ok: boolean; body: Record<string, unknown> }>;
  routes?: HttpRoute[];
  log: Logger;
}

export interface RunningServer {
  port: number;
  /** Stops accepting requests and waits for the ones in flight. */
  close(): Promise<void>;
}

export async function startServer(deps: ServerDeps, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const server = restify.createServer({ name: 'veilig-thuis-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1_000_000 }));
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const track = async (work: () => Promise<void>) => {
    inFlight += 1;
    try {
      await work();
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  };

  server.post('/api/messages', async (req, res) => {
    await track(async () => {
      try {
        await deps.adapter.process(req, res, deps.runTurn);
      } catch (err) {
        deps.log.error('turn_failed_outside_handler', { error: (err as Error).name });
        if (!res.headersSent) res.send(500);
      }
    });
  });
  server.get('/healthz', async (_req, res) => {
    const h = await deps.health();
    res.send(h.ok ? 200 : 503, h.body);
  });
  for (const route of deps.routes ?? []) {
    server[route.method](route.path, async (req: restify.Request, res: restify.Response) => {
      await track(async () => {
        const result = await route.handle({ headers: req.headers, body: req.body, params: req.params ?? {} });
        if (typeof result.body === 'string' || Buffer.isBuffer(result.body)) {
          res.writeHead(result.status, { 'Content-Type': 'text/plain; charset=utf-8', ...result.headers });
          res.end(result.body);
          return;
        }
        if (result.headers) for (const [k, v] of Object.entries(result.headers)) res.header(k, v);
        res.send(result.status, result.body);
      });
    });
  }

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    port: address.port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.server.close(() => resolve());
        server.server.closeIdleConnections?.();
      });
      if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
    },
  };
}
