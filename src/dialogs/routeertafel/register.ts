import type { Application } from '@microsoft/teams-ai';
import type { Deps } from '../../app/deps.js';
import type { AppTurnState } from '../../app/turnState.js';
import type { HttpRoute } from '../../transport/server.js';
import type { StatusProvider } from '../channels/register.js';

/** Routeertafel: case intake, weekly agendas, handover confirmations, reminders, monitoring. */
export function registerRouteertafel(_app: Application<AppTurnState>, _deps: Deps): { routes: HttpRoute[]; status: StatusProvider } {
  return { routes: [], status: async () => [] };
}
