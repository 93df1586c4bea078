/**
 * Baseline (a): the same restify server setup as src/transport/server.ts (body parser included),
 * with an /api/messages handler that answers 200 and does nothing else.
 */
import { serveBaseline } from './serve.js';

serveBaseline('bench-bare-restify', async (_req, res) => {
  res.send(200);
});
