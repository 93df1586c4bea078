import type { WalkState } from './engine.js';
import { resolveNode } from './resolve.js';
import type { FlowDefinition, StepNumber } from './types.js';

/** One given answer, described only with texts from the flow definition (never user input). */
export interface RecordedAnswer {
  nodeId: string;
  step: StepNumber;
  line: string;
}

/**
 * The walk's answers as dossier lines. Answers that do not match the definition (e.g. a tampered
 * or outdated state) are skipped, so nothing from outside the definition ends up in the text.
 */
export function recordedAnswers(def: FlowDefinition, state: WalkState): RecordedAnswer[] {
  return state.answers.flatMap((answer) => {
    const node = resolveNode(def, answer.nodeId, state.sector);
    const choice = node?.choices.find((c) => c.id === answer.choiceId);
    if (!node || !choice?.recordAs) return [];
    return [{ nodeId: node.id, step: node.step, line: choice.recordAs }];
  });
}
