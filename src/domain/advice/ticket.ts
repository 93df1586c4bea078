import { z } from 'zod';
import { Sectors } from '../constants.js';
import { ActorSchema, type Actor } from '../actor.js';

export const Urgencies = ['vandaag', 'deze-week'] as const;
export type Urgency = (typeof Urgencies)[number];
export const AnswerModes = ['chat', 'terugbellen'] as const;
export type AnswerMode = (typeof AnswerModes)[number];
export const TicketStatuses = ['new', 'claimed', 'callback-planned', 'answered', 'closed'] as const;
export type TicketStatus = (typeof TicketStatuses)[number];

export type { Actor };

/** An advice question from a professional to Veilig Thuis. Text fields become null after retention. */
export const TicketSchema = z.object({
  id: z.string(),
  number: z.number().int().positive(),
  status: z.enum(TicketStatuses),
  asker: ActorSchema,
  sector: z.enum(Sectors),
  gemeente: z.string(),
  urgency: z.enum(Urgencies),
  answerMode: z.enum(AnswerModes),
  callbackPhone: z.string().nullable(),
  question: z.string().nullable(),
  /** Meldcode steps done so far, when the question came from the walk-through (no free text). */
  context: z.array(z.string()),
  /** Kinds of identifying data the asker confirmed as needed (never the data itself). */
  confirmedPii: z.array(z.string()),
  adviceTeam: z.string(),
  channelId: z.string().nullable(),
  thread: z
    .object({ conversationId: z.string(), activityId: z.string(), serviceUrl: z.string() })
    .nullable(),
  holder: ActorSchema.nullable(),
  claimedAt: z.string().nullable(),
  messages: z.array(
    z.object({ from: z.enum(['asker', 'advisor']), byAadId: z.string(), at: z.string(), text: z.string().nullable() }),
  ),
  callbackPlannedAt: z.string().nullable(),
  createdAt: z.string(),
  /** When the post to the Veilig Thuis channel went into the outbox; null while no channel is linked (or after a crash). */
  postQueuedAt: z.string().nullable().optional(),
  postedAt: z.string().nullable(),
  firstAnsweredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  reminders: z.array(z.string()),
  textRemovedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Ticket = z.infer<typeof TicketSchema>;
