import type { Sector } from '../../../../src/domain/constants.js';
import { startWalk, step, viewOf, type WalkState } from '../../../../src/dialogs/meldcode/flow/engine.js';
import type { FlowDefinition, OutcomeView, QuestionView } from '../../../../src/dialogs/meldcode/flow/types.js';

export const NOW = '2026-11-12T13:05:00Z';
export const LATER = '2026-11-19T08:00:00Z';

export interface WalkedPath {
  /** Question views shown along the path, in order. */
  questions: readonly QuestionView[];
  /** "nodeId:choiceId" of the last answer. */
  lastAnswer: string;
  final: WalkState;
  outcome: OutcomeView;
}

/**
 * Walks every path from the start to an outcome by depth-first search through the engine itself,
 * calling `onPath` for each (paths are not stored: there are many). Returns the number of paths.
 * Throws when a choice fails or a path is longer than `maxDepth`.
 */
export function forEachPath(
  def: FlowDefinition,
  sector: Sector,
  onPath: (path: WalkedPath) => void,
  maxDepth = 40,
): number {
  let count = 0;
  const questions: QuestionView[] = [];
  const visit = (state: WalkState): void => {
    const view = viewOf(def, state);
    if (view.kind === 'outcome') {
      const last = state.answers.at(-1);
      count += 1;
      onPath({ questions, lastAnswer: `${last?.nodeId}:${last?.choiceId}`, final: state, outcome: view });
      return;
    }
    if (questions.length >= maxDepth) throw new Error(`path longer than ${maxDepth}: ${state.history.join(' > ')}`);
    questions.push(view);
    for (const choice of view.choices) {
      const result = step(def, state, { kind: 'choose', nodeId: view.nodeId, choiceId: choice.id }, NOW);
      if (!result.ok) throw new Error(`choice ${view.nodeId}:${choice.id} failed with ${result.error}`);
      visit(result.state);
    }
    questions.pop();
  };
  visit(startWalk(def, sector, NOW));
  return count;
}

/** Walk by choice ids only: each id is chosen on whatever question is current. */
export function walk(def: FlowDefinition, sector: Sector, choiceIds: string[]): WalkState {
  let state = startWalk(def, sector, NOW);
  for (const choiceId of choiceIds) {
    const result = step(def, state, { kind: 'choose', nodeId: state.nodeId, choiceId }, NOW);
    if (!result.ok) throw new Error(`walk failed at ${state.nodeId}:${choiceId}: ${result.error}`);
    state = result.state;
  }
  return state;
}

/** Choice ids from the start to afweging 1 (signal: letsel; consult: aandachtsfunctionaris; advice and talk done). */
export function toAfweging1(sector: Sector): string[] {
  const prefix: Record<Sector, string[]> = {
    onderwijs: ['no', 'home', 'injury'],
    wijkteam: ['no', 'home', 'yes', 'injury'],
    zorg: ['no', 'home', 'yes', 'injury'],
    kinderopvang: ['no', 'home', 'injury'],
    anders: ['no', 'home', 'injury'],
  };
  return [...prefix[sector], 'af', 'yes', 'done'];
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
