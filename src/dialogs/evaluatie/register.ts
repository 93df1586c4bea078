import type { Deps } from '../../app/deps.js';
import { textOf, type Routes } from '../../app/turn.js';
import { channelLinkOf } from '../../workflow/caseGate.js';
import { followUpJob } from '../../workflow/followUps.js';
import { decideGemeenteCommand, gemeenteCommand } from '../../workflow/gemeenteCommand.js';
import { registerEvaluationClicks } from './clicks.js';
import { currentEvaluatedPeriod, evaluationFanOut, evaluationJob } from './cycle.js';
import { openEvaluation } from './evaluations.js';
import { agreementFollowUps } from './followUps.js';
import { EvaluatieTexts as T } from './texts.js';
import { evaluationView } from './views.js';
import { yearCard, yearlyFanOut, yearlyJob } from './yearly.js';

const EVALUATION_COMMAND = 'evaluatie';
const YEARLY_COMMAND = 'jaarevaluatie';

/**
 * Learning together (seed 003): the joint evaluation of casuïstiek per gemeente and period, with
 * lessons and followed-up agreements, and the yearly evaluation of the samenwerkingsafspraken.
 */
export function registerEvaluatie(routes: Routes, deps: Deps): void {
  const region = deps.config.region;
  registerEvaluationClicks(routes, deps);
  deps.scheduler.add(followUpJob(deps, agreementFollowUps(deps)));
  if (region.evaluatie) {
    deps.scheduler.add(evaluationJob(deps, evaluationFanOut(deps)));
    deps.scheduler.add(yearlyJob(deps, region.evaluatie.yearlyMonth, yearlyFanOut(deps)));
  }

  routes.message(gemeenteCommand(region, EVALUATION_COMMAND), async (turn, reply) => {
    const decision = decideGemeenteCommand(region, EVALUATION_COMMAND, textOf(turn), await channelLinkOf(deps, turn), { unknownGemeente: T.unknownGemeente, onlyInChannel: T.onlyInChannel });
    if (decision.kind === 'refuse') return reply.send(decision.text);
    const evaluation = await openEvaluation(deps, decision.gemeente, currentEvaluatedPeriod(deps));
    await reply.send({ cards: [evaluationView(evaluation, region.timezone)] });
  });
  routes.message(gemeenteCommand(region, YEARLY_COMMAND), async (turn, reply) => {
    const decision = decideGemeenteCommand(region, YEARLY_COMMAND, textOf(turn), await channelLinkOf(deps, turn), { unknownGemeente: T.unknownGemeente, onlyInChannel: T.yearOnlyInChannel });
    if (decision.kind === 'refuse') return reply.send(decision.text);
    await reply.send({ cards: [await yearCard(deps, decision.gemeente)] });
  });
}
