/**
 * Baseline (b): a bare botbuilder echo bot on the bot's adapter and server setup: the TeamsAdapter
 * (a CloudAdapter) in local mode behind restify with the same body parser; every message is
 * answered with its own text through the Bot Connector, like any bot reply.
 */
import restify from 'restify';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { serveTargetRequests, type ReadyMessage } from '../lib/protocol.js';

const adapter = new TeamsAdapter({});

async function onTurn(context: TurnContext): Promise<void> {
  if (context.activity.type === ActivityTypes.Message) await context.sendActivity(context.activity.text ?? '');
}

const server = restify.createServer({ name: 'bench-echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1_000_000 }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, onTurn);
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
