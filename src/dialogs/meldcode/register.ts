import type { Deps } from '../../app/deps.js';
import { dataOf, textOf, type Routes, type Turn } from '../../app/turn.js';
import { SectorLabels, Sectors, type Sector } from '../../domain/constants.js';
import { acuteCard } from '../../cards/acuteCard.js';
import { meldcodeOutcomeCard, meldcodeStepCard, verslagCard } from '../../cards/meldcodeCards.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import type { HttpRoute } from '../../app/httpRoute.js';
import {
  buildVerslag,
  cleanNote,
  getMeldcodeFlow,
  isValidState,
  maskedKindsText,
  isNo,
  isYes,
  readTypedAnswer,
  startWalk,
  step,
  summariseForAdvice,
  viewOf,
  withRegionalRoutes,
  WalkStateSchema,
  type FlowDefinition,
  type WalkError,
  type WalkInput,
  type WalkState,
} from './flow/index.js';
import { DOWNLOAD_MINUTES, VerslagDownloads } from './downloads.js';
import { ChoosePayload, StartPayload } from './payloads.js';
import { MeldcodeTexts as T } from './texts.js';
import type { Card } from '../../cards/card.js';

/**
 * The meldcode walk-through in personal chat: one card that moves through the routes, the five
 * steps and the afwegingskader, updating in place; the walk lives in the user's own conversation state.
 * Answers can be tapped on the card or typed ("ja", "nee", "weet ik niet", an option, "terug", "stop").
 */
export function registerMeldcode(routes: Routes, deps: Deps): { routes: HttpRoute[] } {
  const flow = withRegionalRoutes(getMeldcodeFlow(), deps.config.region.meldcode?.wijkteamColleagueRoute);
  const downloads = new VerslagDownloads(deps.clock);
  const now = () => deps.clock.now().toISOString();

  const startOrResume = async (state: Turn['state'], sector?: Sector): Promise<Card> => {
    if (sector) state.user.sector = sector;
    const current = walkOf(state, flow);
    if (current && !sector) return current.outcomeId ? replaceFinishedCard() : cardFor(flow, current, T.resumed);
    const chosen = sector ?? state.user.sector;
    if (!chosen) return sectorCard();
    const walk = startWalk(flow, chosen, now());
    state.conversation.meldcode = walk;
    return cardFor(flow, walk);
  };

  routes.message(/^\s*(wat (doe|moet) ik (bij|met) een signaal|ik zie een signaal|signaal|meldcode( doorlopen)?|stappenplan|verder)\s*[?!.]*\s*$/i, async (turn, reply) => {
    if (turn.place.kind !== 'personal') return reply.send(T.onlyPersonal);
    await reply.send({ cards: [await startOrResume(turn.state)] });
  });

  // Empty or oversized messages during a walk: say so and show the step the user is at.
  routes.message(
    (turn) => turn.place.kind === 'personal' && !isUsableText(textOf(turn)),
    async (turn, reply) => {
      const walk = walkOf(turn.state, flow);
      const text = textOf(turn).trim() ? T.tooLong(MAX_MESSAGE_LENGTH) : T.emptyMessage;
      await reply.send({ text, cards: walk ? [cardFor(flow, walk)] : [] });
    },
  );

  // A typed answer while the walk waits is handled here, before any other route reads the text.
  routes.guard(async (turn, reply) => {
    const text = textOf(turn);
    if (turn.event.kind !== 'message' || turn.place.kind !== 'personal' || !isUsableText(text)) return true;
    const walk = walkOf(turn.state, flow);
    if (!walk || walk.outcomeId) return true;
    const card = answerTyped(walk, text, turn.state);
    if (!card) return true;
    await reply.send({ cards: [card] });
    return false;
  });

  /** The reply to a typed message, or undefined when it is not an answer (then other routes read it). */
  const answerTyped = (walk: WalkState, text: string, state: Turn['state']): Card | undefined => {
    const view = viewOf(flow, walk);
    if (view.kind !== 'question') return undefined;
    if (walk.stopAsked && isYes(text)) return stopWalk(state);
    if (walk.stopAsked && isNo(text)) return save(state, { ...walk, stopAsked: false }, cardFor(flow, walk));
    const intent = readTypedAnswer(view, text);
    if (!intent) return undefined;
    if (intent.kind === 'stop') return save(state, { ...walk, stopAsked: true }, confirmStopCard());
    const input: WalkInput = intent.kind === 'back' ? { kind: 'back' } : { kind: 'choose', nodeId: walk.nodeId, choiceId: intent.choiceId };
    const result = step(flow, { ...walk, stopAsked: false }, input, now());
    state.conversation.meldcode = result.state;
    if (result.state.outcomeId === 'ACUTE') return acuteCard({ canResume: true });
    return cardFor(flow, result.state);
  };

  const save = (state: Turn['state'], walk: WalkState, card: Card): Card => {
    state.conversation.meldcode = walk;
    return card;
  };

  const stopWalk = (state: Turn['state']): Card => {
    delete state.conversation.meldcode;
    return messageCard({ title: T.titleMeldcode, text: T.stopped, actions: [{ title: T.buttonStart, verb: Verbs.meldcodeStart }] });
  };

  routes.click(Verbs.meldcodeStart, async (turn, reply) => {
    const { sector } = StartPayload.parse(dataOf(turn));
    await reply.answerClick({ card: await startOrResume(turn.state, sector) });
  });

  routes.click(Verbs.meldcodeResume, async (turn, reply) => {
    const walk = walkOf(turn.state, flow);
    await reply.answerClick({ card: walk ? cardFor(flow, walk) : await startOrResume(turn.state) });
  });

  const move = (verb: string, input: (data: Record<string, unknown>) => { input: WalkInput; notice?: string }) =>
    routes.click(verb, async (turn, reply) => {
      const walk = walkOf(turn.state, flow);
      if (!walk) return reply.answerClick({ card: messageCard({ title: T.titleMeldcode, text: T.noWalk, actions: [{ title: T.buttonStart, verb: Verbs.meldcodeStart }] }) });
      const { input: walkInput, notice } = input(dataOf(turn));
      const result = step(flow, { ...walk, stopAsked: false }, walkInput, now());
      turn.state.conversation.meldcode = result.state;
      await reply.answerClick({ card: cardFor(flow, result.state, result.ok ? notice : errorNotice(result.error)) });
    });

  move(Verbs.meldcodeChoose, (data) => {
    const { note: raw, ...choice } = ChoosePayload.parse(data);
    const { note, masked } = cleanNote(raw, deps.clock.now());
    const notice = masked.length > 0 ? T.noteMasked(maskedKindsText(masked)) : undefined;
    return { input: { kind: 'choose', ...choice, ...(note ? { note } : {}) }, notice };
  });
  move(Verbs.meldcodeBack, () => ({ input: { kind: 'back' } }));
  move(Verbs.meldcodeRestart, () => ({ input: { kind: 'restart' } }));

  routes.click(Verbs.meldcodeStop, async (turn, reply) => {
    const walk = walkOf(turn.state, flow);
    await reply.answerClick({ card: walk ? save(turn.state, { ...walk, stopAsked: true }, confirmStopCard()) : stopWalk(turn.state) });
  });
  routes.click(Verbs.meldcodeStopConfirm, async (turn, reply) => reply.answerClick({ card: stopWalk(turn.state) }));

  routes.click(Verbs.meldcodeAcute, async (turn, reply) => {
    await reply.answerClick({ card: acuteCard({ canResume: Boolean(walkOf(turn.state, flow)) }) });
  });

  const verslag = (state: Turn['state']): Card => {
    const walk = walkOf(state, flow);
    if (!walk) return messageCard({ title: T.titleVerslag, text: T.noWalk, actions: [{ title: T.buttonStart, verb: Verbs.meldcodeStart }] });
    const v = buildVerslag(flow, walk, now());
    const token = downloads.offer(v, `meldcode-verslag-${now().slice(0, 10)}`);
    const base = `${deps.config.publicBaseUrl}/verslag/${token}`;
    return verslagCard({
      title: v.title,
      sections: v.sections,
      plainText: v.text,
      pdfUrl: base,
      textUrl: `${base}/tekst`,
      downloadNote: T.verslagDownloadNote(DOWNLOAD_MINUTES),
    });
  };

  routes.click(Verbs.meldcodeVerslag, async (turn, reply) => reply.answerClick({ card: verslag(turn.state) }));
  routes.message(/^\s*verslag\s*[?!.]*\s*$/i, async (turn, reply) => {
    if (turn.place.kind !== 'personal') return reply.send(T.onlyPersonal);
    await reply.send({ cards: [verslag(turn.state)] });
  });

  return { routes: downloads.routes(T.downloadExpired) };
}

