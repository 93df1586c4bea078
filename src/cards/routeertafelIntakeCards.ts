import type { Card } from './card.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import intakeFormTemplate from './templates/intakeForm.json' with { type: 'json' };
import intakeDoneTemplate from './templates/intakeDone.json' with { type: 'json' };

/** The form's values as the inputs hold them (toggles as 'true'/'false'). */
export interface IntakeFormValues {
  reference: string;
  gemeente: string;
  route: string;
  urgent: string;
  meldingOn: string;
  beoordeeldOn: string;
  summary: string;
  veiligheidsplan: string;
  betrokkenenGeinformeerd: string;
  vtContact: string;
}

export interface IntakeFormCardData {
  formId: string;
  gemeenten: string[];
  routes: { title: string; value: string }[];
  privacyLine: string;
  values: IntakeFormValues;
  problemsHeader: string;
  problems: string[];
}

/** "Nieuwe overdracht": the Veilig Thuis intake form, with the problems of a previous try. */
export function intakeFormCard(d: IntakeFormCardData): Card {
  return renderCard(intakeFormTemplate, { ...d, submitVerb: Verbs.intakeSubmit });
}

export interface IntakeDoneCardData {
  title: string;
  text: string;
  gemeente: string;
  route: string;
  urgent: string;
  table: string;
  source: string;
}

/** Replaces the form once the handover is stored (or was already). */
export function intakeDoneCard(d: IntakeDoneCardData): Card {
  return renderCard(intakeDoneTemplate, d);
}
