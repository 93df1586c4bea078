/** zod schemas for every card action of the routeertafel; teams-ai only casts the data. */
import { z } from 'zod';
import { parsePayload } from '../../workflow/cardPayload.js';
import { isIsoWeek } from '../../domain/calendar.js';

export { parsePayload };

const Week = z.string().refine(isIsoWeek, 'expected an ISO week');
const Reference = z.string().trim().min(1).max(60);
/** Inputs left empty arrive as '' or not at all. */
const Text = z.preprocess((v) => (v === undefined || v === null ? '' : v), z.union([z.string(), z.boolean(), z.number()]).transform(String));

/** intake.submit: the form id plus the intake fields, which validateCaseIntake checks. */
export const IntakeSubmitPayload = z.object({ formId: z.string().min(1).max(80) }).passthrough();

/** The case a click on an agenda card is about, and its slot (the suffix of the form's input ids). */
const HandoverTarget = z.object({ reference: Reference, week: Week, slot: z.coerce.number().int().min(1).max(500) });

function inputsOf(data: Record<string, unknown>, slot: number, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, data[`${n}_${slot}`] ?? data[n]]));
}

const ConfirmInputs = z.object({
  casusregisseur: Text,
  procesregisseur: Text,
  team: Text,
  warmHandoverOn: Text,
  betrokkenenGeinformeerd: Text,
  handoverForm: Text,
});

/** handover.confirm: the target and the inputs of its "Overdracht bevestigen" form. */
export function parseConfirm(data: Record<string, unknown>) {
  const target = parsePayload(HandoverTarget, data, 'handover.confirm');
  const inputs = parsePayload(ConfirmInputs, inputsOf(data, target.slot, Object.keys(ConfirmInputs.shape)), 'handover.confirm');
  return { ...target, inputs };
}
export type ConfirmPayload = ReturnType<typeof parseConfirm>;

/** handover.return: the target and the reason. */
export function parseReturn(data: Record<string, unknown>) {
  const target = parsePayload(HandoverTarget, data, 'handover.return');
  const { reason } = parsePayload(z.object({ reason: Text }), inputsOf(data, target.slot, ['reason']), 'handover.return');
  return { ...target, reason };
}

/** agenda.refresh: which page of which agenda the card shows. */
export const AgendaRefreshPayload = z.object({ gemeente: z.string().min(1).max(80), week: Week, page: z.coerce.number().int().min(1).max(1000) });

/** monitoring.answer: the case, the round asked, and the two answers. */
export const MonitoringAnswerPayload = z.object({
  reference: Reference,
  dueAt: z.string().max(40).default(''),
  answer: Text,
  doelenInPlan: Text,
});
