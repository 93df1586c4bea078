/**
 * The loopback Bot Connector (test/helpers) in its own process, so the bot under load and the
 * connector it posts to do not share an event loop. The harness records every call for tests;
 * here the recorder only counts (and, on request, forwards ticket posts to the parent).
 *
 * IPC requests: stats, reset, notify { on }, throttle { limits | null }.
 */
import { startLoopbackConnector, type ConnectorCall, type LoopbackConnector } from '../test/helpers/loopbackConnector.js';
import { serveParent } from './lib/protocol.js';
import type { CallEvent, ReadyMessage } from './lib/protocol.js';
import { nowMs } from './lib/stats.js';

type Kind = ConnectorCall['kind'];

/** Replaces the harness's call list with `onCall`: nothing is kept, so memory stays flat. */
function stopRecording(connector: LoopbackConnector, onCall: (call: ConnectorCall) => void): void {
  const calls = connector.calls;
  calls.length = 0;
  Object.defineProperty(calls, 'push', {
    value: (...added: ConnectorCall[]) => {
      for (const call of added) onCall(call);
      return 0;
    },
  });
}

const connector = await startLoopbackConnector(Number(process.env.PORT ?? 0));
const counts: Record<Kind, number> = { reply: 0, send: 0, create: 0, update: 0 };
const lastBody: Partial<Record<Kind, unknown>> = {};
let notify = false;

stopRecording(connector, (call) => {
  counts[call.kind] += 1;
  lastBody[call.kind] = call.body;
  if (!notify) return;
  const ticket = call.kind === 'create' ? /Adviesvraag #(\d+)/.exec(JSON.stringify(call.body)) : null;
  const event: CallEvent = { type: 'call', kind: call.kind, conversationId: call.conversationId, at: nowMs(), ticketNumber: ticket ? Number(ticket[1]) : undefined };
  process.send?.(event);
});

serveParent(
  async (request) => {
    switch (request.type) {
      case 'stats':
        return { counts: { ...counts }, rejected: connector.rejected, lastBody: { ...lastBody } };
      case 'reset':
        for (const kind of Object.keys(counts) as Kind[]) counts[kind] = 0;
        return {};
      case 'notify':
        notify = Boolean(request.on);
        return {};
      case 'throttle':
        connector.throttle((request.limits as { perConversationPerSecond: number; perAppPerSecond: number } | null) ?? undefined);
        return {};
      default:
        throw new Error(`unknown request ${request.type}`);
    }
  },
  () => void connector.close().finally(() => process.exit(0)),
);
process.once('SIGTERM', () => void connector.close().finally(() => process.exit(0)));
process.send?.({ type: 'ready', url: connector.url } satisfies ReadyMessage);
