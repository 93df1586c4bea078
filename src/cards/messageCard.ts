import type { Card } from './card.js';
import { renderCard } from './render.js';
import template from './templates/message.json' with { type: 'json' };

export interface CardButton {
  title: string;
  verb: string;
  data?: Record<string, unknown>;
}

export interface MessageCardData {
  title: string;
  text: string;
  lines?: string[];
  note?: string;
  style?: 'default' | 'attention' | 'good' | 'warning' | 'emphasis';
  actions?: CardButton[];
}

/** A plain card: a title, a text, optional lines and buttons. Used for confirmations and refusals. */
export function messageCard(d: MessageCardData): Card {
  return renderCard(template, {
    title: d.title,
    text: d.text,
    lines: d.lines ?? [],
    note: d.note ?? '',
    style: d.style ?? 'default',
    actions: (d.actions ?? []).map((a) => ({ title: a.title, verb: a.verb, data: { verb: a.verb, ...(a.data ?? {}) } })),
  });
}
