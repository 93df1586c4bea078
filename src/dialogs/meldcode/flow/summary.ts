import { recordedAnswers } from './answers.js';
import type { WalkState } from './engine.js';
import { resolveNode, resolveOutcome } from './resolve.js';
import { sectorLabel, stepLabel, stepName, SummaryTexts as T } from './texts.js';
import type { FlowDefinition } from './types.js';

/**
 * Short Dutch lines on what is known so far, for handing the walk over to the advice feature.
 * Built only from definition texts: the state selects lines but never adds its own words.
 */
export function summariseForAdvice(def: FlowDefinition, state: WalkState): string[] {
  const lines = [`${T.sector}: ${sectorLabel(state.sector)}`, progressLine(def, state)];
  // Own notes stay in the professional's verslag; they never travel to the advice ticket.
  const answers = recordedAnswers(def, state).filter((a) => a.note === undefined).map((a) => a.line);
  return [...lines, ...(answers.length > 0 ? answers : [T.nothingYet])];
}

function progressLine(def: FlowDefinition, state: WalkState): string {
  const outcome = state.outcomeId !== undefined ? resolveOutcome(def, state.outcomeId, state.sector) : undefined;
  if (outcome) return `${T.outcome}: ${outcome.title}`;
  const node = resolveNode(def, state.nodeId, state.sector);
  if (!node || node.step === 0) return `${T.progress}: ${stepLabel(0)}`;
  return `${T.progress}: ${stepLabel(node.step)} (${stepName(node.step)})`;
}
