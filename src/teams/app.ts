import { Application } from '@microsoft/teams-ai/lib/Application.js';
import type { Routes } from '../app/turn.js';
import type { Logger } from '../core/log.js';
import type { Collection, TurnStateRecord } from '../store/store.js';
import type { BotAdapter, TurnLogic } from './adapter.js';
import { teamsRoutes } from './router.js';
import { createTurnRunner } from './turnRunner.js';
import { TurnStateStorage } from './turnStateStorage.js';
import type { AppTurnState } from './turnState.js';

export interface TeamsApp {
  /** Where features register what they answer. */
  routes: Routes;
  /** Runs one authenticated turn (the adapter calls it). */
  runTurn: TurnLogic;
}

/** One teams-ai Application over our store's turn state; features see only `Routes`. */
export function createTeamsApp(parts: { adapter: BotAdapter; botAppId: string; turnState: Collection<TurnStateRecord>; log: Logger }): TeamsApp {
  const app = new Application<AppTurnState>({
    adapter: parts.adapter,
    botAppId: parts.botAppId,
    storage: new TurnStateStorage(parts.turnState),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
    turnStateFactory: undefined as never,
  } as ConstructorParameters<typeof Application<AppTurnState>>[0]);
  return { routes: teamsRoutes(app), runTurn: createTurnRunner(app, parts.log) };
}
