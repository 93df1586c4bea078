import { Sectors, type Sector } from '../../../domain/constants.js';
import { findNode, findOutcome, nodeAppliesTo, resolveNode } from './resolve.js';
import { FlowDefinitionSchema } from './schema.js';
import type { FlowDefinition } from './types.js';

/**
 * Start-up check of a flow definition. Per sector: every choice leads to an existing node that
 * applies to that sector or to an outcome, every node is reachable, there are no cycles (going
 * back uses the walk's history, not edges), every node can still reach an outcome, steps never go
 * backwards and every choice that ends the walk has a verslag line. Together with "every node has
 * at least one choice" (schema) this means every path ends in an outcome.
 */
export function validateFlow(def: FlowDefinition): void {
  const problems = findFlowProblems(def);
  if (problems.length > 0) {
    throw new Error(`Invalid flow definition '${String(def?.id)}':\n- ${problems.join('\n- ')}`);
  }
}

/** All problems, one line each; identical problems in several sectors are merged into one line. */
export function findFlowProblems(def: FlowDefinition): string[] {
  const shape = FlowDefinitionSchema.safeParse(def);
  if (!shape.success) {
    return shape.error.issues.map((issue) => `shape: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const general = [...duplicateIds(def), ...startProblems(def), ...variantProblems(def)];
  const bySector = new Map<string, Sector[]>();
  const reachedOutcomes = new Set<string>();
  for (const sector of Sectors) {
    for (const problem of sectorProblems(def, sector, reachedOutcomes)) {
      bySector.set(problem, [...(bySector.get(problem) ?? []), sector]);
    }
  }
  const perSector = [...bySector].map(([problem, sectors]) => `${problem} (sector: ${sectors.join(', ')})`);
  const unusedOutcomes = def.outcomes
    .filter((outcome) => !reachedOutcomes.has(outcome.id))
    .map((outcome) => `outcome '${outcome.id}' is never reached`);
  return [...general, ...perSector, ...unusedOutcomes];
}

function duplicateIds(def: FlowDefinition): string[] {
  const ids = [...def.nodes.map((n) => n.id), ...def.outcomes.map((o) => o.id)];
  const dupes = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
  return [...dupes].map((id) => `id '${id}' is used more than once (node and outcome ids share one space)`);
}

function startProblems(def: FlowDefinition): string[] {
  const start = findNode(def, def.start);
  if (!start) return [`start '${def.start}' is not a node`];
  return start.sectors ? [`start node '${def.start}' must apply to every sector`] : [];
}

function variantProblems(def: FlowDefinition): string[] {
  return def.nodes.flatMap((node) =>
    Object.keys(node.variants ?? {})
      .filter((sector) => !nodeAppliesTo(node, sector as Sector))
      .map((sector) => `node '${node.id}' has a variant for sector '${sector}' that never sees it`),
  );
}

function sectorProblems(def: FlowDefinition, sector: Sector, reachedOutcomes: Set<string>): string[] {
  const problems: string[] = [];
  const state = new Map<string, 'active' | 'done'>();
  const canEnd = new Map<string, boolean>();

  const visit = (nodeId: string, trail: string[]): boolean => {
    const node = resolveNode(def, nodeId, sector);
    if (!node) return false;
    if (state.get(nodeId) === 'active') {
      problems.push(`cycle: ${[...trail.slice(trail.indexOf(nodeId)), nodeId].join(' -> ')}`);
      return false;
    }
    if (state.get(nodeId) === 'done') return canEnd.get(nodeId) ?? false;
    state.set(nodeId, 'active');
    const seenChoices = new Set<string>();
    let ends = false;
    for (const choice of node.choices) {
      const where = `node '${nodeId}' choice '${choice.id}'`;
      if (seenChoices.has(choice.id)) problems.push(`${where} is listed twice`);
      seenChoices.add(choice.id);
      if (findOutcome(def, choice.next)) {
        if (!choice.recordAs) problems.push(`${where} ends the walk but has no recordAs line for the verslag`);
        reachedOutcomes.add(choice.next);
        ends = true;
        continue;
      }
      const target = findNode(def, choice.next);
      if (!target) {
        problems.push(`${where} leads to unknown '${choice.next}'`);
      } else if (!nodeAppliesTo(target, sector)) {
        problems.push(`${where} leads to node '${choice.next}' that does not apply to this sector`);
      } else {
        if (target.step < node.step) problems.push(`${where} goes back from step ${node.step} to ${target.step}`);
        ends = visit(choice.next, [...trail, nodeId]) || ends;
      }
    }
    state.set(nodeId, 'done');
    canEnd.set(nodeId, ends);
    if (!ends) problems.push(`node '${nodeId}' cannot reach any outcome`);
    return ends;
  };

  visit(def.start, []);
  for (const node of def.nodes) {
    if (nodeAppliesTo(node, sector) && !state.has(node.id)) problems.push(`node '${node.id}' is unreachable`);
  }
  return problems;
}