const MAX_MESSAGE_LENGTH = 2_000;

function isUsableText(text: string | undefined): boolean {
  const t = (text ?? '').trim();
  return t.length > 0 && t.length <= MAX_MESSAGE_LENGTH;
}

/** The stored walk, or undefined when there is none or it no longer fits the current flow. */
function walkOf(state: Turn['state'], flow: FlowDefinition): WalkState | undefined {
  const parsed = WalkStateSchema.safeParse(state.conversation.meldcode);
  if (!parsed.success) return undefined;
  return isValidState(flow, parsed.data) ? parsed.data : undefined;
}

function cardFor(flow: FlowDefinition, walk: WalkState, notice?: string): Card {
  const view = viewOf(flow, walk);
  const adviceContext = summariseForAdvice(flow, walk);
  if (view.kind === 'outcome') {
    return meldcodeOutcomeCard({ ...view, adviceContext, notice });
  }
  return meldcodeStepCard({ ...view, adviceContext, notice });
}

function errorNotice(error: WalkError): string {
  return error === 'stale-node' ? T.staleNode : error === 'unknown-choice' ? T.unknownChoice : T.walkEnded;
}

function confirmStopCard(): Card {
  return messageCard({
    title: T.titleStop,
    text: T.confirmStop,
    actions: [
      { title: T.buttonStopYes, verb: Verbs.meldcodeStopConfirm },
      { title: T.buttonStopVerslagFirst, verb: Verbs.meldcodeVerslag },
      { title: T.buttonStopNo, verb: Verbs.meldcodeResume },
    ],
  });
}

function replaceFinishedCard(): Card {
  return messageCard({
    title: T.titleSignal,
    text: T.finishedBefore,
    actions: [
      { title: T.buttonNewWalk, verb: Verbs.meldcodeRestart },
      { title: T.buttonPreviousVerslag, verb: Verbs.meldcodeVerslag },
      { title: T.buttonShowOutcome, verb: Verbs.meldcodeResume },
    ],
  });
}

function sectorCard(): Card {
  return messageCard({
    title: T.titleSignal,
    text: T.chooseSector,
    actions: Sectors.map((s) => ({ title: SectorLabels[s], verb: Verbs.meldcodeStart, data: { sector: s } })),
  });
}
