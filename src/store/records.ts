import { z } from 'zod';

/** A serialisable botbuilder ConversationReference (kept loose: Teams adds fields over time). */
export const ConversationRefSchema = z
  .object({
    serviceUrl: z.string(),
    channelId: z.string(),
    conversation: z.object({ id: z.string() }).passthrough(),
    bot: z.object({ id: z.string() }).passthrough().optional(),
    user: z.object({ id: z.string() }).passthrough().optional(),
  })
  .passthrough();
export type ConversationRef = z.infer<typeof ConversationRefSchema>;

export const ChannelLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gemeente'), gemeente: z.string() }),
  z.object({ kind: z.literal('veilig-thuis'), adviceTeam: z.string() }),
]);
export type ChannelLink = z.infer<typeof ChannelLinkSchema>;

/** A team channel or group chat the bot is installed in; keyed by the channel (or chat) id. */
export const ChannelRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(['channel', 'groupChat']),
  tenantId: z.string().optional(),
  teamId: z.string().optional(),
  teamName: z.string().optional(),
  channelName: z.string().optional(),
  reference: ConversationRefSchema,
  link: ChannelLinkSchema.optional(),
  linkedBy: z.string().optional(),
  active: z.boolean(),
  inactiveReason: z.string().optional(),
  installedAt: z.string(),
  updatedAt: z.string(),
});
export type ChannelRecord = z.infer<typeof ChannelRecordSchema>;

/** The personal chat with a user, for proactive messages; keyed by the user's AAD object id. */
export const PersonalChatRecordSchema = z.object({
  id: z.string(),
  tenantId: z.string().optional(),
  reference: ConversationRefSchema,
  active: z.boolean(),
  updatedAt: z.string(),
});
export type PersonalChatRecord = z.infer<typeof PersonalChatRecordSchema>;

export const OutboxTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('channel'), channelId: z.string(), newThread: z.boolean() }),
  z.object({ kind: z.literal('personal'), aadObjectId: z.string() }),
  z.object({ kind: z.literal('conversation'), reference: ConversationRefSchema }),
]);
export type OutboxTarget = z.infer<typeof OutboxTargetSchema>;

/** What the bot shows in a message: a text (Teams markdown), plain Adaptive Cards, or both. */
export const MessageSchema = z.object({
  text: z.string().optional(),
  /** The line Teams shows in notifications and the activity feed. */
  summary: z.string().optional(),
  cards: z.array(z.record(z.unknown())).optional(),
});
export type Message = z.infer<typeof MessageSchema>;

/** A message that must be delivered exactly once; the id is its dedupe key. */
export const OutboxItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  runId: z.string().optional(),
  target: OutboxTargetSchema,
  message: MessageSchema.optional(),
  /** Items stored before messages were neutral hold a Bot Framework activity instead. */
  activity: z.record(z.unknown()).optional(),
  status: z.enum(['pending', 'sending', 'sent', 'failed', 'skipped']),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().optional(),
  sentActivityId: z.string().optional(),
  sentConversationId: z.string().optional(),
  /** Sent or failed, and the feature's handler for that (it records thread ids) has not finished yet. */
  handlerDue: z.boolean().optional(),
  /** While 'sending': who sends it and until when; an expired lease means that sender died. */
  owner: z.string().optional(),
  leaseUntil: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OutboxItem = z.infer<typeof OutboxItemSchema>;

/** One due run of a scheduled job; its id (job + due time) makes the run happen once. */
export const JobRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  dueAt: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  owner: z.string(),
  startedAt: z.string(),
  /** While 'running': an expired lease means the owner died and another instance may take the run over. */
  leaseUntil: z.string().optional(),
  finishedAt: z.string().optional(),
  summary: z.record(z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;

/** Who changed which record, when. Never message text or case content. */
export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorAadId: z.string(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  detail: z.record(z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const TurnStateRecordSchema = z.object({ eTag: z.string(), data: z.record(z.unknown()) });

export const SequenceRecordSchema = z.object({ value: z.number().int() });
export type SequenceRecord = z.infer<typeof SequenceRecordSchema>;
