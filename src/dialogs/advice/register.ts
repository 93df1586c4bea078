import { randomUUID } from 'node:crypto';
import type { Deps } from '../../app/deps.js';
import { dataOf, type Routes, type Turn } from '../../app/turn.js';
import { audit } from '../../app/audit.js';
import { pickAdviceTeam } from '../../domain/advice/routing.js';
import { newTicket } from '../../domain/advice/decisions.js';
import type { Actor, Ticket } from '../../domain/advice/ticket.js';
import { adviceFormCard, piiWarningCard, ageLabel } from '../../cards/adviceCards.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import { decideSubmit } from './flow.js';
import { liveDraft } from './drafts.js';
import { DraftPayload, OpenPayload, SubmitPayload, type AdviceDraft } from './payloads.js';
import { AdviceTexts as T } from './texts.js';
import { alertNoChannel, isPostQueued, postWaitingTickets, queueTicketPost, registerTicketActions } from './tickets.js';
import { ticketQueries } from '../../store/ticketQueries.js';

/**
 * Advice questions: the professional fills in a card in personal chat; after the acute-danger
 * and privacy checks the question becomes a ticket in the Veilig Thuis channel.
 */
export function registerAdvice(routes: Routes, deps: Deps): { onChannelLinked: (link: { kind: string }) => Promise<void> } {
  const openForm = (state: Turn['state'], context: string[]) => {
    const draftId = randomUUID();
    state.conversation.adviceDraft = undefined;
    return adviceFormCard({ draftId, context, gemeenten: gemeenteNames(deps), sector: state.user.sector });
  };

  routes.message(/^\s*(advies( vragen)?|adviesvraag)\s*$/i, async (turn, reply) => {
    if (turn.place.kind !== 'personal') return reply.send(T.onlyPersonal);
    await reply.send({ cards: [openForm(turn.state, [])] });
  });

  routes.click(Verbs.adviceOpen, async (turn, reply) => {
    const { context } = OpenPayload.parse(dataOf(turn));
    await reply.answerClick({ card: openForm(turn.state, context) });
  });

  routes.click([Verbs.adviceSubmit, Verbs.adviceConfirmPii], async (turn, reply) => {
    const { state } = turn;
    const data = dataOf(turn);
    const confirming = data.verb === Verbs.adviceConfirmPii || (turn.event.kind === 'click' && turn.event.verb === Verbs.adviceConfirmPii);
    const saved = liveDraft(state.conversation.adviceDraft, deps.clock.now());
    if (confirming) {
      const { draftId } = DraftPayload.parse(data);
      if (!saved || saved.draftId !== draftId) return reply.answerClick({ card: messageCard({ title: 'Adviesvraag', text: T.draftGone }) });
      return reply.answerClick({ card: await send(turn, deps, saved, saved.findingKinds) });
    }
    const input = SubmitPayload.parse(data);
    const context = saved?.draftId === input.draftId ? saved.context : contextFrom(data);
    const outcome = decideSubmit(input, deps.config.region, {
      acuteAcknowledged: saved?.draftId === input.draftId && saved.acuteAcknowledged,
      piiConfirmed: false,
    });
    const { person } = turn;
    switch (outcome.kind) {
      case 'invalid':
        return reply.answerClick({ card: adviceFormCard({ ...formValues(input), draftId: input.draftId, context, gemeenten: gemeenteNames(deps), error: outcome.error }) });
      case 'acute':
        state.conversation.adviceDraft = { draftId: input.draftId, request: outcome.request, context, findingKinds: [], acuteAcknowledged: true, savedAt: deps.clock.now().toISOString() } satisfies AdviceDraft;
        return reply.answerClick({ card: messageCard({
          title: 'Eerst: is er acuut gevaar?',
          text: T.acuteFirst,
          note: T.acuteContinue,
          style: 'attention',
          actions: [
            { title: 'Toch versturen', verb: Verbs.adviceSubmit, data: { ...input } },
            { title: 'Annuleren', verb: Verbs.adviceCancel, data: { draftId: input.draftId } },
          ],
        }) });
      case 'pii':
        state.conversation.adviceDraft = { draftId: input.draftId, request: outcome.request, context, findingKinds: [...new Set(outcome.findings.map((f) => f.label))], acuteAcknowledged: true, savedAt: deps.clock.now().toISOString() } satisfies AdviceDraft;
        await audit(deps, person.aadObjectId, 'advice.pii_warning_shown', 'advice-draft', input.draftId, { findings: outcome.findings.length });
        return reply.answerClick({ card: piiWarningCard({ draftId: input.draftId, findings: outcome.findings }) });
      case 'send':
        return reply.answerClick({ card: await send(turn, deps, { draftId: input.draftId, request: outcome.request, context, findingKinds: [], acuteAcknowledged: true }, []) });
    }
  });

  routes.click(Verbs.adviceEdit, async (turn, reply) => {
    const { draftId } = DraftPayload.parse(dataOf(turn));
    const draft = liveDraft(turn.state.conversation.adviceDraft, deps.clock.now());
    if (!draft || draft.draftId !== draftId) return reply.answerClick({ card: messageCard({ title: 'Adviesvraag', text: T.draftGone }) });
    await reply.answerClick({ card: adviceFormCard({ draftId, context: draft.context, gemeenten: gemeenteNames(deps), ...draft.request }) });
  });

  routes.click(Verbs.adviceCancel, async (turn, reply) => {
    turn.state.conversation.adviceDraft = undefined;
    await reply.answerClick({ card: messageCard({ title: 'Adviesvraag', text: T.cancelled }) });
  });

  routes.message(/^\s*mijn vragen\s*$/i, async (turn, reply) => {
    const aad = turn.person.aadObjectId ?? '';
    const mine = await ticketQueries(deps.store.tickets).openOf(aad);
    if (mine.length === 0) return reply.send(T.myQuestionsNone);
    const now = deps.clock.now();
    await reply.send([T.myQuestionsHeader, ...mine.map((t) => T.myQuestion(t.number, T.statusLabel[questionStage(t)], ageLabel(new Date(t.createdAt), now)))].join('\n\n'));
  });

  registerTicketActions(routes, deps);
  const onChannelLinked = async (link: { kind: string }) => {
    if (link.kind === 'veilig-thuis') await postWaitingTickets(deps);
  };
  return { onChannelLinked };
}

