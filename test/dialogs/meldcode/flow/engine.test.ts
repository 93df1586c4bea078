import { describe, expect, it } from 'vitest';
import { meldcodeFlow as def } from '../../../../src/dialogs/meldcode/flow/definition.js';
import {
  isValidState,
  startWalk,
  step,
  viewOf,
  type WalkInput,
  type WalkState,
} from '../../../../src/dialogs/meldcode/flow/engine.js';
import { WalkInputSchema, WalkStateSchema } from '../../../../src/dialogs/meldcode/flow/schema.js';
import { deepFreeze, LATER, NOW, walk } from './walkHelpers.js';

const choose = (nodeId: string, choiceId: string): WalkInput => ({ kind: 'choose', nodeId, choiceId });

describe('startWalk and viewOf', () => {
  it('starts at the acute-danger check with no way back', () => {
    const state = startWalk(def, 'onderwijs', NOW);
    expect(state).toEqual({ nodeId: 'acute', history: [], answers: [], sector: 'onderwijs', startedAt: NOW });
    expect(viewOf(def, state)).toMatchObject({
      kind: 'question',
      nodeId: 'acute',
      stepNumber: 0,
      stepLabel: 'Eerst: veiligheid',
      question: 'Is er nu iemand in acuut gevaar?',
      canGoBack: false,
    });
  });

  it('shows only id and label of each choice', () => {
    const view = viewOf(def, startWalk(def, 'zorg', NOW));
    expect(view.kind === 'question' && view.choices).toEqual([
      { id: 'yes', label: 'Ja, er is nu iemand in gevaar' },
      { id: 'no', label: 'Nee' },
    ]);
  });
});

describe('step', () => {
  it('moves to the next node and records the answer', () => {
    const result = step(def, startWalk(def, 'wijkteam', NOW), choose('acute', 'no'), NOW);
    expect(result.ok).toBe(true);
    expect(result.state).toMatchObject({ nodeId: 'who', history: ['acute'], answers: [{ nodeId: 'acute', choiceId: 'no' }] });
    expect(result.view).toMatchObject({ kind: 'question', stepLabel: 'Stap 1 van 5', canGoBack: true });
  });

  it('ends in an outcome and keeps the question that led there', () => {
    const result = step(def, startWalk(def, 'anders', NOW), choose('acute', 'yes'), NOW);
    expect(result.state).toMatchObject({ nodeId: 'acute', history: [], outcomeId: 'ACUTE' });
    expect(result.view).toMatchObject({ kind: 'outcome', outcomeId: 'ACUTE', acute: true, canGoBack: true });
  });

  it('goes back one question at a time, dropping the answer', () => {
    const state = walk(def, 'onderwijs', ['no', 'home', 'injury']);
    expect(state.nodeId).toBe('consult');
    const back = step(def, state, { kind: 'back' }, NOW);
    expect(back.ok).toBe(true);
    expect(back.state).toEqual(walk(def, 'onderwijs', ['no', 'home']));
    const twice = step(def, back.state, { kind: 'back' }, NOW);
    expect(twice.state).toEqual(walk(def, 'onderwijs', ['no']));
  });

  it('goes back from an outcome to the question that led there', () => {
    const ended = walk(def, 'onderwijs', ['no', 'colleague', 'po-vo-mbo']);
    const back = step(def, ended, { kind: 'back' }, NOW);
    expect(back.state).toEqual(walk(def, 'onderwijs', ['no', 'colleague']));
    expect(back.state).not.toHaveProperty('outcomeId');
    expect(back.view).toMatchObject({ kind: 'question', nodeId: 'school-level' });
  });

  it('treats back at the start as a no-op', () => {
    const state = startWalk(def, 'zorg', NOW);
    const back = step(def, state, { kind: 'back' }, NOW);
    expect(back).toMatchObject({ ok: true, state });
  });

  it('restarts in the same sector with a new start time', () => {
    const state = walk(def, 'wijkteam', ['no', 'home', 'yes', 'injury', 'af']);
    const result = step(def, state, { kind: 'restart' }, LATER);
    expect(result.state).toEqual(startWalk(def, 'wijkteam', LATER));
    expect(step(def, walk(def, 'wijkteam', ['yes']), { kind: 'restart' }, LATER).state).toEqual(
      startWalk(def, 'wijkteam', LATER),
    );
  });

  it('never mutates the state it is given', () => {
    const state = deepFreeze(walk(def, 'onderwijs', ['no', 'home']));
    const copy = structuredClone(state);
    step(def, state, choose('signals', 'injury'), NOW);
    step(def, state, { kind: 'back' }, NOW);
    step(def, state, { kind: 'restart' }, LATER);
    expect(state).toEqual(copy);
  });
});

