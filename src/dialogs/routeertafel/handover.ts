/**
 * The agenda card's buttons: "Overdracht bevestigen", "Terug naar Veilig Thuis" and the card's
 * refresh. Each click: parse → gate (case exists, clicked in its gemeente's channel) → decide
 * atomically on the stored case → on success update the card for everyone and tell Veilig Thuis.
 * Double clicks, two people at once and retried invokes meet the store's one-at-a-time update:
 * exactly one wins, the others see "al bevestigd door … op …".
 */
import type { Deps } from '../../app/deps.js';
import { dataOf, type Routes } from '../../app/turn.js';
import { onSharedCardClick, type Actor, type SharedCardClick } from '../../workflow/sharedCardClick.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { confirmHandover, returnToVeiligThuis, type Decision, type Refusal } from '../../domain/cases/decisions.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import { loadBook, pageCard, pageWith, updatePostedPage, type AgendaBook } from './agenda.js';
import { caseUnknownCard, decideOnCase, gateCase } from './clicks.js';
import { channelGemeente } from '../../workflow/caseGate.js';
import { AgendaRefreshPayload, parseConfirm, parsePayload, parseReturn, type ConfirmPayload } from './payloads.js';
import { RouteertafelTexts as T } from './texts.js';
import { confirmedNoticeCard, returnedNoticeCard, whenLabel, type Notice } from './views.js';

type Outcome = 'confirmed' | 'returned';

export function registerHandoverActions(routes: Routes, deps: Deps): void {
  onSharedCardClick(routes, deps, handoverClick(deps, Verbs.handoverConfirm, 'confirmed', parseConfirm, (p, actor, now) => (c) =>
    confirmHandover(c, actor, confirmInput(p, actor.name, c.betrokkenenGeinformeerd ?? false), now),
  ));
  onSharedCardClick(routes, deps, handoverClick(deps, Verbs.handoverReturn, 'returned', parseReturn, (p, actor, now) => (c) => returnToVeiligThuis(c, actor, p.reason, now)));

  routes.click(Verbs.agendaRefresh, async (turn, reply) => {
    const p = parsePayload(AgendaRefreshPayload, dataOf(turn), Verbs.agendaRefresh);
    if ((await channelGemeente(deps, turn)) !== p.gemeente) return reply.answerClick({ card: messageCard({ title: T.handoverTitle, text: T.notHere(p.gemeente), style: 'attention' }) });
    return reply.answerClick({ card: pageCard(deps.config.region, await loadBook(deps, p.gemeente, p.week), p.page) });
  });
}

interface HandoverTarget {
  reference: string;
  week: string;
}

interface Settled {
  case: HandoverCase;
  book: AgendaBook;
  page: number;
}

/**
 * "Overdracht bevestigen" and "Terug naar Veilig Thuis": gate (the case exists, clicked in its
 * gemeente's channel) → decide on the stored case → one agenda page for everyone with a line on
 * what changed last → Veilig Thuis hears of it and the posted page catches up.
 */
function handoverClick<P extends HandoverTarget>(
  deps: Deps,
  verb: string,
  outcome: Outcome,
  parse: (data: Record<string, unknown>) => P,
  decision: (p: P, actor: Actor, nowIso: string) => (c: HandoverCase) => Decision,
): SharedCardClick<P, Settled, HandoverCase> {
  const region = deps.config.region;
  const bookAround = async (c: HandoverCase, week: string) => {
    const book = await loadBook(deps, c.gemeente, week);
    return { book, page: pageWith(book, c.reference) };
  };
  return {
    verb,
    parse,
    gate: (turn, p) => gateCase(deps, turn, p.reference, T.notHere),
    // The gated case is only a snapshot: the decision reads the case again inside the atomic update.
    decide: async (p, actor) => {
      const decided = await decideOnCase(deps, p.reference, decision(p, actor, deps.clock.now().toISOString()));
      if (!decided) return { ok: false, answer: { card: caseUnknownCard() } };
      if (decided.ok) return { ok: true, done: { case: decided.next, ...(await bookAround(decided.next, p.week)) } };
      const { book, page } = await bookAround(decided.current, p.week);
      return { ok: false, answer: { card: pageCard(region, book, page, refusalNotice(decided, region.timezone)) } };
    },
    audit: ({ case: c }, p) => ({
      action: outcome === 'confirmed' ? 'handover.confirm' : 'handover.return',
      recordType: 'case',
      recordId: c.reference,
      detail: { gemeente: c.gemeente, week: p.week, version: c.version },
    }),
    render: async ({ case: c, book, page }) => {
      // One card for everyone and for the clicker: the line says what changed last.
      const text = outcome === 'confirmed' ? T.confirmedNotice(c.reference, c.confirmation!.byName) : T.returnedNotice(c.reference, c.returned!.byName);
      const card = pageCard(region, book, page, { text, style: 'good' });
      return { forAll: card, forClicker: { card } };
    },
    after: async ({ case: c, book, page }, _p, turn) => {
      const notice = outcome === 'confirmed' ? confirmedNoticeCard(c, region.timezone) : returnedNoticeCard(c, region.timezone);
      await deps.notifier.veiligThuisChannels(`handover-${outcome}:${c.reference}`, { cards: [notice] });
      await updatePostedPage(deps, book, page, turn.clickedMessageId);
      deps.log.info('handover_settled', { outcome, version: c.version });
    },
  };
}

/** The casusregisseur defaults to the person who confirms; 'betrokkenen geïnformeerd' to what Veilig Thuis reported. */
function confirmInput(p: ConfirmPayload, actorName: string, informedAtIntake: boolean) {
  return {
    ...p.inputs,
    casusregisseur: p.inputs.casusregisseur.trim() || actorName,
    betrokkenenGeinformeerd: p.inputs.betrokkenenGeinformeerd || String(informedAtIntake),
  };
}

function refusalNotice(decision: Refusal, timeZone: string): Notice {
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
