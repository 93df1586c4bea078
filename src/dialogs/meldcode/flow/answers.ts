import type { WalkState } from './engine.js';
import { resolveNode } from './resolve.js';
import type { FlowDefinition, StepNumber } from './types.js';
import { noteLine } from './texts.js';

/** One given answer, described only with texts from the flow definition (never user input). */
export interface RecordedAnswer {
  nodeId: string;
  step: StepNumber;
  line: string;
  /** The professional's own note on this answer, already masked. */
  note?: string;
}

/**
 * The walk's answers as dossier lines, followed by the professional's own note on that step. Answers that do not match the definition (e.g. a tampered
 * or outdated state) are skipped, so nothing from outside the definition ends up in the text.
 */
export function recordedAnswers(def: FlowDefinition, state: WalkState): RecordedAnswer[] {
  return state.answers.flatMap((answer) => {
    const node = resolveNode(def, answer.nodeId, state.sector);
    if (!node) return [];
    const chosen = [answer.choiceId, ...(answer.also ?? [])];
    const lines = node.choices.filter((c) => chosen.includes(c.id) && c.recordAs).map((c) => c.recordAs!);
    const recorded: RecordedAnswer[] = lines.map((line) => ({ nodeId: node.id, step: node.step, line }));
    if (answer.note) recorded.push({ nodeId: node.id, step: node.step, line: noteLine(answer.note), note: answer.note });
    return recorded;
  });
}
