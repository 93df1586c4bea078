/**
 * The triage record of a case at a triagetafel (seed 001): one side proposes a decision, the other
 * side agrees, and only then is it recorded. Schema only; the decisions are in triageDecisions.ts.
 */
import { z } from 'zod';
import { Instant } from '../formats.js';

/** The triage decisions Veilig Thuis uses, and a free "anders" with a reason. */
export const TriageOptions = ['vt-veiligheidsbeoordeling', 'vt-onderzoek', 'directe-overdracht', 'gezamenlijke-aanpak', 'geen-vervolg', 'anders'] as const;
export type TriageOption = (typeof TriageOptions)[number];

/** The two sides at the table; a decision needs one person of each. */
export const TriageSides = ['veilig-thuis', 'gemeente'] as const;
export type TriageSide = (typeof TriageSides)[number];

const Person = { byAadId: z.string().min(1), byName: z.string() };

export const TriageProposalSchema = z.object({
  option: z.enum(TriageOptions),
  /** Required for "anders"; pseudonymous (checked by the privacy guard). */
  reason: z.string().min(1).max(300).optional(),
  side: z.enum(TriageSides),
  ...Person,
  at: Instant,
});
export type TriageProposal = z.infer<typeof TriageProposalSchema>;

export const TriageDecisionSchema = TriageProposalSchema.extend({
  agreedByAadId: z.string().min(1),
  agreedByName: z.string(),
  agreedAt: Instant,
});
export type TriageDecisionRecord = z.infer<typeof TriageDecisionSchema>;

export const TriageSchema = z.object({
  proposal: TriageProposalSchema.optional(),
  decision: TriageDecisionSchema.optional(),
  /** How many proposals were made; more than one means the sides did not agree at first. */
  proposals: z.number().int().min(0),
});
export type Triage = z.infer<typeof TriageSchema>;