describe('step errors leave the state unchanged and show the current step again', () => {
  const current = walk(def, 'onderwijs', ['no', 'home']);

  it('rejects a button from an older card as stale-node', () => {
    const result = step(def, current, choose('acute', 'yes'), NOW);
    expect(result).toEqual({ ok: false, error: 'stale-node', state: current, view: viewOf(def, current) });
    expect(result.state).toBe(current);
  });

  it('rejects an unknown choice', () => {
    const result = step(def, current, choose('signals', 'not-a-choice'), NOW);
    expect(result).toEqual({ ok: false, error: 'unknown-choice', state: current, view: viewOf(def, current) });
  });

  it('rejects a choice that exists only in another sector', () => {
    const wijkteam = walk(def, 'wijkteam', ['no', 'home', 'yes']);
    expect(step(def, current, choose('signals', 'parent-situation'), NOW)).toMatchObject({ ok: false, error: 'unknown-choice' });
    expect(step(def, wijkteam, choose('signals', 'parent-situation'), NOW).ok).toBe(true);
  });

  it('rejects choosing after the walk ended as walk-ended', () => {
    const ended = walk(def, 'onderwijs', ['no', 'colleague', 'po-vo-mbo']);
    for (const input of [choose('who', 'home'), choose('acute', 'no')]) {
      const result = step(def, ended, input, NOW);
      expect(result).toEqual({ ok: false, error: 'walk-ended', state: ended, view: viewOf(def, ended) });
      expect(result.view.kind).toBe('outcome');
    }
  });
});

describe('several answers at once and notes', () => {
  const atSignals = walk(def, 'onderwijs', ['no', 'home']);

  it('lets the signal listed first decide the route and keeps the others', () => {
    const result = step(def, atSignals, { kind: 'choose', nodeId: 'signals', choiceId: 'neglect', also: ['injury', 'sexual'] }, NOW);
    expect(result.ok).toBe(true);
    expect(result.state.nodeId).toBe('sexual-who');
    expect(result.state.answers.at(-1)).toEqual({ nodeId: 'signals', choiceId: 'sexual', also: ['injury', 'neglect'] });
    expect(isValidState(def, result.state)).toBe(true);
  });

  it('refuses several answers on a question that takes one', () => {
    const acute = startWalk(def, 'onderwijs', NOW);
    expect(step(def, acute, { kind: 'choose', nodeId: 'acute', choiceId: 'no', also: ['yes'] }, NOW)).toMatchObject({ ok: false, error: 'unknown-choice' });
  });

  it('keeps the note with the answer', () => {
    const result = step(def, atSignals, { kind: 'choose', nodeId: 'signals', choiceId: 'injury', note: 'Blauwe plek op de arm, maandag.' }, NOW);
    expect(result.state.answers.at(-1)).toEqual({ nodeId: 'signals', choiceId: 'injury', note: 'Blauwe plek op de arm, maandag.' });
  });
});

describe('stored state', () => {
  it('survives a JSON round trip through WalkStateSchema and stays valid', () => {
    const state = walk(def, 'zorg', ['no', 'home', 'no', 'domestic', 'not-yet', 'af']);
    const parsed = WalkStateSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(parsed).toEqual(state);
    expect(isValidState(def, parsed)).toBe(true);
  });

  it('detects a state that no longer matches the flow', () => {
    const state = walk(def, 'onderwijs', ['no', 'home', 'injury']);
    expect(isValidState(def, { ...state, nodeId: 'afweging-5' })).toBe(false);
    expect(isValidState(def, { ...state, answers: [{ nodeId: 'acute', choiceId: 'gone' }] })).toBe(false);
    expect(isValidState(def, { ...state, history: ['acute'] })).toBe(false);
    expect(isValidState(def, { ...state, outcomeId: 'MELDEN' })).toBe(false);
  });

  it('parses card inputs with WalkInputSchema', () => {
    expect(WalkInputSchema.parse({ kind: 'choose', nodeId: 'acute', choiceId: 'no' })).toEqual(choose('acute', 'no'));
    expect(WalkInputSchema.safeParse({ kind: 'choose', nodeId: '' }).success).toBe(false);
  });

  it('keeps WalkState assignable from the schema type', () => {
    const fromSchema: WalkState = WalkStateSchema.parse(startWalk(def, 'anders', NOW));
    expect(fromSchema.sector).toBe('anders');
  });
});
