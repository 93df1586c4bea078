import type { Application } from '@microsoft/teams-ai';
import type { Attachment, TurnContext } from 'botbuilder';
import type { Deps } from '../../app/deps.js';
import type { AppTurnState } from '../../app/turnState.js';
import { placeOf } from '../../app/activity.js';
import { actionData, onExecute, respondWithCard } from '../../app/invoke.js';
import { SectorLabels, Sectors, type Sector } from '../../domain/constants.js';
import { acuteCard } from '../../cards/acuteCard.js';
import { meldcodeOutcomeCard, meldcodeStepCard, verslagCard } from '../../cards/meldcodeCards.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import type { HttpRoute } from '../../transport/server.js';
import {
  buildVerslag,
  getMeldcodeFlow,
  isValidState,
  startWalk,
  step,
  summariseForAdvice,
  viewOf,
  WalkStateSchema,
  type FlowDefinition,
  type WalkError,
  type WalkInput,
  type WalkState,
} from './flow/index.js';
import { DOWNLOAD_MINUTES, VerslagDownloads } from './downloads.js';
import { ChoosePayload, StartPayload } from './payloads.js';
import { MeldcodeTexts as T } from './texts.js';

/**
 * The meldcode walk-through in personal chat: one card that moves through the five steps and the
 * afwegingskader, updating in place; the walk lives in the user's own conversation state.
 */
export function registerMeldcode(app: Application<AppTurnState>, deps: Deps): { routes: HttpRoute[] } {
  const flow = getMeldcodeFlow();
  const downloads = new VerslagDownloads(deps.clock);
  const now = () => deps.clock.now().toISOString();

  const startOrResume = async (ctx: TurnContext, state: AppTurnState, sector?: Sector): Promise<Attachment> => {
    if (sector) state.user.sector = sector;
    const current = walkOf(state, flow);
    if (current && !current.outcomeId && !sector) return cardFor(flow, current, T.resumed);
    const chosen = sector ?? state.user.sector;
    if (!chosen) return sectorCard();
    const walk = startWalk(flow, chosen, now());
    state.conversation.meldcode = walk;
    return cardFor(flow, walk);
  };

  app.message(/^\s*(wat (doe|moet) ik (bij|met) een signaal|ik zie een signaal|signaal|meldcode( doorlopen)?|stappenplan|verder)\s*[?!.]*\s*$/i, async (ctx, state) => {
    if (placeOf(ctx.activity).kind !== 'personal') return void (await ctx.sendActivity(T.onlyPersonal));
    await ctx.sendActivity({ attachments: [await startOrResume(ctx, state)] });
  });

  // Empty or oversized messages during a walk: say so and show the step the user is at.
  app.activity(
    async (ctx) => ctx.activity.type === 'message' && !ctx.activity.value && placeOf(ctx.activity).kind === 'personal' && !isUsableText(ctx.activity.text),
    async (ctx, state) => {
      const walk = walkOf(state, flow);
      const text = (ctx.activity.text ?? '').trim() ? T.tooLong(MAX_MESSAGE_LENGTH) : T.emptyMessage;
      await ctx.sendActivity({ text, attachments: walk ? [cardFor(flow, walk)] : [] });
    },
  );

  onExecute(app, Verbs.meldcodeStart, async (ctx, state) => {
    const { sector } = StartPayload.parse(actionData(ctx));
    await respondWithCard(ctx, await startOrResume(ctx, state, sector));
  });

  onExecute(app, Verbs.meldcodeResume, async (ctx, state) => {
    const walk = walkOf(state, flow);
    await respondWithCard(ctx, walk ? cardFor(flow, walk) : await startOrResume(ctx, state));
  });

  const move = (verb: string, input: (ctx: TurnContext) => WalkInput) =>
    onExecute(app, verb, async (ctx, state) => {
      const walk = walkOf(state, flow);
      if (!walk) return void (await respondWithCard(ctx, messageCard({ title: 'Meldcode', text: T.noWalk, actions: [{ title: 'Ik zie een signaal', verb: Verbs.meldcodeStart }] })));
      const result = step(flow, walk, input(ctx), now());
      state.conversation.meldcode = result.state;
      await respondWithCard(ctx, cardFor(flow, result.state, result.ok ? undefined : errorNotice(result.error)));
    });

  move(Verbs.meldcodeChoose, (ctx) => ({ kind: 'choose', ...ChoosePayload.parse(actionData(ctx)) }));
  move(Verbs.meldcodeBack, () => ({ kind: 'back' }));
  move(Verbs.meldcodeRestart, () => ({ kind: 'restart' }));

  onExecute(app, Verbs.meldcodeStop, async (ctx) => {
    await respondWithCard(ctx, messageCard({ title: 'Meldcode', text: T.stopped, actions: [{ title: 'Verslag', verb: Verbs.meldcodeVerslag }, { title: 'Verder', verb: Verbs.meldcodeResume }] }));
  });

  onExecute(app, Verbs.meldcodeAcute, async (ctx, state) => {
    await respondWithCard(ctx, acuteCard({ canResume: Boolean(walkOf(state, flow)) }));
  });

  const verslag = (state: AppTurnState): Attachment => {
    const walk = walkOf(state, flow);
    if (!walk) return messageCard({ title: 'Verslag', text: T.noWalk, actions: [{ title: 'Ik zie een signaal', verb: Verbs.meldcodeStart }] });
    const v = buildVerslag(flow, walk, now());
    const token = downloads.offer(v.markdown, `meldcode-verslag-${now().slice(0, 10)}.md`);
    return verslagCard({
      title: v.title,
      sections: v.sections,
      downloadUrl: `${deps.config.publicBaseUrl}/verslag/${token}`,
      downloadNote: T.verslagDownloadNote(DOWNLOAD_MINUTES),
    });
  };

  onExecute(app, Verbs.meldcodeVerslag, async (ctx, state) => respondWithCard(ctx, verslag(state)));
  app.message(/^\s*verslag\s*[?!.]*\s*$/i, async (ctx, state) => {
    if (placeOf(ctx.activity).kind !== 'personal') return void (await ctx.sendActivity(T.onlyPersonal));
    await ctx.sendActivity({ attachments: [verslag(state)] });
  });

  return { routes: [downloads.route(T.downloadExpired)] };
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

function cardFor(flow: FlowDefinition, walk: WalkState, notice?: string): Attachment {
  const view = viewOf(flow, walk);
  const adviceContext = summariseForAdvice(flow, walk);
  if (view.kind === 'outcome') {
    return meldcodeOutcomeCard({ ...view, adviceContext });
  }
  return meldcodeStepCard({ ...view, adviceContext, notice });
}

function errorNotice(error: WalkError): string {
  return error === 'stale-node' ? T.staleNode : error === 'unknown-choice' ? T.unknownChoice : T.walkEnded;
}

function sectorCard(): Attachment {
  return messageCard({
    title: 'Ik zie een signaal',
    text: T.chooseSector,
    actions: Sectors.map((s) => ({ title: SectorLabels[s], verb: Verbs.meldcodeStart, data: { sector: s } })),
  });
}
