import type { Sector } from '../../../domain/constants.js';
import type { FlowDefinition, FlowNode, FlowOutcome, ResolvedNode, ResolvedOutcome } from './types.js';

/** Lookups that apply a sector's variant. Used by the engine, the validator and the verslag. */

export function findNode(def: FlowDefinition, id: string): FlowNode | undefined {
  return def.nodes.find((node) => node.id === id);
}

export function findOutcome(def: FlowDefinition, id: string): FlowOutcome | undefined {
  return def.outcomes.find((outcome) => outcome.id === id);
}

export function nodeAppliesTo(node: FlowNode, sector: Sector): boolean {
  return node.sectors === undefined || node.sectors.includes(sector);
}

export function resolveNodeData(node: FlowNode, sector: Sector): ResolvedNode {
  const variant = node.variants?.[sector] ?? {};
  const resolved: ResolvedNode = {
    id: node.id,
    step: node.step,
    title: variant.title ?? node.title,
    question: variant.question ?? node.question,
    choices: variant.choices ?? node.choices,
    multiple: node.multiple ?? false,
  };
  const explanation = variant.explanation ?? node.explanation;
  if (explanation !== undefined) resolved.explanation = explanation;
  if (node.afweging !== undefined) resolved.afweging = node.afweging;
  return resolved;
}

/** The node as this sector sees it, or undefined when it does not exist or does not apply. */
export function resolveNode(def: FlowDefinition, id: string, sector: Sector): ResolvedNode | undefined {
  const node = findNode(def, id);
  return node && nodeAppliesTo(node, sector) ? resolveNodeData(node, sector) : undefined;
}

export function resolveOutcome(def: FlowDefinition, id: string, sector: Sector): ResolvedOutcome | undefined {
  const outcome = findOutcome(def, id);
  if (!outcome) return undefined;
  const { variants, ...base } = outcome;
  const variant = variants?.[sector] ?? {};
  return {
    ...base,
    title: variant.title ?? base.title,
    text: variant.text ?? base.text,
    actions: variant.actions ?? base.actions,
  };
}
