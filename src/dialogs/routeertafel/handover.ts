/**
 * The agenda card's buttons: "Overdracht bevestigen", "Terug naar Veilig Thuis" and the card's
 * refresh. Each click: parse → gate (case exists, clicked in its gemeente's channel) → decide
 * atomically on the stored case → on success update the card for everyone and tell Veilig Thuis.
 * Double clicks, two people at once and retried invokes meet the store's one-at-a-time update:
 * exactly one wins, the others see "al bevestigd door … op …".
 */
import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Deps } from '../../app/deps.js';
import type { AppTurnState } from '../../app/turnState.js';
import { actionData } from '../../app/invoke.js';
import { audit } from '../../app/audit.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { confirmHandover, returnToVeiligThuis, type Decision, type Refusal } from '../../domain/cases/decisions.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import { loadBook, pageCard, pageWith, updatePostedPage } from './agenda.js';
import { actorOf, answer, channelGemeente, decideOnCase, gateCase, updateForAll } from './clicks.js';
import { AgendaRefreshPayload, parseConfirm, parsePayload, parseReturn, type ConfirmPayload } from './payloads.js';
import { RouteertafelTexts as T } from './texts.js';
import { confirmedNoticeCard, returnedNoticeCard, whenLabel, type Notice } from './views.js';

type Outcome = 'confirmed' | 'returned';

export function registerHandoverActions(app: Application<AppTurnState>, deps: Deps): void {
  app.adaptiveCards.actionExecute(Verbs.handoverConfirm, async (ctx) => {
    const p = parseConfirm(actionData(ctx));
    const gate = await gateCase(deps, ctx, p.reference, T.notHere);
    if (!gate.ok) return answer(ctx, gate.card);
    const actor = actorOf(ctx);
    const now = deps.clock.now().toISOString();
    const decision = await decideOnCase(deps, p.reference, (c) => confirmHandover(c, actor, confirmInput(p, actor.name, c.betrokkenenGeinformeerd), now));
    return settle(ctx, deps, p.week, gate.case, decision, 'confirmed');
  });

  app.adaptiveCards.actionExecute(Verbs.handoverReturn, async (ctx) => {
    const p = parseReturn(actionData(ctx));
    const gate = await gateCase(deps, ctx, p.reference, T.notHere);
    if (!gate.ok) return answer(ctx, gate.card);
    const actor = actorOf(ctx);
    const now = deps.clock.now().toISOString();
    const decision = await decideOnCase(deps, p.reference, (c) => returnToVeiligThuis(c, actor, p.reason, now));
    return settle(ctx, deps, p.week, gate.case, decision, 'returned');
  });

  app.adaptiveCards.actionExecute(Verbs.agendaRefresh, async (ctx) => {
    const p = parsePayload(AgendaRefreshPayload, actionData(ctx), Verbs.agendaRefresh);
    if ((await channelGemeente(deps, ctx)) !== p.gemeente) return answer(ctx, messageCard({ title: T.handoverTitle, text: T.notHere(p.gemeente), style: 'attention' }));
    return answer(ctx, pageCard(deps.config.region, await loadBook(deps, p.gemeente, p.week), p.page));
  });
}

/** The casusregisseur defaults to the person who confirms; 'betrokkenen geïnformeerd' to what Veilig Thuis reported. */
function confirmInput(p: ConfirmPayload, actorName: string, informedAtIntake: boolean) {
  return {
    ...p.inputs,
    casusregisseur: p.inputs.casusregisseur.trim() || actorName,
    betrokkenenGeinformeerd: p.inputs.betrokkenenGeinformeerd || String(informedAtIntake),
  };
}

async function settle(ctx: TurnContext, deps: Deps, week: string, before: HandoverCase, decision: Decision | undefined, outcome: Outcome): Promise<string> {
  const book = await loadBook(deps, before.gemeente, week);
  const page = pageWith(book, before.reference);
  if (!decision?.ok) return answer(ctx, pageCard(deps.config.region, book, page, refusalNotice(decision, deps.config.region.timezone)));
  const c = decision.next;
  await audit(deps, actorOf(ctx).aadId, outcome === 'confirmed' ? 'handover.confirm' : 'handover.return', 'case', c.reference, { gemeente: c.gemeente, week, version: c.version });
  const notice = outcome === 'confirmed' ? confirmedNoticeCard(c, deps.config.region.timezone) : returnedNoticeCard(c, deps.config.region.timezone);
  await deps.notifier.veiligThuisChannels(`handover-${outcome}:${c.reference}`, { cards: [notice] });
  // One card for everyone and for the clicker: the line says what changed last.
  const text = outcome === 'confirmed' ? T.confirmedNotice(c.reference, c.confirmation!.byName) : T.returnedNotice(c.reference, c.returned!.byName);
  const card = pageCard(deps.config.region, book, page, { text, style: 'good' });
  await updateForAll(ctx, deps, card);
  await updatePostedPage(deps, book, page, ctx.activity.replyToId);
  deps.log.info('handover_settled', { outcome, version: c.version });
  return answer(ctx, card);
}

function refusalNotice(decision: Refusal | undefined, timeZone: string): Notice {
  if (!decision) return { text: T.caseUnknown, style: 'attention' };
  const c = decision.current;
  switch (decision.reason) {
    case 'already-confirmed':
      return { text: T.alreadyConfirmed(c.reference, c.confirmation?.byName ?? '', whenLabel(c.confirmation?.at ?? c.receivedAt, timeZone)), style: 'attention' };
    case 'already-returned':
      return { text: T.alreadyReturned(c.reference, c.returned?.byName ?? '', whenLabel(c.returned?.at ?? c.receivedAt, timeZone)), style: 'attention' };
    default:
      return { text: T.notSaved((decision.problems ?? []).map((p) => p.message)), style: 'attention' };
  }
}
