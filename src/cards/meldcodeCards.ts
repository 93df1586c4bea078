import type { Card } from './card.js';
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
  /** Several answers at once: a checkbox list and "Verder" instead of one tap per answer. */
  multiple: boolean;
  canGoBack: boolean;
  /** What is known so far, handed to the advice form when the user asks Veilig Thuis. */
  adviceContext: string[];
  notice?: string;
}

export function meldcodeStepCard(d: MeldcodeStepCardData): Card {
  return renderCard(stepTemplate, {
    ...navigation,
    stepLabel: d.stepLabel,
    stepName: d.stepName,
    title: d.title,
    question: d.question,
    explanation: d.explanation ?? '',
    notice: d.notice ?? '',
    choices: d.choices,
    multiple: d.multiple,
    tapHint: 'Tik op je antwoord.',
    multipleLabel: 'Kies alles wat past',
    noteLabel: 'Notitie bij deze stap (mag leeg blijven)',
    notePlaceholder: 'Wat zag of hoorde je, en wanneer? Geen namen.',
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
  /** Overrides of the label and phone line, for the special routes. */
  label?: string;
  veiligThuisFirst?: boolean;
  phones?: string;
  canGoBack: boolean;
  adviceContext: string[];
  notice?: string;
}

export function meldcodeOutcomeCard(d: MeldcodeOutcomeCardData): Card {
  const phones =
    d.phones ??
    (d.acute
      ? `Bel nu ${PhoneNumbers.emergency}. Daarna of bij twijfel: Veilig Thuis ${PhoneNumbers.veiligThuis} (gratis, 24/7).`
      : d.melden
        ? `Veilig Thuis: ${PhoneNumbers.veiligThuis} (gratis, 24/7).`
        : '');
  return renderCard(outcomeTemplate, {
    ...navigation,
    notice: d.notice ?? '',
    label: d.label ?? (d.acute ? 'Acuut' : d.melden ? 'Uitkomst: melden' : 'Uitkomst'),
    style: d.acute ? 'attention' : d.melden || d.veiligThuisFirst ? 'warning' : 'good',
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
  /** The verslag as plain text, to copy into the dossier. */
  plainText: string;
  /** Empty when no public address is configured for downloads. */
  pdfUrl: string;
  textUrl: string;
  downloadNote: string;
}

export function verslagCard(d: VerslagCardData): Card {
  return renderCard(verslagTemplate, { ...d, resumeVerb: Verbs.meldcodeResume });
}
