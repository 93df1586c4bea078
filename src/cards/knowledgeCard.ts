import type { Card } from './card.js';
import { PhoneNumbers } from '../domain/constants.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import template from './templates/knowledgeAnswer.json' with { type: 'json' };

export interface KnowledgeCardData {
  title: string;
  summary: string;
  body: string;
  source: string;
  alternatives: { id: string; title: string }[];
  canResume: boolean;
  /** Shown under the summary, e.g. when the article answers another kind of question. */
  note?: string;
  /** The answer to a second question of the same message. */
  also?: { title: string; summary: string };
}

export function knowledgeCard(d: KnowledgeCardData): Card {
  return renderCard(template, {
    ...PhoneNumbers,
    ...d,
    note: d.note ?? '',
    alsoTitle: d.also?.title ?? '',
    alsoSummary: d.also?.summary ?? '',
    alternatives: d.alternatives.map((a) => ({ ...a, verb: Verbs.knowledgeShow })),
    resumeVerb: Verbs.meldcodeResume,
    signalVerb: Verbs.meldcodeStart,
    adviceVerb: Verbs.adviceOpen,
  });
}
