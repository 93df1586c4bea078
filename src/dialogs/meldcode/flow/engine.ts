import type { Sector } from '../../../domain/constants.js';
import { findOutcome, resolveNode, resolveOutcome } from './resolve.js';
import { stepLabel, stepName } from './texts.js';
import type { FlowDefinition, WalkView } from './types.js';

/**
 * Pure walk engine. Invariants of a WalkState:
 * - `nodeId` is the current question; once an outcome is reached it stays on the question that led there;
 * - `history` holds the questions answered before `nodeId`, oldest first;
 * - `answers` has one entry per answered question, so its length is history.length (+1 after an outcome).
 */
export interface WalkState {
  nodeId: string;
  history: string[];
  answers: WalkAnswer[];
  sector: Sector;
  startedAt: string /* ISO */;
  outcomeId?: string;
  /** "stop" was typed or pressed and waits for a confirmation. */
  stopAsked?: boolean;
}

/**
 * One answered question. `choiceId` is the answer that decided the route; `also` the other answers
 * chosen on a multiple-choice question; `note` the professional's own (already masked) note.
 */
export interface WalkAnswer {
  nodeId: string;
  choiceId: string;
  also?: string[];
  note?: string;
}

export type WalkInput =
  | { kind: 'choose'; nodeId: string; choiceId: string; also?: string[]; note?: string }
  | { kind: 'back' }
  | { kind: 'restart' };

export type WalkError = 'stale-node' | 'unknown-choice' | 'walk-ended';

export type WalkResult =
  | { ok: true; state: WalkState; view: WalkView }
  | { ok: false; error: WalkError; state: WalkState; view: WalkView };

export function startWalk(def: FlowDefinition, sector: Sector, nowIso: string): WalkState {
  return { nodeId: def.start, history: [], answers: [], sector, startedAt: nowIso };
}

/** Apply one input. `nowIso` is the start time of a restarted walk. */
export function step(def: FlowDefinition, state: WalkState, input: WalkInput, nowIso: string): WalkResult {
  switch (input.kind) {
    case 'restart':
      return ok(def, startWalk(def, state.sector, nowIso));
    case 'back':
      return ok(def, goBack(state));
    case 'choose':
      return choose(def, state, input);
  }
}

function choose(def: FlowDefinition, state: WalkState, input: WalkAnswer): WalkResult {
  const { nodeId } = input;
  if (state.outcomeId !== undefined) return fail(def, state, 'walk-ended');
  if (nodeId !== state.nodeId) return fail(def, state, 'stale-node');
  const node = currentNode(def, state);
  const ids = [...new Set([input.choiceId, ...(input.also ?? [])])];
  if (ids.length > 1 && !node.multiple) return fail(def, state, 'unknown-choice');
  if (!ids.every((id) => node.choices.some((c) => c.id === id))) return fail(def, state, 'unknown-choice');
  // The chosen answer listed first in the definition decides the route (see FlowNode.multiple).
  const [choice, ...others] = node.choices.filter((c) => ids.includes(c.id));
  if (!choice) return fail(def, state, 'unknown-choice');
  const answer: WalkAnswer = { nodeId, choiceId: choice.id };
  if (others.length > 0) answer.also = others.map((c) => c.id);
  if (input.note) answer.note = input.note;
  const answers = [...state.answers, answer];
  if (findOutcome(def, choice.next)) return ok(def, { ...state, answers, outcomeId: choice.next });
  return ok(def, { ...state, nodeId: choice.next, history: [...state.history, nodeId], answers });
}

function goBack(state: WalkState): WalkState {
  if (state.outcomeId !== undefined) {
    const { outcomeId: _ended, ...rest } = state;
    return { ...rest, answers: state.answers.slice(0, -1) };
  }
  const previous = state.history.at(-1);
  if (previous === undefined) return state;
  return { ...state, nodeId: previous, history: state.history.slice(0, -1), answers: state.answers.slice(0, -1) };
}

/** What to show for a state: the current question, or the outcome once the walk has ended. */
export function viewOf(def: FlowDefinition, state: WalkState): WalkView {
  if (state.outcomeId !== undefined) {
    const outcome = resolveOutcome(def, state.outcomeId, state.sector);
    if (!outcome) throw new Error(`Unknown outcome '${state.outcomeId}' in walk state`);
    const { title, text, actions, acute, melden, label, veiligThuisFirst, phones } = outcome;
    return {
      kind: 'outcome',
      outcomeId: outcome.id,
      title,
      text,
      actions,
      acute,
      melden,
      ...(label !== undefined ? { label } : {}),
      ...(veiligThuisFirst !== undefined ? { veiligThuisFirst } : {}),
      ...(phones !== undefined ? { phones } : {}),
      canGoBack: true,
    };
  }
  const node = currentNode(def, state);
  return {
    kind: 'question',
    nodeId: node.id,
    stepNumber: node.step,
    stepLabel: stepLabel(node.step),
    stepName: stepName(node.step),
    title: node.title,
    question: node.question,
    ...(node.explanation !== undefined ? { explanation: node.explanation } : {}),
    choices: node.choices.map(({ id, label }) => ({ id, label })),
    multiple: node.multiple,
    canGoBack: state.history.length > 0,
  };
}

/**
 * True when replaying the state's answers from the start gives exactly this state. Use it on a
 * stored state (e.g. after a new flow version) and restart the walk when it returns false.
 */
export function isValidState(def: FlowDefinition, state: WalkState): boolean {
  let replay = startWalk(def, state.sector, state.startedAt);
  if (!resolveNode(def, replay.nodeId, state.sector)) return false;
  for (const answer of state.answers) {
    const result = choose(def, replay, answer);
    if (!result.ok) return false;
    replay = result.state;
  }
  return (
    replay.nodeId === state.nodeId &&
    replay.outcomeId === state.outcomeId &&
    replay.history.length === state.history.length &&
    replay.history.every((id, i) => id === state.history[i])
  );
}

function currentNode(def: FlowDefinition, state: WalkState) {
  const node = resolveNode(def, state.nodeId, state.sector);
  if (!node) throw new Error(`Node '${state.nodeId}' does not exist for sector '${state.sector}'`);
  return node;
}

function ok(def: FlowDefinition, state: WalkState): WalkResult {
  return { ok: true, state, view: viewOf(def, state) };
}

function fail(def: FlowDefinition, state: WalkState, error: WalkError): WalkResult {
  return { ok: false, error, state, view: viewOf(def, state) };
}
