import type { Attachment } from 'botbuilder';
import { PhoneNumbers } from '../domain/constants.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import stepTemplate from './templates/meldcodeStep.json' with { type: 'json' };
import outcomeTemplate from './templates/meldcodeOutcome.json' with { type: 'json' };
import verslagTemplate from './templates/verslag.json' with { type: 'json' };

const navigation = {
  acuteVerb: Verbs.meldcodeAcute,
  backVerb: Verbs.meldcodeBack,
  restartVerb: Verbs.meldcodeRestart,
  stopVerb: Verbs.meldcodeStop,
  adviceVerb: Verbs.adviceOpen,
  verslagVerb: Verbs.meldcodeVerslag,
};

export interface MeldcodeStepCardData {
  nodeId: string;
  stepLabel: string;
  stepName: string;
  title: string;
  question: string;
  explanation?: string;
  choices: { id: string; label: string }[];
  canGoBack: boolean;
  /** What is known so far, handed to the advice form when the user asks Veilig Thuis. */
  adviceContext: string[];
  notice?: string;
}

export function meldcodeStepCard(d: MeldcodeStepCardData): Attachment {
  return renderCard(stepTemplate, {
    ...navigation,
    stepLabel: d.stepLabel,
    stepName: d.stepName,
    title: d.title,
    question: d.question,
    explanation: d.explanation ?? '',
    notice: d.notice ?? '',
    choices: d.choices,
    nodeId: d.nodeId,
    chooseVerb: Verbs.meldcodeChoose,
    canGoBack: d.canGoBack,
    context: d.adviceContext,
  });
}

export interface MeldcodeOutcomeCardData {
  title: string;
  text: string;
  actions: string[];
  acute: boolean;
  melden: boolean;
  canGoBack: boolean;
  adviceContext: string[];
}

export function meldcodeOutcomeCard(d: MeldcodeOutcomeCardData): Attachment {
  const phones = d.acute
    ? `Bel nu ${PhoneNumbers.emergency}. Daarna of bij twijfel: Veilig Thuis ${PhoneNumbers.veiligThuis} (gratis, 24/7).`
    : d.melden
      ? `Veilig Thuis: ${PhoneNumbers.veiligThuis} (gratis, 24/7).`
      : '';
  return renderCard(outcomeTemplate, {
    ...navigation,
    label: d.acute ? 'Acuut' : d.melden ? 'Uitkomst: melden' : 'Uitkomst',
    style: d.acute ? 'attention' : d.melden ? 'warning' : 'good',
    title: d.title,
    text: d.text,
    actions: d.actions,
    phones,
    canGoBack: d.canGoBack,
    context: d.adviceContext,
  });
}

export interface VerslagCardData {
  title: string;
  sections: { heading: string; lines: string[] }[];
  /** Empty when no public address is configured for downloads. */
  downloadUrl: string;
  downloadNote: string;
}

export function verslagCard(d: VerslagCardData): Attachment {
  return renderCard(verslagTemplate, { ...d, resumeVerb: Verbs.meldcodeResume });
}
