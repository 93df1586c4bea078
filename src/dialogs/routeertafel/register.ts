import type { Deps } from '../../app/deps.js';
import type { Routes } from '../../app/turn.js';
import type { HttpRoute } from '../../app/httpRoute.js';
import type { CaseListener, StatusProvider } from '../../app/extensions.js';
import { asAppError } from '../../core/errors.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { alertSpoed, spoedSweepJob } from './spoed.js';
import { agendaJob } from './agendaJob.js';
import { addToPostedAgenda } from './lateCases.js';
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
export function registerRouteertafel(routes: Routes, deps: Deps, caseListeners: CaseListener[] = []): { routes: HttpRoute[]; status: StatusProvider } {
  const fanOut = createAgendaFanOut(deps);
  const onCreated = announceNewCase(deps, [addToPostedAgenda(deps, fanOut), ...caseListeners]);
  registerCommands(routes, deps, fanOut);
  registerIntakeCard(routes, deps, onCreated);
  registerHandoverActions(routes, deps);
  registerMonitoringActions(routes, deps);
  deps.scheduler.add(agendaJob(deps, fanOut));
  deps.scheduler.add(followUpJob(deps, caseFollowUps(deps)));
  deps.scheduler.add(spoedSweepJob(deps));
  return { routes: [casesApiRoute(deps, onCreated)], status: escalationStatus(deps) };
}

/**
 * What follows a new case: the spoed alert, then the other features' listeners. The case is saved
 * already, so a failure here is logged (by code) and does not undo or fail the intake.
 */
function announceNewCase(deps: Deps, listeners: CaseListener[]): CaseListener {
  return async (created: HandoverCase) => {
    for (const listener of [(c: HandoverCase) => alertSpoed(deps, c), ...listeners]) {
      try {
        await listener(created);
      } catch (err) {
        deps.log.error('case_announce_failed', { code: asAppError(err).code });
      }
    }
  };
}
