import { z } from 'zod';
import { AdviceRequestSchema } from '../../domain/advice/decisions.js';

export const OpenPayload = z.object({
  context: z.array(z.string().max(300)).max(12).default([]),
});

export const DraftPayload = z.object({ draftId: z.string().min(1) });

/** The form's inputs arrive merged into the action data. */
export const SubmitPayload = DraftPayload.extend({
  question: z.string().default(''),
  sector: z.string().default(''),
  gemeente: z.string().default(''),
  urgency: z.string().default(''),
  answerMode: z.string().default(''),
  callbackPhone: z.string().default(''),
});

export const TicketPayload = z.object({ ticketId: z.string().min(1) });
export const AnswerPayload = TicketPayload.extend({ answer: z.string().default('') });
export const FollowUpPayload = TicketPayload.extend({ followUp: z.string().default('') });

/** What the conversation keeps between the form and the privacy check. */
export const AdviceDraftSchema = z.object({
  draftId: z.string(),
  request: AdviceRequestSchema,
  context: z.array(z.string()),
  findingKinds: z.array(z.string()),
  acuteAcknowledged: z.boolean().default(false),
  /** When the draft was saved; drafts expire a day later (see expireDrafts). */
  savedAt: z.string().optional(),
});
export type AdviceDraft = z.infer<typeof AdviceDraftSchema>;
