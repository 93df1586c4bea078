import type { Card } from './card.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import evaluationTemplate from './templates/evaluation.json' with { type: 'json' };
import yearEvaluationTemplate from './templates/yearEvaluation.json' with { type: 'json' };

export interface EvaluationCardLesson {
  number: number;
  /** Bold number and theme. */
  heading: string;
  wentWell: string;
  toImprove: string;
  /** The agreement with its owner, date and state, or ''. */
  agreement: string;
  agreementStyle: 'default' | 'good' | 'attention';
  recordedBy: string;
  /** An open agreement may be marked done. */
  canComplete: boolean;
}

export interface EvaluationCardData {
  /** The evaluation's id: every click names it. */
  id: string;
  title: string;
  subtitle: string;
  notice: string;
  noticeStyle: 'good' | 'attention';
  intro: string;
  proposedHeading: string;
  /** Shown when nothing is proposed; '' otherwise. */
  proposedNone: string;
  proposed: { line: string }[];
  lessonsHeading: string;
  /** Shown when no lesson was recorded; '' otherwise. */
  lessonsNone: string;
  lessons: EvaluationCardLesson[];
  /** How many earlier lessons are left off the card, as a sentence, or ''. */
  earlier: string;
  /** What the clicker typed, back in the form after a refusal (their card only); empty strings otherwise. */
  draft: Record<'theme' | 'wentWell' | 'toImprove' | 'agreement' | 'owner' | 'due', string>;
  themes: { title: string; value: string }[];
  owners: { title: string; value: string }[];
  footer: string;
  labels: {
    recordTitle: string;
    themeLabel: string;
    themeError: string;
    wentWellLabel: string;
    toImproveLabel: string;
    agreementLabel: string;
    ownerLabel: string;
    dueLabel: string;
    recordSubmit: string;
    doneTitle: string;
  };
}

const colors = { default: 'Default', good: 'Good', attention: 'Attention' } as const;

/** A gemeente's evaluation of casuïstiek: the proposed cases, the lessons so far, and the form for the next. */
export function evaluationCard(d: EvaluationCardData): Card {
  const { labels, ...data } = d;
  return renderCard(evaluationTemplate, {
    ...data,
    ...labels,
    noticeColor: colors[d.noticeStyle],
    lessons: d.lessons.map((l) => ({ ...l, agreementColor: colors[l.agreementStyle] })),
    recordVerb: Verbs.evaluationLesson,
    doneVerb: Verbs.evaluationAgreementDone,
  });
}

export interface YearEvaluationCardData {
  title: string;
  intro: string;
  facts: { title: string; value: string }[];
  agreementsHeading: string;
  agreements: { line: string }[];
  footer: string;
}

/** The yearly card for the evaluatiegesprek on the samenwerkingsafspraken. */
export function yearEvaluationCard(d: YearEvaluationCardData): Card {
  return renderCard(yearEvaluationTemplate, d);
}
