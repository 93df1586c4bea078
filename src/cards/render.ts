import * as ACData from 'adaptivecards-templating';
import type { Card } from './card.js';

export type CardTemplate = Record<string, unknown>;

/** Largest card Teams accepts, roughly; builders split content to stay under it. */
export const MAX_CARD_BYTES = 28 * 1024;

/** Parsing a template is most of the cost of expanding it; each template object is parsed once. */
const parsed = new WeakMap<CardTemplate, ACData.Template>();

/**
 * Expands an Adaptive Card template with its data. The only place that knows about
 * adaptivecards-templating.
 */
export function expandCard(template: CardTemplate, data: object): Record<string, unknown> {
  let t = parsed.get(template);
  if (!t) {
    t = new ACData.Template(template);
    parsed.set(template, t);
  }
  return t.expand({ $root: data }) as Record<string, unknown>;
}

export function renderCard(template: CardTemplate, data: object): Card {
  return expandCard(template, data);
}

export function cardBytes(card: Record<string, unknown>): number {
  return Buffer.byteLength(JSON.stringify(card));
}
