/** What the routeertafel's card clicks share: the case gate with its refusals, an atomic decision on the case. */
import type { Deps } from '../../app/deps.js';
import type { Turn } from '../../app/turn.js';
import { applyDecision } from '../../store/shared.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import type { Decision } from '../../domain/cases/decisions.js';
import { messageCard } from '../../cards/messageCard.js';
import { RouteertafelTexts as T } from './texts.js';
import { type Card } from '../../cards/card.js';
import { gateCaseInItsChannel } from '../../workflow/caseGate.js';
import type { ClickGate } from '../../workflow/sharedCardClick.js';

/** The answer to a click on a case that is not (or no longer) in the store. */
export function caseUnknownCard(): Card {
  return messageCard({ title: T.handoverTitle, text: T.caseUnknown, style: 'attention' });
}

/** The case exists and the click happened in its gemeente's channel; the case as read. */
export function gateCase(deps: Deps, turn: Turn, reference: string, notHere: (gemeente: string) => string): Promise<ClickGate<HandoverCase>> {
  return gateCaseInItsChannel(deps, turn, reference, {
    unknown: caseUnknownCard(),
    notHere: (gemeente) => messageCard({ title: T.handoverTitle, text: notHere(gemeente), style: 'attention' }),
  });
}

/** Runs a pure decision on the stored case inside the store's atomic update; undefined when it is gone. */
export function decideOnCase<D extends Decision<object>>(deps: Deps, reference: string, decide: (c: HandoverCase) => D): Promise<D | undefined> {
  return applyDecision(deps.store.cases, reference, decide);
}
