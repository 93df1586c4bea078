import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: 'POST' | 'PUT';
  kind: 'reply' | 'send' | 'create' | 'update';
  conversationId: string;
  /** replyToId for replies, the updated activity id for updates. */
  activityId?: string;
  /** The id the connector gave the new activity (send, reply, create). */
  createdId?: string;
  body: Record<string, unknown>;
  at: number;
}

export type Fault = { status: number; retryAfterSeconds?: number };

export interface LoopbackConnector {
  url: string;
  calls: ConnectorCall[];
  /** Answers the next matching requests with these faults, in order, before behaving again. */
  failNext(match: (call: Omit<ConnectorCall, 'createdId' | 'at'>) => boolean, faults: Fault[]): void;
  /** Answers every request for this conversation (channel) with this status from now on. */
  block(conversationIdPrefix: string, status: 403 | 404): void;
  /** Enforces Teams-like limits with 429 + Retry-After (per conversation per second, per app per second). */
  throttle(limits: { perConversationPerSecond: number; perAppPerSecond: number } | undefined): void;
  /** Resolves when `count` calls matching `match` have been recorded. */
  waitFor(match: (c: ConnectorCall) => boolean, count?: number, timeoutMs?: number): Promise<ConnectorCall[]>;
  rejected: number;
  close(): Promise<void>;
}

/**
 * A Bot Connector on loopback: accepts what the bot sends (replies, proactive sends, new channel
 * threads, card updates), records every call, and can answer with 429/403/5xx like Teams does.
 */
export async function startLoopbackConnector(port = 0): Promise<LoopbackConnector> {
  const calls: ConnectorCall[] = [];
  const faults: { match: (c: Omit<ConnectorCall, 'createdId' | 'at'>) => boolean; queue: Fault[] }[] = [];
  const blocked = new Map<string, number>();
  let limits: { perConversationPerSecond: number; perAppPerSecond: number } | undefined;
  const windowApp: number[] = [];
  const windowConv = new Map<string, number[]>();
  const waiters: (() => void)[] = [];
  let seq = 0;
  const state = { rejected: 0 };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = decodeURIComponent((req.url ?? '').split('?')[0]!);
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const parsed = parse(req.method ?? '', url, body);
      if (!parsed) return send(res, 404, { error: { code: 'NotFound', message: url } });
      // Like the real service, a card attachment must hold an Adaptive Card, not another wrapper.
      if (!cardsAreAdaptive(body)) return send(res, 400, { error: { code: 'BadArgument', message: 'attachment content is not an AdaptiveCard' } });
      const fault = takeFault(parsed);
      if (fault) return reject(res, fault);
      const blockedStatus = [...blocked.entries()].find(([prefix]) => parsed.conversationId.startsWith(prefix))?.[1];
      if (blockedStatus) return reject(res, { status: blockedStatus });
      const throttled = overLimit(parsed.conversationId);
      if (throttled) return reject(res, { status: 429, retryAfterSeconds: 1 });
      const createdId = parsed.kind === 'update' ? undefined : String(1_000_000 + ++seq);
      const call: ConnectorCall = { ...parsed, createdId, at: Date.now() };
      calls.push(call);
      for (const w of waiters.splice(0)) w();
      if (parsed.kind === 'create') {
        const channel = ((body.channelData as { channel?: { id?: string } })?.channel?.id ?? 'conv') as string;
        return send(res, 201, { id: `${channel};messageid=${createdId}`, activityId: createdId });
      }
      return send(res, 200, { id: createdId ?? parsed.activityId });
    });
  });

  function reject(res: http.ServerResponse, fault: Fault) {
    state.rejected += 1;
    const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {};
    send(res, fault.status, { error: { code: fault.status === 403 ? 'BotNotInConversationRoster' : 'Error', message: 'loopback fault' } }, headers);
  }

  function takeFault(c: Omit<ConnectorCall, 'createdId' | 'at'>): Fault | undefined {
    const f = faults.find((x) => x.queue.length > 0 && x.match(c));
    return f?.queue.shift();
  }

  function overLimit(conversationId: string): boolean {
    if (!limits) return false;
    const now = Date.now();
    const conv = conversationId.split(';')[0]!;
    const w = windowConv.get(conv) ?? [];
    while (w.length && w[0]! <= now - 1000) w.shift();
    while (windowApp.length && windowApp[0]! <= now - 1000) windowApp.shift();
    if (w.length >= limits.perConversationPerSecond || windowApp.length >= limits.perAppPerSecond) return true;
    w.push(now);
    windowConv.set(conv, w);
    windowApp.push(now);
    return false;
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    calls,
    get rejected() {
      return state.rejected;
    },
    failNext: (match, queue) => void faults.push({ match, queue: [...queue] }),
    block: (prefix, status) => void blocked.set(prefix, status),
    throttle: (l) => void (limits = l),
    waitFor: async (match, count = 1, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.filter(match);
        if (found.length >= count) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`loopback connector: expected ${count} matching calls, saw ${found.length}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

function parse(method: string, url: string, body: Record<string, unknown>): Omit<ConnectorCall, 'createdId' | 'at'> | undefined {
  if (method === 'POST' && /^\/v3\/conversations\/?$/.test(url)) {
    const channel = (body.channelData as { channel?: { id?: string } })?.channel?.id ?? '';
    return { method: 'POST', kind: 'create', conversationId: channel, body: (body.activity as Record<string, unknown>) ?? {} };
  }
  const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/.exec(url);
  if (!m) return undefined;
  const [, conversationId, activityId] = m as unknown as [string, string, string | undefined];
  if (method === 'POST') return { method: 'POST', kind: activityId ? 'reply' : 'send', conversationId, activityId, body };
  if (method === 'PUT' && activityId) return { method: 'PUT', kind: 'update', conversationId, activityId, body };
  return undefined;
}

function cardsAreAdaptive(body: Record<string, unknown>): boolean {
  const activity = (body.activity ?? body) as { attachments?: { contentType?: string; content?: { type?: string } }[] };
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .every((a) => a.content?.type === 'AdaptiveCard');
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
