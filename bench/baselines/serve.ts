import restify from 'restify';
import { serveTargetRequests, type ReadyMessage } from '../lib/protocol.js';

/**
 * Both baselines: the same restify setup as src/transport/server.ts (body parser included), a
 * /healthz, a ready message to the bench parent, and a clean stop on SIGTERM or when the parent goes.
 */
export function serveBaseline(name: string, onMessages: (req: restify.Request, res: restify.Response) => Promise<void>): void {
  const server = restify.createServer({ name, handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1_000_000 }));
  server.post('/api/messages', onMessages);
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    process.send?.({ type: 'ready', url: `http://127.0.0.1:${server.address().port}` } satisfies ReadyMessage);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.once('SIGTERM', stop);
  serveTargetRequests(stop);
}
