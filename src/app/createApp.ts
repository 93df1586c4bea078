import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { HttpRoute } from '../transport/server.js';
import { registerChannels } from '../dialogs/channels/register.js';
import { registerAdvice } from '../dialogs/advice/register.js';
import { registerRouteertafel } from '../dialogs/routeertafel/register.js';
import { registerFallback } from '../dialogs/fallback.js';
import { TurnStateStorage } from '../store/turnStateStorage.js';
import type { Deps } from './deps.js';
import { createTurnRunner } from './turnRunner.js';
import type { AppTurnState } from './turnState.js';

export interface BotApp {
  app: Application<AppTurnState>;
  runTurn: (ctx: TurnContext) => Promise<void>;
  routes: HttpRoute[];
}

/** The bot: one Application, the features in order (first match wins), the catch-all last. */
export function createApp(deps: Deps, adapter: TeamsAdapter): BotApp {
  const app = new Application<AppTurnState>({
    adapter,
    botAppId: deps.config.credentials?.appId ?? '',
    storage: new TurnStateStorage(deps.store.turnState),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
    turnStateFactory: undefined as never,
  } as ConstructorParameters<typeof Application<AppTurnState>>[0]);

  const routeertafel = registerRouteertafel(app, deps);
  registerChannels(app, deps, [routeertafel.status]);
  registerAdvice(app, deps);
  registerFallback(app); // catch-all: keep last

  return { app, runTurn: createTurnRunner(app, deps.log), routes: [...routeertafel.routes] };
}
