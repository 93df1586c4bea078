import type { TeamsAdapter } from '@microsoft/teams-ai';
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import type { TurnContext } from 'botbuilder';
import type { HttpRoute } from './app/httpRoute.js';
import { registerChannels } from './dialogs/channels/register.js';
import type { LinkListener } from './app/extensions.js';
import { registerAdvice } from './dialogs/advice/register.js';
import { registerSafety } from './dialogs/safety/register.js';
import { registerWelcome } from './dialogs/welcome/register.js';
import { registerMeldcode } from './dialogs/meldcode/register.js';
import { registerKnowledge } from './dialogs/knowledge/register.js';
import { registerRouteertafel } from './dialogs/routeertafel/register.js';
import { registerFallback } from './dialogs/fallback.js';
import { TurnStateStorage } from './store/turnStateStorage.js';
import type { Deps } from './app/deps.js';
import { createTurnRunner } from './app/turnRunner.js';
import { registerHousekeeping } from './app/housekeeping.js';
import type { AppTurnState } from './app/turnState.js';

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

  registerSafety(app, deps); // acute danger before anything else
  const routeertafel = registerRouteertafel(app, deps);
  const linkListeners: LinkListener[] = [];
  registerChannels(app, deps, [routeertafel.status], linkListeners);
  registerWelcome(app, deps);
  const meldcode = registerMeldcode(app, deps);
  const advice = registerAdvice(app, deps);
  linkListeners.push(advice.onChannelLinked);
  registerKnowledge(app, deps); // free text in personal chat: after every command
  registerFallback(app); // catch-all: keep last
  registerHousekeeping(deps);

  return { app, runTurn: createTurnRunner(app, deps.log), routes: [...routeertafel.routes, ...meldcode.routes] };
}
