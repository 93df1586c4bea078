import { describe, expect, it } from 'vitest';
import { Sectors } from '../../../../src/domain/constants.js';
import { meldcodeFlow } from '../../../../src/dialogs/meldcode/flow/definition.js';
import { getMeldcodeFlow } from '../../../../src/dialogs/meldcode/flow/index.js';
import type { FlowDefinition } from '../../../../src/dialogs/meldcode/flow/types.js';
import { findFlowProblems, validateFlow } from '../../../../src/dialogs/meldcode/flow/validate.js';

const clone = (): FlowDefinition => structuredClone(meldcodeFlow);
const node = (def: FlowDefinition, id: string) => {
  const found = def.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

function thrownMessage(def: FlowDefinition): string {
  try {
    validateFlow(def);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('validateFlow did not throw');
}

describe('validateFlow on the shipped meldcode flow', () => {
  it('finds no problems and does not throw', () => {
    expect(findFlowProblems(meldcodeFlow)).toEqual([]);
    expect(() => validateFlow(meldcodeFlow)).not.toThrow();
    expect(getMeldcodeFlow()).toBe(meldcodeFlow);
  });

  it.each(Sectors)('finds no problem mentioning sector %s', (sector) => {
    expect(findFlowProblems(meldcodeFlow).filter((p) => p.includes(sector))).toEqual([]);
  });
});

describe('validateFlow on broken definitions', () => {
  it('reports a dangling next, a cycle and an unreachable node together', () => {
    const def = clone();
    node(def, 'afweging-4').choices[0]!.next = 'does-not-exist';
    node(def, 'talk-now').choices[1]!.next = 'talk';
    def.nodes.push({ id: 'orphan', step: 3, title: 'Wees', question: 'Nooit gezien?', choices: [{ id: 'x', label: 'X', next: 'MELDEN' }] });

    const message = thrownMessage(def);
    expect(message).toContain("node 'afweging-4' choice 'yes' leads to unknown 'does-not-exist'");
    expect(message).toMatch(/cycle: talk -> talk-now -> talk/);
    expect(message).toContain("node 'orphan' is unreachable");
    expect(message).toContain('sector: onderwijs, wijkteam, kinderopvang, zorg, anders');
  });

  it('reports a node that can never reach an outcome', () => {
    const def = clone();
    const n = node(def, 'talk-needed');
    n.choices = [{ id: 'loop', label: 'Rond', next: 'talk-skip-reason' }];
    const problems = findFlowProblems(def).join('\n');
    expect(problems).toMatch(/cycle: talk-skip-reason -> talk-needed -> talk-skip-reason/);
    expect(problems).toContain("node 'talk-needed' cannot reach any outcome");
  });

  it('reports a choice that leads to a node the sector never sees', () => {
    const def = clone();
    node(def, 'acute').choices[1]!.next = 'care-kind';
    const problems = findFlowProblems(def);
    expect(problems).toContain(
      "node 'acute' choice 'no' leads to node 'care-kind' that does not apply to this sector (sector: onderwijs, wijkteam, kinderopvang, anders)",
    );
  });

  it('reports broken sector variants', () => {
    const def = clone();
    node(def, 'kindcheck').variants = { onderwijs: { title: 'Nooit zichtbaar' } };
    node(def, 'consult').variants!.wijkteam!.choices![0]!.next = 'nergens';
    const problems = findFlowProblems(def);
    expect(problems).toContain("node 'kindcheck' has a variant for sector 'onderwijs' that never sees it");
    expect(problems).toContain("node 'consult' choice 'af' leads to unknown 'nergens' (sector: wijkteam)");
  });

  it('reports an id used by both a node and an outcome', () => {
    const def = clone();
    def.outcomes.push({ ...def.outcomes[0]!, id: 'talk' });
    expect(findFlowProblems(def)).toContain("id 'talk' is used more than once (node and outcome ids share one space)");
  });

  it('reports a step going backwards and an outcome that is never reached', () => {
    const def = clone();
    def.outcomes.push({ ...def.outcomes[0]!, id: 'NEVER' });
    node(def, 'afweging-3').choices[0]!.next = 'afweging-2';
    const problems = findFlowProblems(def);
    expect(problems.some((p) => p.startsWith("node 'afweging-3' choice 'yes' goes back from step 5 to 4"))).toBe(true);
    expect(problems.some((p) => p.startsWith('cycle: afweging-2 -> afweging-3 -> afweging-2'))).toBe(true);
    expect(problems).toContain("outcome 'NEVER' is never reached");
  });

  it('reports shape errors such as a node without choices or an empty text', () => {
    const def = clone();
    node(def, 'talk').choices = [];
    node(def, 'signals').title = '  ';
    const problems = findFlowProblems(def);
    const index = (id: string) => def.nodes.findIndex((n) => n.id === id);
    expect(problems.some((p) => p.startsWith(`shape: nodes.${index('talk')}.choices`))).toBe(true);
    expect(problems.some((p) => p.startsWith(`shape: nodes.${index('signals')}.title`))).toBe(true);
  });

  it('reports a choice that ends the walk without a verslag line', () => {
    const def = clone();
    delete node(def, 'afweging-4').choices[1]!.recordAs;
    expect(findFlowProblems(def)).toContain(
      "node 'afweging-4' choice 'no' ends the walk but has no recordAs line for the verslag (sector: onderwijs, wijkteam, kinderopvang, zorg, anders)",
    );
  });

  it('reports a missing start node', () => {
    const def = clone();
    def.start = 'nope';
    expect(findFlowProblems(def)).toContain("start 'nope' is not a node");
  });
});
