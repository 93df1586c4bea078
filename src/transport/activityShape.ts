import { z } from 'zod';

const Id = z.string().min(1).max(1024);
const Account = z.object({ id: Id }).passthrough();
const HttpUrl = z
  .string()
  .max(2048)
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'expected an http(s) address');

/**
 * The least an activity needs before the SDK may see it: the fields the turn and every reply rely
 * on, with the types they are read as. Anything else passes through untouched.
 */
const ActivityShape = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).nullish(),
    name: z.string().max(256).nullish(),
    channelId: Id,
    serviceUrl: HttpUrl,
    from: Account,
    recipient: Account,
    conversation: z.object({ id: Id, conversationType: z.string().max(64).nullish(), tenantId: z.string().max(256).nullish() }).passthrough(),
    text: z.string().nullish(),
    replyToId: z.string().max(1024).nullish(),
    channelData: z.record(z.unknown()).nullish(),
    entities: z.array(z.record(z.unknown())).nullish(),
    attachments: z.array(z.record(z.unknown())).nullish(),
    membersAdded: z.array(Account).nullish(),
    membersRemoved: z.array(Account).nullish(),
    timestamp: z.string().max(64).nullish(),
    localTimestamp: z.string().max(64).nullish(),
  })
  .passthrough();

export interface ActivityEnvelope {
  serviceUrl: string;
}

/** Whether a parsed request body is an activity the bot can take a turn on; only field names are reported. */
export function checkActivity(body: unknown): { ok: true; activity: Record<string, unknown> & ActivityEnvelope } | { ok: false; fields: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, fields: '(root)' };
  const parsed = ActivityShape.safeParse(body);
  if (!parsed.success) return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '(root)')))].join(',') };
  // The original object, not zod's copy: the SDK gets exactly what was sent.
  return { ok: true, activity: body as Record<string, unknown> & ActivityEnvelope };
}

/** Whether an address points at this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(address: string): boolean {
  return URL.canParse(address) && isLoopbackHost(new URL(address).hostname);
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
