import type { Card } from './card.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import triageTemplate from './templates/triage.json' with { type: 'json' };

export interface TriageCardData {
  reference: string;
  title: string;
  /** Empty when the melding is not spoed. */
  spoedLine: string;
  facts: { title: string; value: string }[];
  summary: string;
  stateLine: string;
  stateStyle: 'default' | 'good' | 'attention';
  notice: string;
  noticeStyle: 'good' | 'attention';
  /** The proposal the "eens" button agrees to; absent when there is none (or it is decided). */
  proposal?: { option: string; at: string };
  agreeTitle: string;
  /** Whether the proposal form is shown: until the decision is recorded. */
  open: boolean;
  optionLabel: string;
  optionError: string;
  options: { title: string; value: string }[];
  reasonLabel: string;
  proposeTitle: string;
  footer: string;
}

const colors = { default: 'Default', good: 'Good', attention: 'Attention' } as const;

/** A melding on the triagetafel: what is known, the proposal or the decision, and the buttons of both sides. */
export function triageCard(d: TriageCardData): Card {
  return renderCard(triageTemplate, {
    ...d,
    style: d.spoedLine ? 'attention' : 'default',
    stateColor: colors[d.stateStyle],
    noticeColor: colors[d.noticeStyle],
    agreeable: d.open && d.proposal !== undefined,
    proposalOption: d.proposal?.option ?? '',
    proposalAt: d.proposal?.at ?? '',
    agreeVerb: Verbs.triageAgree,
    proposeVerb: Verbs.triagePropose,
  });
}
