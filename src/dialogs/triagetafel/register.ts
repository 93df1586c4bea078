import type { Deps } from '../../app/deps.js';
import { channelLinkOf } from '../../workflow/caseGate.js';
import type { CaseListener, LinkListener } from '../../app/extensions.js';
import type { Routes } from '../../app/turn.js';
import { followUpJob } from '../../workflow/followUps.js';
import { sweepJob, triageAnnouncer } from './announce.js';
import { triageFollowUps } from './followUps.js';
import { registerTriageClicks } from './clicks.js';
import { decideTriageCommand, TRIAGE_COMMAND } from './commands.js';
import { overviewCard } from './views.js';

/** Lines the overview shows before "en N meer": every melding also has its own card in the channel. */
const OVERVIEW_LINES = 30;

/**
 * Triagetafel (seed 001): in a triagetafel gemeente every melding is shared in its channel and
 * Veilig Thuis and the gemeente take the triage decision together, one card per melding.
 */
export function registerTriagetafel(routes: Routes, deps: Deps): { onCase: CaseListener; onChannelLinked: LinkListener } {
  const announcer = triageAnnouncer(deps);
  registerTriageClicks(routes, deps);
  routes.message(TRIAGE_COMMAND, async (turn, reply) => {
    const decision = decideTriageCommand(deps.config.region, await channelLinkOf(deps, turn));
    if (decision.kind === 'refuse') return reply.send(decision.text);
    const waiting = (await deps.store.cases.list({ gemeente: decision.gemeente, stage: 'melding' })).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    return reply.send({ cards: [overviewCard(decision.gemeente, waiting, OVERVIEW_LINES)] });
  });
  deps.scheduler.add(sweepJob(announcer));
  deps.scheduler.add(followUpJob(deps, triageFollowUps(deps)));
  return { onCase: announcer.onCase, onChannelLinked: announcer.onChannelLinked };
}
