import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { asAppError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { ConversationRef, Message, OutboxItem, OutboxTarget } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Messenger, Posted } from './messenger.js';
import { RateLimiter } from './rateLimiter.js';
import { AdaptiveCardContentType } from '../cards/card.js';

export interface OutboxRequest {
  /** The dedupe key: the same id is delivered once, however often it is enqueued. */
  id: string;
  kind: string;
  runId?: string;
  target: OutboxTarget;
  message: Message;
}

export interface DeliveryResult {
  item: OutboxItem;
  posted?: Posted;
}

export interface OutboxOptions {
  /** True for the embedded store: only this process can use it, so any other owner is dead. */
  exclusiveStore?: boolean;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * The persisted outbox: every proactive message is stored before it is sent and marked after, so a
 * crash or restart neither loses nor repeats it. The one window that cannot be closed is a crash
 * between the connector accepting a post and our mark (the Bot Connector has no idempotency key);
 * such items are sent again after a restart.
 */
export class Outbox {
  private readonly limiter: RateLimiter;
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  readonly owner = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly settledHandlers = new Map<string, (result: DeliveryResult) => Promise<void>>();
  private readonly targetGoneHandlers: Array<(item: OutboxItem, code: string) => Promise<void>> = [];
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly store: Store,
    private readonly messenger: Messenger,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly options: OutboxOptions = {},
  ) {
    this.limiter = new RateLimiter(clock);
    this.maxAttempts = options.maxAttempts ?? 8;
    this.sleep =
      options.sleep ??
      ((ms) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        }));
    this.random = options.random ?? Math.random;
  }

  /** Runs `handler` when a target is gone (403/404: the bot was removed or blocked there). */
  onTargetGone(handler: (item: OutboxItem, code: string) => Promise<void>): void {
    this.targetGoneHandlers.push(handler);
  }

  /** Runs `handler` when an item of this kind is sent or has finally failed (features record thread ids). */
  onSettled(kind: string, handler: (result: DeliveryResult) => Promise<void>): void {
    this.settledHandlers.set(kind, handler);
  }

  private async settled(result: DeliveryResult): Promise<void> {
    const handler = this.settledHandlers.get(result.item.kind);
    if (!handler) return;
    try {
      await handler(result);
      await this.store.outbox.update(result.item.id, (cur) => ({ next: cur && { ...cur, handlerDue: undefined }, result: undefined }));
    } catch (err) {
      this.log.error('outbox_settled_handler_failed', { id: result.item.id, code: asAppError(err).code });
    }
  }

  /** Stores the requests (existing ids are left as they are) and starts delivering. */
  async enqueue(requests: OutboxRequest[]): Promise<void> {
    const now = this.clock.now().toISOString();
    for (const r of requests) {
      await this.store.outbox.insert(r.id, {
        id: r.id,
        kind: r.kind,
        runId: r.runId,
        target: r.target,
        message: r.message,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
    this.kick();
  }

  /**
   * Items whose sender died go back to pending (see the class comment): with an exclusive store
   * (the embedded one) every item another owner left 'sending', otherwise those whose lease expired.
   */
  async recover(): Promise<number> {
    const recovered = await this.recoverSending();
    await this.rerunHandlers();
    return recovered;
  }

  /**
   * A crash between marking an item sent and its handler's end (or a handler that failed) would
   * lose what the handler records, such as a ticket's thread; the handlers are idempotent, so they
   * run again from what the item kept of its post.
   */
  private async rerunHandlers(): Promise<void> {
    const now = this.clock.now().getTime();
    const due = (await this.store.outbox.list({ handlerDue: true })).filter(
      (i) => this.settledHandlers.has(i.kind) && (this.options.exclusiveStore || Date.parse(i.updatedAt) + SEND_LEASE_MS < now),
    );
    for (const item of due) {
      const posted = item.status === 'sent' && item.sentActivityId && item.sentConversationId ? { activityId: item.sentActivityId, conversationId: item.sentConversationId } : undefined;
      await this.settled({ item, ...(posted ? { posted } : {}) });
    }
  }

  private async recoverSending(): Promise<number> {
    const now = this.clock.now().toISOString();
    const stuck = (await this.store.outbox.list({ status: 'sending' })).filter(
      (i) => i.owner !== this.owner && (this.options.exclusiveStore || (i.leaseUntil ?? i.updatedAt) < now),
    );
    let recovered = 0;
    for (const item of stuck) {
      const back = await this.store.outbox.update(item.id, (cur) =>
        cur?.status === 'sending' && cur.owner === item.owner ? { next: { ...cur, status: 'pending', owner: undefined, leaseUntil: undefined }, result: true } : { result: false },
      );
      if (back) recovered += 1;
    }
    return recovered;
  }

  /** Starts a delivery pass unless one is running (then that pass runs once more). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err) => this.log.error('outbox_drain_failed', { code: asAppError(err).code }))
      .finally(() => {
        this.running = undefined;
      });
  }

  /** Resolves when nothing is due any more (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Looks for due retries every `everyMs` (a retry can be due minutes after the last kick). */
  start(everyMs = 15_000): void {
    this.timer = setInterval(() => this.kick(), everyMs);
    this.timer.unref();
  }

  /** Finishes the item being sent and stops; what is left stays pending for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.wake?.();
    await this.running;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      await this.recoverSending();
      for (;;) {
        const due = await this.dueItems();
        if (due.length === 0) break;
        for (const item of due) {
          if (this.stopped) return;
          await this.deliver(item);
        }
      }
      const waiting = await this.nextWait();
      if (waiting !== undefined && waiting <= 60_000 && !this.stopped) {
        await this.sleep(waiting);
        this.again = true;
      }
    } while (this.again && !this.stopped);
  }

  private async dueItems(): Promise<OutboxItem[]> {
    const now = this.clock.now().toISOString();
    const pending = await this.store.outbox.list({ status: 'pending' });
    return pending.filter((i) => i.nextAttemptAt <= now).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  private async nextWait(): Promise<number | undefined> {
    const pending = await this.store.outbox.list({ status: 'pending' });
    if (pending.length === 0) return undefined;
    const next = Math.min(...pending.map((i) => Date.parse(i.nextAttemptAt)));
    return Math.max(0, next - this.clock.now().getTime());
  }

  private async deliver(item: OutboxItem): Promise<void> {
    const key = targetKey(item.target);
    const wait = this.limiter.delayFor(key);
    if (wait > 0) await this.sleep(wait);
    const claimed = await this.store.outbox.update(item.id, (cur) =>
      cur?.status === 'pending'
        ? { next: { ...cur, status: 'sending', attempts: cur.attempts + 1, owner: this.owner, leaseUntil: new Date(this.clock.now().getTime() + SEND_LEASE_MS).toISOString(), updatedAt: this.clock.now().toISOString() }, result: cur }
        : { result: undefined },
    );
    if (!claimed) return;
    this.limiter.record(key);
    try {
      const posted = await this.send(item);
      const sent = await this.settle(item.id, { status: 'sent', sentActivityId: posted.activityId, sentConversationId: posted.conversationId });
      await this.settled({ item: sent, posted });
    } catch (err) {
      await this.handleFailure(item, asAppError(err));
    }
  }

  private async handleFailure(item: OutboxItem, err: ReturnType<typeof asAppError>): Promise<void> {
    const attempts = item.attempts + 1;
    if (err.code === 'connector_forbidden' || err.code === 'connector_not_found' || err.code === 'target_unknown') {
      const failed = await this.settle(item.id, { status: 'failed', lastError: err.code });
      this.log.warn('outbox_target_gone', { id: item.id, code: err.code });
      for (const handler of this.targetGoneHandlers) await handler(failed, err.code);
      await this.settled({ item: failed });
      return;
    }
    if (attempts >= this.maxAttempts) {
      const failed = await this.settle(item.id, { status: 'failed', lastError: err.code });
      this.log.error('outbox_gave_up', { id: item.id, code: err.code, attempts });
      await this.settled({ item: failed });
      return;
    }
    const retryAfter = Number(err.context.retryAfterSeconds);
    const backoff = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : Math.min(60_000, 500 * 2 ** (attempts - 1));
    const jitter = backoff * 0.2 * this.random();
    const nextAttemptAt = new Date(this.clock.now().getTime() + backoff + jitter).toISOString();
    await this.settle(item.id, { status: 'pending', nextAttemptAt, lastError: err.code });
    this.log.info('outbox_retry_scheduled', { id: item.id, code: err.code, attempts });
  }

  /** A sent or finally failed item keeps no content: its text would otherwise outlive retention. */
  private settle(id: string, change: Partial<OutboxItem>): Promise<OutboxItem> {
    return this.store.outbox.update(id, (cur) => {
      const done = change.status === 'sent' || change.status === 'failed';
      const next = { ...cur!, owner: undefined, leaseUntil: undefined, ...change, ...(done ? { message: {}, activity: undefined, handlerDue: this.settledHandlers.has(cur!.kind) || undefined } : {}), updatedAt: this.clock.now().toISOString() };
      return { next, result: next };
    });
  }

  private async send(item: OutboxItem): Promise<Posted> {
    const message = item.message ?? messageOfStoredActivity(item.activity ?? {});
    const t = item.target;
    if (t.kind === 'conversation') return this.messenger.send(t.reference, message);
    const ref = await this.referenceFor(t);
    if (t.kind === 'channel' && t.newThread) return this.messenger.createThread(ref, message);
    return this.messenger.send(ref, message);
  }

  private async referenceFor(t: Exclude<OutboxTarget, { kind: 'conversation' }>): Promise<ConversationRef> {
    const record = t.kind === 'channel' ? await this.store.channels.get(t.channelId) : await this.store.personalChats.get(t.aadObjectId);
    if (!record || !record.active) {
      const { AppError } = await import('../core/errors.js');
      throw new AppError('target_unknown', { target: t.kind });
    }
    return record.reference;
  }
}

/** An item queued before messages were neutral: its activity's text, summary and Adaptive Cards. */
function messageOfStoredActivity(activity: Record<string, unknown>): Message {
  const attachments = Array.isArray(activity.attachments) ? (activity.attachments as { contentType?: string; content?: Record<string, unknown> }[]) : [];
  const cards = attachments.filter((a) => a.contentType === AdaptiveCardContentType && a.content).map((a) => a.content!);
  return {
    ...(typeof activity.text === 'string' ? { text: activity.text } : {}),
    ...(typeof activity.summary === 'string' ? { summary: activity.summary } : {}),
    ...(cards.length ? { cards } : {}),
  };
}

/** Longer than any single send with the connector's own retries; then another instance may resend. */
const SEND_LEASE_MS = 2 * 60_000;

function targetKey(t: OutboxTarget): string {
  if (t.kind === 'channel') return `channel:${t.channelId}`;
  if (t.kind === 'personal') return `personal:${t.aadObjectId}`;
  return `conv:${t.reference.conversation.id}`;
}
