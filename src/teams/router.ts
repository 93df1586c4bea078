import type { Application } from '@microsoft/teams-ai/lib/Application.js';
import type { TurnContext } from 'botbuilder';
import { textOf, type Guard, type Handler, type Routes, type Turn } from '../app/turn.js';
import { turnOf } from './activity.js';
import { replyTo } from './reply.js';
import type { AppTurnState } from './turnState.js';

interface Route {
  matches(turn: Turn): boolean;
  handler: Handler;
}

/**
 * The features' `Routes` on a teams-ai Application, which loads and saves the turn state around
 * them. Guards run as one beforeTurn handler, in order; then one Application route dispatches from
 * our own table: a click by its verb, everything else to the first route that matches, in
 * registration order. A click is answered by its handler (the turn runner answers one nobody did).
 */
export function teamsRoutes(app: Application<AppTurnState>): Routes {
  const guards: Guard[] = [];
  const clicks = new Map<string, Handler>();
  const routes: Route[] = [];

  app.turn('beforeTurn', async (ctx, state) => {
    const turn = turnOf(ctx, state);
    const reply = replyTo(ctx);
    for (const guard of guards) if (!(await guard(turn, reply))) return false;
    return true;
  });

  app.addRoute(
    async () => true,
    async (ctx: TurnContext, state: AppTurnState) => {
      const turn = turnOf(ctx, state);
      const byVerb = turn.event.kind === 'click' ? clicks.get(turn.event.verb) : undefined;
      const handler = byVerb ?? routes.find((r) => r.matches(turn))?.handler;
      if (handler) await handler(turn, replyTo(ctx));
    },
  );

  return {
    guard: (guard) => void guards.push(guard),
    message: (match, handler) => {
      const matches = match instanceof RegExp ? (turn: Turn) => match.test(textOf(turn)) : match;
      routes.push({ matches: (turn) => turn.event.kind === 'message' && matches(turn), handler });
    },
    click: (verb, handler) => {
      for (const v of typeof verb === 'string' ? [verb] : verb) {
        if (clicks.has(v)) throw new Error(`card verb ${v} is registered twice`);
        clicks.set(v, handler);
      }
    },
    submit: (match, handler) => void routes.push({ matches: (turn) => turn.event.kind === 'submit' && match(turn), handler }),
    on: (kind, handler) => void routes.push({ matches: (turn) => turn.event.kind === kind, handler }),
  };
}
