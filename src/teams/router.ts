import type { Application } from '@microsoft/teams-ai/lib/Application.js';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Handler, Routes, Turn } from '../app/turn.js';
import { turnOf } from './activity.js';
import { replyTo } from './reply.js';
import type { AppTurnState } from './turnState.js';

/**
 * The features' `Routes` on a teams-ai Application: guards become beforeTurn handlers, routes
 * become Application routes in the same order (first match wins), clicks are answered by the
 * handler itself (teams-ai writes its own response only when none was written).
 */
export function teamsRoutes(app: Application<AppTurnState>): Routes {
  const run = (handler: Handler) => async (ctx: TurnContext, state: AppTurnState) => handler(turnOf(ctx, state), replyTo(ctx));
  // Selectors see no TurnState; every selector below is called after beforeTurn loaded it.
  const stateOf = new WeakMap<TurnContext, AppTurnState>();
  const turnFor = (ctx: TurnContext): Turn => turnOf(ctx, stateOf.get(ctx)!);
  app.turn('beforeTurn', async (ctx, state) => {
    stateOf.set(ctx, state);
    return true;
  });

  return {
    guard: (guard) => app.turn('beforeTurn', async (ctx, state) => guard(turnOf(ctx, state), replyTo(ctx))),
    message: (match, handler) => {
      const selector =
        match instanceof RegExp
          ? async (ctx: TurnContext) => ctx.activity.type === ActivityTypes.Message && match.test(ctx.activity.text ?? '')
          : async (ctx: TurnContext) => ctx.activity.type === ActivityTypes.Message && turnFor(ctx).event.kind === 'message' && match(turnFor(ctx));
      app.addRoute(selector, run(handler));
    },
    click: (verb, handler) => {
      const verbs = typeof verb === 'string' ? [verb] : verb;
      app.adaptiveCards.actionExecute<Record<string, unknown>>([...verbs], async (ctx, state) => {
        await run(handler)(ctx, state);
        return '';
      });
    },
    submit: (match, handler) => {
      app.addRoute(async (ctx) => turnFor(ctx).event.kind === 'submit' && match(turnFor(ctx)), run(handler));
    },
    on: (kind, handler) => {
      app.addRoute(async (ctx) => turnFor(ctx).event.kind === kind, run(handler));
    },
  };
}
