/**
 * Baseline (a): the same restify server setup as src/transport/server.ts (body parser included),
 * with an /api/messages handler that answers 200 and does nothing else.
 */
import restify from 'restify';
import { serveTargetRequests, type ReadyMessage } from '../lib/protocol.js';

const server = restify.createServer({ name: 'bench-bare-restify', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1_000_000 }));
server.post('/api/messages', async (_req, res) => {
  res.send(200);
});
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