/**
 * Stores the ticket, then queues its post; "verstuurd" only once the post is queued. A resend of
 * the same card finds the stored ticket and queues its post if a crash came in between.
 */
async function send(turn: Turn, deps: Deps, draft: AdviceDraft, confirmedKinds: string[]) {
  const { person, state } = turn;
  const asker: Actor = { aadId: person.aadObjectId ?? person.userId, name: person.name };
  const id = `adv-${draft.draftId}`;
  let ticket = await deps.store.tickets.get(id);
  if (!ticket) {
    const fresh = newTicket(draft.request, {
      id,
      number: await deps.store.nextSequence('advice-ticket'),
      asker,
      context: draft.context,
      confirmedPii: confirmedKinds,
      adviceTeam: pickAdviceTeam(deps.config.region, draft.request.sector, draft.request.gemeente),
      nowIso: deps.clock.now().toISOString(),
    });
    if (await deps.store.tickets.insert(id, fresh)) {
      await audit(deps, asker.aadId, 'ticket.created', 'ticket', id, { number: fresh.number, confirmedPii: confirmedKinds.length > 0 });
    }
    ticket = (await deps.store.tickets.get(id)) ?? fresh;
  }
  state.conversation.adviceDraft = undefined;
  const title = `Adviesvraag #${ticket.number}`;
  if ((await queueTicketPost(deps, ticket)) === 'waiting-for-channel') {
    await alertNoChannel(deps, ticket);
    return messageCard({ title, text: T.waitingForChannel(ticket.number), style: 'attention' });
  }
  return messageCard({ title, text: ticket.answerMode === 'terugbellen' ? T.ackedCallback(ticket.number) : T.acked(ticket.number) });
}

/** Where a question stands for its asker: waiting for a Veilig Thuis channel, then the ticket status. */
function questionStage(t: Ticket): keyof typeof T.statusLabel {
  return t.status === 'new' && !isPostQueued(t) ? 'waiting-for-channel' : t.status;
}

function gemeenteNames(deps: Deps): string[] {
  return deps.config.region.gemeenten.map((g) => g.name);
}

function formValues(input: { question: string; sector: string; gemeente: string; urgency: string; answerMode: string; callbackPhone: string }) {
  return {
    question: input.question,
    sector: (input.sector || undefined) as never,
    gemeente: input.gemeente,
    urgency: (input.urgency || undefined) as never,
    answerMode: (input.answerMode || undefined) as never,
    callbackPhone: input.callbackPhone,
  };
}

function contextFrom(data: Record<string, unknown>): string[] {
  const parsed = OpenPayload.safeParse(data);
  return parsed.success ? parsed.data.context : [];
}
