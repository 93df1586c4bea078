import type { HttpRoute } from './app/httpRoute.js';
import type { LinkListener } from './app/extensions.js';
import type { Deps } from './app/deps.js';
import { registerHousekeeping } from './app/housekeeping.js';
import { registerChannels } from './dialogs/channels/register.js';
import { registerAdvice } from './dialogs/advice/register.js';
import { registerSafety } from './dialogs/safety/register.js';
import { registerWelcome } from './dialogs/welcome/register.js';
import { registerMeldcode } from './dialogs/meldcode/register.js';
import { registerKnowledge } from './dialogs/knowledge/register.js';
import { registerRouteertafel } from './dialogs/routeertafel/register.js';
import { registerTriagetafel } from './dialogs/triagetafel/register.js';
import { registerContacts } from './dialogs/contacts/register.js';
import { registerWerkvoorraad } from './dialogs/werkvoorraad/register.js';
import { registerEvaluatie } from './dialogs/evaluatie/register.js';
import { registerInsight } from './dialogs/insight/register.js';
import { registerFallback } from './dialogs/fallback.js';
import type { BotAdapter, TurnLogic } from './teams/adapter.js';
import { createTeamsApp } from './teams/app.js';

export interface BotApp {
  runTurn: TurnLogic;
  routes: HttpRoute[];
}

/** The bot: the features in order (first match wins), the catch-all last. */
export function createApp(deps: Deps, adapter: BotAdapter): BotApp {
  const { routes, runTurn } = createTeamsApp({ adapter, botAppId: deps.config.credentials?.appId ?? '', turnState: deps.store.turnState, log: deps.log });

  registerSafety(routes, deps); // acute danger before anything else
  const triagetafel = registerTriagetafel(routes, deps);
  const routeertafel = registerRouteertafel(routes, deps, [triagetafel.onCase]);
  const linkListeners: LinkListener[] = [triagetafel.onChannelLinked];
  registerChannels(routes, deps, [routeertafel.status], linkListeners);
  registerWelcome(routes, deps);
  registerContacts(routes, deps);
  registerWerkvoorraad(routes, deps);
  registerEvaluatie(routes, deps);
  const meldcode = registerMeldcode(routes, deps);
  const advice = registerAdvice(routes, deps);
  linkListeners.push(advice.onChannelLinked);
  registerKnowledge(routes, deps); // free text in personal chat: after every command
  registerFallback(routes); // catch-all: keep last
  registerHousekeeping(deps);

  return { runTurn, routes: [...routeertafel.routes, ...meldcode.routes, ...registerInsight(deps)] };
}
