import type { Deps } from '../../app/deps.js';
import type { Routes } from '../../app/turn.js';
import type { HttpRoute } from '../../app/httpRoute.js';
import type { StatusProvider } from '../../app/extensions.js';
import { agendaJob } from './agendaJob.js';
import { casesApiRoute } from './api.js';
import { createAgendaFanOut } from './fanOut.js';
import { caseFollowUps } from './followUps.js';
import { followUpJob } from '../../workflow/followUps.js';
import { registerHandoverActions } from './handover.js';
import { registerIntakeCard } from './intakeCard.js';
import { registerCommands } from './messages.js';
import { registerMonitoringActions } from './monitoring.js';
import { escalationStatus } from './status.js';

/**
 * Routeertafel: case intake (card, API, CSV), weekly agendas per gemeente channel, handover
 * confirmations, reminders and escalation, monitoring, figures.
 */
export function registerRouteertafel(routes: Routes, deps: Deps): { routes: HttpRoute[]; status: StatusProvider } {
  const fanOut = createAgendaFanOut(deps);
  registerCommands(routes, deps, fanOut);
  registerIntakeCard(routes, deps);
  registerHandoverActions(routes, deps);
  registerMonitoringActions(routes, deps);
  deps.scheduler.add(agendaJob(deps, fanOut));
  deps.scheduler.add(followUpJob(deps, caseFollowUps(deps)));
  return { routes: [casesApiRoute(deps)], status: escalationStatus(deps) };
}
