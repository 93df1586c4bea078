import type { Card } from './card.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import werksessieTemplate from './templates/werksessie.json' with { type: 'json' };

export interface WerksessieCardItem {
  slot: number;
  reference: string;
  /** 'Spoed', or ''. */
  badges: string;
  summary: string;
  /** Veilig Thuis's step and how long the case has waited. */
  details: string;
  /** Where "hulp versneld starten" stands, or ''. */
  stateLine: string;
  stateStyle: 'default' | 'good' | 'attention';
  /** The gemeente may offer to start help earlier. */
  canOffer: boolean;
  /** Veilig Thuis may accept or decline the offer. */
  canAnswer: boolean;
}

export interface WerksessieCardData {
  gemeente: string;
  title: string;
  subtitle: string;
  intro: string;
  notice: string;
  noticeStyle: 'good' | 'attention';
  /** The references on this card, comma-separated: a click re-renders exactly these. */
  refs: string;
  items: WerksessieCardItem[];
  footer: string;
  labels: {
    offerTitle: string;
    whoLabel: string;
    whoError: string;
    whatLabel: string;
    whatError: string;
    offerSubmit: string;
    acceptTitle: string;
    declineTitle: string;
    reasonLabel: string;
    reasonError: string;
    declineSubmit: string;
  };
}

const colors = { default: 'Default', good: 'Good', attention: 'Attention' } as const;

/** One card of a gemeente's werksessie: its werkvoorraad cases, with "hulp versneld starten" per case. */
export function werksessieCard(d: WerksessieCardData): Card {
  const { labels, ...data } = d;
  return renderCard(werksessieTemplate, {
    ...data,
    ...labels,
    noticeColor: colors[d.noticeStyle],
    items: d.items.map((i) => ({ ...i, stateColor: colors[i.stateStyle] })),
    offerVerb: Verbs.werkvoorraadOffer,
    answerVerb: Verbs.werkvoorraadAnswer,
  });
}
