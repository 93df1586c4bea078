import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { channelMessage, executeAction, personalMessage, personalWhere, teamChannel, Users, type TestUser } from '../../test/helpers/activities.js';
import { Verbs } from '../../src/cards/verbs.js';
import type { Child } from '../lib/children.js';
import { postJson } from '../lib/load.js';
import { isCallEvent } from '../lib/protocol.js';
import { nowMs, summarize, type LatencySummary } from '../lib/stats.js';
import { benchUsers } from './turns.js';
import { thisBot, withTarget, type StoreKind } from './targets.js';

export interface AdviceSettings {
  askers: number;
  /** Questions each asker sends, one after the other (the next once the previous card is posted). */
  questionsEach: number;
  /** Questions of the unloaded run before (one asker, one question every 250 ms). */
  unloadedQuestions: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface AdviceResult {
  store: StoreKind;
  askers: number;
  tickets: number;
  /** advice.submit sent → ticket card POSTed to the connector (new thread in the VT channel). */
  sendToCardMs: LatencySummary;
  /** The same with one asker and one question every 250 ms: the path without queueing. */
  unloadedSendToCardMs: LatencySummary;
  /** advice.submit sent → invoke answer (the acknowledgement card) received. */
  sendToAckMs: LatencySummary;
  /** Tickets posted per second over the run. */
  cardsPerSecond: number;
  failures: number;
  failureKinds: Record<string, number>;
}

const vt = teamChannel('Veilig Thuis');

/** Questions without acute danger or identifying data, so each one becomes a ticket at once. */
const questions = [
  'Een leerling uit groep 6 komt steeds met blauwe plekken op school. Wat is verstandig?',
  'Vraag over verwaarlozing van een kind in de klas, wat zijn signalen?',
  'Een kind in de opvang is vaak moe en heeft geen lunch bij zich. Hoe pak ik dit aan?',
  'Ouders maken veel ruzie volgens een leerling. Moet ik iets doen?',
  'Hoe bespreek ik zorgen over thuis met ouders zonder dat het escaleert?',
];

/**
 * `askers` professionals (distinct users) each send advice questions through the form (Action.Execute
 * advice.submit); the time runs until the connector receives the ticket card for that ticket number.
 */
export async function benchAdvice(store: StoreKind, connector: Child, connectorUrl: string, settings: AdviceSettings): Promise<AdviceResult> {
  return withTarget(thisBot(store), {}, async ({ ready }) => {
    const api = `${ready.url}/api/messages`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: settings.askers + 2 });
    const cards = await watchTicketCards(connector);
    try {
      const link = await postJson(agent, api, channelMessage(connectorUrl, Users.coordinator, vt, 'koppel veilig thuis'));
      if (link.status !== 200) throw new Error(`linking the VT channel answered ${link.status}`);
      const askers = benchUsers(settings.askers, 'bench-asker');
      for (const asker of askers) await postJson(agent, api, personalMessage(connectorUrl, asker, 'hallo'));

      const failureKinds: Record<string, number> = {};
      const ask = async (asker: TestUser, round: number, into: { toCard: number[]; toAck: number[] }) => {
        const sentAt = nowMs();
        const answer = await postJson(agent, api, executeAction(connectorUrl, asker, personalWhere(asker), Verbs.adviceSubmit, form(round)));
        const ackAt = nowMs();
        const body = JSON.stringify(answer.body ?? '');
        const ticket = /Adviesvraag #(\d+)/.exec(body);
        // Status 0 is no answer at all: postJson gives the socket error or timeout as the body.
        const failure = answer.status === 0 ? `no answer: ${String(answer.body)}` : answer.status !== 200 ? `HTTP ${answer.status}` : !ticket || !/verstuurd/.test(body) ? 'no ticket in the acknowledgement' : undefined;
        if (failure) return void (failureKinds[failure] = (failureKinds[failure] ?? 0) + 1);
        into.toAck.push(ackAt - sentAt);
        const postedAt = await cards.posted(Number(ticket![1]), 60_000);
        if (postedAt === undefined) failureKinds['ticket card not posted within 60 s'] = (failureKinds['ticket card not posted within 60 s'] ?? 0) + 1;
        else into.toCard.push(postedAt - sentAt);
      };

      // Unloaded first: one asker, paced well below the channel's budget of 7 posts per second.
      const unloaded = { toCard: [] as number[], toAck: [] as number[] };
      for (let round = 0; round < settings.unloadedQuestions; round++) await Promise.all([ask(askers[0]!, round, unloaded), sleep(250)]);

      const loaded = { toCard: [] as number[], toAck: [] as number[] };
      const started = nowMs();
      await Promise.all(askers.map(async (asker) => {
        for (let round = 0; round < settings.questionsEach; round++) await ask(asker, round, loaded);
      }));
      const seconds = (nowMs() - started) / 1000;
      return {
        store,
        askers: settings.askers,
        tickets: loaded.toCard.length,
        sendToCardMs: summarize(loaded.toCard),
        unloadedSendToCardMs: summarize(unloaded.toCard),
        sendToAckMs: summarize(loaded.toAck),
        cardsPerSecond: loaded.toCard.length / seconds,
        failures: Object.values(failureKinds).reduce((a, b) => a + b, 0),
        failureKinds,
      };
    } finally {
      await cards.stop();
      agent.destroy();
    }
  });
}

/** The form as the professional fills it in; a new draft id each time, so each one is a new ticket. */
function form(round: number): Record<string, string> {
  return {
    draftId: randomUUID(),
    question: questions[round % questions.length]!,
    sector: 'onderwijs',
    gemeente: 'Heerlen',
    urgency: 'vandaag',
    answerMode: 'chat',
    callbackPhone: '',
  };
}

/** Has the connector process report ticket cards ("Adviesvraag #n" in a new thread) as they arrive. */
async function watchTicketCards(connector: Child) {
  const postedAt = new Map<number, number>();
  const waiting = new Map<number, (at: number) => void>();
  const stopListening = connector.onMessage((message) => {
    if (!isCallEvent(message) || message.kind !== 'create' || message.ticketNumber === undefined) return;
    postedAt.set(message.ticketNumber, message.at);
    waiting.get(message.ticketNumber)?.(message.at);
  });
  await connector.request('notify', { on: true });
  return {
    /** When the card of `ticket` arrived at the connector (nowMs), or undefined after `timeoutMs`. */
    posted: (ticket: number, timeoutMs: number) =>
      new Promise<number | undefined>((resolve) => {
        const seen = postedAt.get(ticket);
        if (seen !== undefined) return resolve(seen);
        const timer = setTimeout(() => {
          waiting.delete(ticket);
          resolve(undefined);
        }, timeoutMs);
        waiting.set(ticket, (at) => {
          clearTimeout(timer);
          waiting.delete(ticket);
          resolve(at);
        });
      }),
    stop: async () => {
      stopListening();
      await connector.request('notify', { on: false }).catch(() => undefined);
    },
  };
}
