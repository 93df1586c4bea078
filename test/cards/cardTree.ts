/** Reading an expanded Adaptive Card's JSON: every object in it, its actions and its inputs. */

export type CardNode = Record<string, unknown>;

/** Every object in the card (body, actions, ShowCard cards, refresh action, choices…), depth first. */
export function allNodes(card: unknown): CardNode[] {
  const found: CardNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value as CardNode);
      Object.values(value).forEach(visit);
    }
  };
  visit(card);
  return found;
}

const typeOf = (node: CardNode) => (typeof node.type === 'string' ? node.type : '');

export const actionsOfType = (card: unknown, type: string) => allNodes(card).filter((n) => typeOf(n) === type);
export const inputs = (card: unknown) => allNodes(card).filter((n) => typeOf(n).startsWith('Input.'));
/** The card and the cards inside Action.ShowCard. */
export const cards = (card: unknown) => allNodes(card).filter((n) => typeOf(n) === 'AdaptiveCard');

/** "1.5" → 1.5 as a comparable pair; undefined when missing or malformed. */
export function parseVersion(version: unknown): [number, number] | undefined {
  const m = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function versionAtMost(version: [number, number], max: [number, number]): boolean {
  return version[0] < max[0] || (version[0] === max[0] && version[1] <= max[1]);
}

/** Ids that occur more than once, e.g. two inputs called "answer" in one card (also across ShowCards). */
export function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Template expressions or template keys that survived expansion. */
export function unresolvedTemplateParts(card: unknown): string[] {
  const problems: string[] = [];
  for (const node of allNodes(card)) {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('$') && key !== '$schema') problems.push(`key ${key}`);
      if (typeof value === 'string' && value.includes('${')) problems.push(`${key}: ${value}`);
    }
  }
  return problems;
}
