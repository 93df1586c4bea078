/**
 * Baseline (b): a bare botbuilder echo bot on the bot's adapter and server setup: the TeamsAdapter
 * (a CloudAdapter) in local mode behind restify with the same body parser; every message is
 * answered with its own text through the Bot Connector, like any bot reply.
 */
import { TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { serveBaseline } from './serve.js';

const adapter = new TeamsAdapter({});

async function onTurn(context: TurnContext): Promise<void> {
  if (context.activity.type === ActivityTypes.Message) await context.sendActivity(context.activity.text ?? '');
}

serveBaseline('bench-echo-bot', async (req, res) => {
  await adapter.process(req, res, onTurn);
});
