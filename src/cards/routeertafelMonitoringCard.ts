import type { Card } from './card.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import monitoringTemplate from './templates/monitoring.json' with { type: 'json' };

export interface MonitoringCardData {
  reference: string;
  /** The round of the question (the case's monitoring.dueAt). */
  dueAt: string;
  title: string;
  text: string;
  open: boolean;
  answeredLine: string;
  notice: string;
  noticeStyle: 'good' | 'attention';
}

/** The monitoring question some weeks after a handover: "Veiligheid geborgd?" and the ondersteuningsplan. */
export function monitoringCard(d: MonitoringCardData): Card {
  return renderCard(monitoringTemplate, {
    ...d,
    noticeColor: d.noticeStyle === 'good' ? 'Good' : 'Attention',
    answerVerb: Verbs.monitoringAnswer,
  });
}
