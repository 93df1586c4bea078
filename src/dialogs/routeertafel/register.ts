import type { Application } from '@microsoft/teams-ai';
import type { Deps } from '../../app/deps.js';
import type { AppTurnState } from '../../app/turnState.js';
import type { HttpRoute } from '../../app/httpRoute.js';
import type { StatusProvider } from '../../app/extensions.js';
import { agendaJob } from './agendaJob.js';
import { casesApiRoute } from './api.js';
import { createAgendaFanOut } from './fanOut.js';
import { followUpJob } from './followUps.js';
import { registerHandoverActions } from './handover.js';
import { registerIntakeCard } from './intakeCard.js';
import { registerCommands } from './messages.js';
import { registerMonitoringActions } from './monitoring.js';
import { escalationStatus } from './status.js';

/**
 * Routeertafel: case intake (card, API, CSV), weekly agendas per gemeente channel, handover
 * confirmations, reminders and escalation, monitoring, figures.
 */
export function registerRouteertafel(app: Application<AppTurnState>, deps: Deps): { routes: HttpRoute[]; status: StatusProvider } {
  const fanOut = createAgendaFanOut(deps);
  registerCommands(app, deps, fanOut);
  registerIntakeCard(app, deps);
  registerHandoverActions(app, deps);
  registerMonitoringActions(app, deps);
  deps.scheduler.add(agendaJob(deps, fanOut));
  deps.scheduler.add(followUpJob(deps));
  return { routes: [casesApiRoute(deps)], status: escalationStatus(deps) };
}
