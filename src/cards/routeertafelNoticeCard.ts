import type { Card } from './card.js';
import { renderCard } from './render.js';
import handoverNoticeTemplate from './templates/handoverNotice.json' with { type: 'json' };

export interface HandoverNoticeCardData {
  title: string;
  text: string;
  facts: { title: string; value: string }[];
  style: 'default' | 'good' | 'attention' | 'warning' | 'emphasis';
}

/** A notice about one handover: confirmed or returned (to Veilig Thuis), a reminder, an escalation, new concerns. */
export function handoverNoticeCard(d: HandoverNoticeCardData): Card {
  return renderCard(handoverNoticeTemplate, d);
}
