import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Deps } from '../../app/deps.js';
import type { AppTurnState } from '../../app/turnState.js';
import { placeOf } from '../../app/activity.js';
import { actionData, onExecute, respondWithCard } from '../../app/invoke.js';
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
import { cardAttachment, type Card } from '../../cards/card.js';

/**
 * The meldcode walk-through in personal chat: one card that moves through the routes, the five
 * steps and the afwegingskader, updating in place; the walk lives in the user's own conversation state.
 * Answers can be tapped on the card or typed ("ja", "nee", "weet ik niet", an option, "terug", "stop").
 */
export function registerMeldcode(app: Application<AppTurnState>, deps: Deps): { routes: HttpRoute[] } {
  const flow = withRegionalRoutes(getMeldcodeFlow(), deps.config.region.meldcode?.wijkteamColleagueRoute);
  const downloads = new VerslagDownloads(deps.clock);
  const now = () => deps.clock.now().toISOString();

  const startOrResume = async (state: AppTurnState, sector?: Sector): Promise<Card> => {
    if (sector) state.user.sector = sector;
    const current = walkOf(state, flow);
    if (current && !sector) return current.outcomeId ? replaceFinishedCard() : cardFor(flow, current, T.resumed);
    const chosen = sector ?? state.user.sector;
    if (!chosen) return sectorCard();
    const walk = startWalk(flow, chosen, now());
    state.conversation.meldcode = walk;
    return cardFor(flow, walk);
  };

  app.message(/^\s*(wat (doe|moet) ik (bij|met) een signaal|ik zie een signaal|signaal|meldcode( doorlopen)?|stappenplan|verder)\s*[?!.]*\s*$/i, async (ctx, state) => {
    if (placeOf(ctx.activity).kind !== 'personal') return void (await ctx.sendActivity(T.onlyPersonal));
    await ctx.sendActivity({ attachments: [cardAttachment(await startOrResume(state))] });
  });

  // Empty or oversized messages during a walk: say so and show the step the user is at.
  app.activity(
    async (ctx) => ctx.activity.type === 'message' && !ctx.activity.value && placeOf(ctx.activity).kind === 'personal' && !isUsableText(ctx.activity.text),
    async (ctx, state) => {
      const walk = walkOf(state, flow);
      const text = (ctx.activity.text ?? '').trim() ? T.tooLong(MAX_MESSAGE_LENGTH) : T.emptyMessage;
      await ctx.sendActivity({ text, attachments: walk ? [cardAttachment(cardFor(flow, walk))] : [] });
    },
  );

  // A typed answer while the walk waits is handled here, before any other route reads the text.
  app.turn('beforeTurn', async (ctx, state) => {
    const a = ctx.activity;
    if (a.type !== 'message' || a.value || placeOf(a).kind !== 'personal' || !isUsableText(a.text)) return true;
    const walk = walkOf(state, flow);
    if (!walk || walk.outcomeId) return true;
    const card = answerTyped(walk, a.text ?? '', state);
    if (!card) return true;
    await ctx.sendActivity({ attachments: [cardAttachment(card)] });
    return false;
  });

  /** The reply to a typed message, or undefined when it is not an answer (then other routes read it). */
  const answerTyped = (walk: WalkState, text: string, state: AppTurnState): Card | undefined => {
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

  const save = (state: AppTurnState, walk: WalkState, card: Card): Card => {
    state.conversation.meldcode = walk;
    return card;
  };

  const stopWalk = (state: AppTurnState): Card => {
    delete state.conversation.meldcode;
    return messageCard({ title: T.titleMeldcode, text: T.stopped, actions: [{ title: T.buttonStart, verb: Verbs.meldcodeStart }] });
  };

  onExecute(app, Verbs.meldcodeStart, async (ctx, state) => {
    const { sector } = StartPayload.parse(actionData(ctx));
    await respondWithCard(ctx, await startOrResume(state, sector));
  });

  onExecute(app, Verbs.meldcodeResume, async (ctx, state) => {
    const walk = walkOf(state, flow);
    await respondWithCard(ctx, walk ? cardFor(flow, walk) : await startOrResume(state));
  });

  const move = (verb: string, input: (ctx: TurnContext) => { input: WalkInput; notice?: string }) =>
    onExecute(app, verb, async (ctx, state) => {
      const walk = walkOf(state, flow);
      if (!walk) return void (await respondWithCard(ctx, messageCard({ title: T.titleMeldcode, text: T.noWalk, actions: [{ title: T.buttonStart, verb: Verbs.meldcodeStart }] })));
      const { input: walkInput, notice } = input(ctx);
      const result = step(flow, { ...walk, stopAsked: false }, walkInput, now());
      state.conversation.meldcode = result.state;
      await respondWithCard(ctx, cardFor(flow, result.state, result.ok ? notice : errorNotice(result.error)));
    });

  move(Verbs.meldcodeChoose, (ctx) => {
    const { note: raw, ...choice } = ChoosePayload.parse(actionData(ctx));
    const { note, masked } = cleanNote(raw, deps.clock.now());
    const notice = masked.length > 0 ? T.noteMasked(maskedKindsText(masked)) : undefined;
    return { input: { kind: 'choose', ...choice, ...(note ? { note } : {}) }, notice };
  });
  move(Verbs.meldcodeBack, () => ({ input: { kind: 'back' } }));
  move(Verbs.meldcodeRestart, () => ({ input: { kind: 'restart' } }));

  onExecute(app, Verbs.meldcodeStop, async (ctx, state) => {
    const walk = walkOf(state, flow);
    await respondWithCard(ctx, walk ? save(state, { ...walk, stopAsked: true }, confirmStopCard()) : stopWalk(state));
  });
  onExecute(app, Verbs.meldcodeStopConfirm, async (ctx, state) => respondWithCard(ctx, stopWalk(state)));

  onExecute(app, Verbs.meldcodeAcute, async (ctx, state) => {
    await respondWithCard(ctx, acuteCard({ canResume: Boolean(walkOf(state, flow)) }));
  });

  const verslag = (state: AppTurnState): Card => {
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

  onExecute(app, Verbs.meldcodeVerslag, async (ctx, state) => respondWithCard(ctx, verslag(state)));
  app.message(/^\s*verslag\s*[?!.]*\s*$/i, async (ctx, state) => {
    if (placeOf(ctx.activity).kind !== 'personal') return void (await ctx.sendActivity(T.onlyPersonal));
    await ctx.sendActivity({ attachments: [cardAttachment(verslag(state))] });
  });

  return { routes: downloads.routes(T.downloadExpired) };
}

const MAX_MESSAGE_LENGTH = 2_000;

function isUsableText(text: string | undefined): boolean {
  const t = (text ?? '').trim();
  return t.length > 0 && t.length <= MAX_MESSAGE_LENGTH;
}

/** The stored walk, or undefined when there is none or it no longer fits the current flow. */
function walkOf(state: AppTurnState, flow: FlowDefinition): WalkState | undefined {
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
