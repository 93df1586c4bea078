import { recordedAnswers } from './answers.js';
import type { WalkState } from './engine.js';
import { resolveNode, resolveOutcome } from './resolve.js';
import { sectorLabel, stepLabel, stepName, VerslagTexts as T } from './texts.js';
import type { FlowDefinition, StepNumber } from './types.js';

export interface VerslagSection {
  heading: string;
  lines: string[];
}

export interface Verslag {
  title: string;
  /** Plain text to paste into any dossier system. */
  text: string;
  sections: VerslagSection[];
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'long',
  timeStyle: 'short',
});

/** Dutch date and time in Europe/Amsterdam, e.g. "13 november 2026 om 00:30". */
export function formatDutchDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/**
 * The dossier record of a walk, finished or not. Every line comes from the flow definition or
 * from this file; the walk state only selects which lines appear.
 */
export function buildVerslag(def: FlowDefinition, state: WalkState, nowIso: string): Verslag {
  const sections: VerslagSection[] = [detailsSection(state, nowIso), ...stepSections(def, state), ...decisionSections(def, state)];
  sections.push({ heading: T.headingNotes, lines: [T.noNames, T.recordFacts] });
  const title = `${T.title} – ${dateFormat.format(new Date(nowIso))}`;
  return { title, text: toPlainText(title, sections), sections };
}

function detailsSection(state: WalkState, nowIso: string): VerslagSection {
  const status = state.outcomeId !== undefined ? T.statusDone : T.statusOpen;
  return {
    heading: T.headingDetails,
    lines: [
      `${T.date}: ${formatDutchDateTime(nowIso)}`,
      `${T.started}: ${formatDutchDateTime(state.startedAt)}`,
      `${T.sector}: ${sectorLabel(state.sector)}`,
      `${T.status}: ${status}`,
    ],
  };
}

function stepSections(def: FlowDefinition, state: WalkState): VerslagSection[] {
  const answers = recordedAnswers(def, state);
  const steps = [...new Set(answers.map((a) => a.step))].sort((a, b) => a - b) as StepNumber[];
  return steps.map((step) => ({
    heading: step === 0 ? stepLabel(0) : `Stap ${step} – ${stepName(step)}`,
    lines: answers.filter((a) => a.step === step).map((a) => a.line),
  }));
}

function decisionSections(def: FlowDefinition, state: WalkState): VerslagSection[] {
  const outcome = state.outcomeId !== undefined ? resolveOutcome(def, state.outcomeId, state.sector) : undefined;
  if (outcome) {
    return [
      { heading: T.headingDecision, lines: [outcome.decision] },
      { heading: T.headingNext, lines: outcome.actions },
    ];
  }
  const node = resolveNode(def, state.nodeId, state.sector);
  const where = node ? `${T.continueAt}: ${stepLabel(node.step)} – ${node.title}.` : undefined;
  return [
    { heading: T.headingDecision, lines: [T.notDecided] },
    { heading: T.headingNext, lines: where ? [where, T.finishLater] : [T.finishLater] },
  ];
}

function toPlainText(title: string, sections: VerslagSection[]): string {
  const body = sections.map((s) => [s.heading.toUpperCase(), ...s.lines.map((line) => `- ${line}`)].join('\n'));
  return [title, ...body].join('\n\n') + '\n';
}
