import type { Deps } from '../../app/deps.js';
import { dataOf, type Routes } from '../../app/turn.js';
import { onSharedCardClick, passWhen } from '../../workflow/sharedCardClick.js';
import { followUpJob, type FollowUpWorkflow } from '../../workflow/followUps.js';
import { everyInterval } from '../../app/scheduler.js';
import { applyDecision } from '../../store/shared.js';
import { may } from '../../domain/roles.js';
import { joinDutch } from '../../domain/cases/privacy.js';
import {
  answerTicket,
  claimTicket,
  closeTicket,
  followUpTicket,
  forwardTicket,
  planCallback,
  type TicketDecision,
} from '../../domain/advice/decisions.js';
import { reminderIsDue } from '../../domain/advice/reminders.js';
import { isDueForTextRemoval, removeTexts } from '../../domain/advice/retention.js';
import type { Actor, Ticket } from '../../domain/advice/ticket.js';
import { adviceAnswerCard, ageLabel, ticketCard } from '../../cards/adviceCards.js';
import { messageCard } from '../../cards/messageCard.js';
import { Verbs } from '../../cards/verbs.js';
import { expireDrafts } from './drafts.js';
import { AnswerPayload, FollowUpPayload, TicketPayload } from './payloads.js';
import { AdviceTexts as T } from './texts.js';
import type { Message } from '../../store/records.js';
import { channelDirectory } from '../../store/channelDirectory.js';
import { replacePostedCard } from '../../workflow/postedCard.js';
import { ticketQueries } from '../../store/ticketQueries.js';

export const ticketPostKind = 'advice-ticket';

/** Where a ticket's post stands after an attempt to queue it. */
export type PostState = 'queued' | 'waiting-for-channel';

/**
 * Queues the post of a stored ticket as a thread in its Veilig Thuis channel, then records that on
 * the ticket. The outbox id makes this idempotent, so a crash between the two steps is repaired by
 * running it again (a resend of the card, or the recovery pass) without a second post.
 */
export async function queueTicketPost(deps: Deps, ticket: Ticket): Promise<PostState> {
  if (isPostQueued(ticket)) return 'queued';
  const channel = await channelDirectory(deps.store.channels).veiligThuisChannelFor(ticket.adviceTeam);
  if (!channel) return 'waiting-for-channel';
  await deps.outbox.enqueue([
    { id: `ticket:${ticket.id}:post`, kind: ticketPostKind, target: { kind: 'channel', channelId: channel.id, newThread: true }, message: { cards: [ticketCard({ ticket, now: deps.clock.now() })] } },
  ]);
  const nowIso = deps.clock.now().toISOString();
  await deps.store.tickets.update(ticket.id, (cur) => ({ next: cur && !cur.postQueuedAt ? { ...cur, channelId: channel.id, postQueuedAt: nowIso } : undefined, result: undefined }));
  return 'queued';
}

/** Tells the coordinators that a question waits for a Veilig Thuis channel (once per ticket). */
export async function alertNoChannel(deps: Deps, ticket: Ticket): Promise<void> {
  await deps.notifier.coordinators(`advice-no-channel:${ticket.id}`, { text: T.noChannelCoordinators(ticket.number) });
}

/** Tickets stored before postQueuedAt existed count as queued once they were posted. */
export const isPostQueued = (t: Ticket) => Boolean(t.postQueuedAt || t.postedAt || t.thread);
const isWaitingForPost = (t: Ticket) => !isPostQueued(t) && t.status !== 'closed' && t.question !== null;

/**
 * The recovery pass: queues every ticket whose post is not queued yet (asked while no Veilig Thuis
 * channel was linked, or left behind by a crash) and tells its asker it is on its way now.
 */
export async function postWaitingTickets(deps: Deps): Promise<{ queued: number; waiting: number }> {
  const waiting = (await ticketQueries(deps.store.tickets).open()).filter(isWaitingForPost);
  let queued = 0;
  for (const t of waiting) {
    if ((await queueTicketPost(deps, t)) !== 'queued') break;
    queued += 1;
    await tellAsker(deps, t, 'queued-late', { text: T.forwardedLate(t.number) });
  }
  return { queued, waiting: waiting.length - queued };
}

type AdvisorAction = (t: Ticket, actor: Actor, data: Record<string, unknown>, nowIso: string) => TicketDecision;

/** The Veilig Thuis side of a ticket (claim, answer, callback, forward, close) and the asker's replies. */
export function registerTicketActions(routes: Routes, deps: Deps): void {
  deps.outbox.onSettled(ticketPostKind, async ({ item, posted }) => {
    const id = item.id.replace(/^ticket:/, '').replace(/:post$/, '');
    if (!posted) return;
    const ref = (await deps.store.channels.get((item.target as { channelId: string }).channelId))?.reference;
    await deps.store.tickets.update(id, (cur) => ({
      next: cur && { ...cur, postedAt: cur.postedAt ?? deps.clock.now().toISOString(), thread: { conversationId: posted.conversationId, activityId: posted.activityId, serviceUrl: ref?.serviceUrl ?? '' } },
      result: undefined,
    }));
  });

  const advisorAction = (verb: string, decide: AdvisorAction, after?: (deps: Deps, t: Ticket) => Promise<void>) =>
    onSharedCardClick<{ ticketId: string; data: Record<string, unknown> }, Ticket>(routes, deps, {
      verb,
      parse: (data) => ({ ...TicketPayload.parse(data), data }),
      gate: async (turn) => passWhen(may(deps.config.region, turn.person.aadObjectId, 'act-on-ticket'), { text: T.notAdvisor }),
      decide: async ({ ticketId, data }, actor) => {
        const decision = await applyDecision(deps.store.tickets, ticketId, (t) => decide(t, actor, data, deps.clock.now().toISOString()));
        if (!decision) return { ok: false, answer: { text: T.ticketNotFound } };
        if (!decision.ok) return { ok: false, answer: { card: ticketCard({ ticket: decision.current, now: deps.clock.now(), refusal: refusalText(decision) }) } };
        return { ok: true, done: decision.next };
      },
      audit: (t) => ({ action: verb, recordType: 'ticket', recordId: t.id, detail: { status: t.status } }),
      render: async (t, _input, actor) => {
        const card = ticketCard({ ticket: t, now: deps.clock.now(), notice: verb === Verbs.ticketForward ? T.forwarded(actor.name) : undefined });
        return { forAll: card, forClicker: { card } };
      },
      after: after && ((t) => after(deps, t)),
    });

  advisorAction(Verbs.ticketClaim, (t, actor, _d, now) => claimTicket(t, actor, now), (d, t) => tellAsker(d, t, `claimed`, { text: T.claimed(t.number) }));
  advisorAction(Verbs.ticketAnswer, (t, actor, data, now) => answerTicket(t, actor, AnswerPayload.parse(data).answer, now), relayAnswer);
  advisorAction(Verbs.ticketCallback, (t, actor, _d, now) => planCallback(t, actor, now), (d, t) => tellAsker(d, t, 'callback', { text: T.callbackPlanned(t.number) }));
  advisorAction(Verbs.ticketForward, (t, actor) => forwardTicket(t, actor));
  advisorAction(Verbs.ticketClose, (t, actor, _d, now) => closeTicket(t, actor, now), (d, t) => tellAsker(d, t, 'closed', { text: T.closedByVt(t.number) }));

  routes.click(Verbs.ticketRefresh, async (turn, reply) => {
    if (!may(deps.config.region, turn.person.aadObjectId, 'view-ticket')) return reply.answerClick({ text: T.notVeiligThuis });
    const { ticketId } = TicketPayload.parse(dataOf(turn));
    const t = await deps.store.tickets.get(ticketId);
    await reply.answerClick(t ? { card: ticketCard({ ticket: t, now: deps.clock.now() }) } : { text: T.ticketNotFound });
  });

  /** The asker's own buttons on the answer in their chat: the ticket changes, its channel card catches up. */
  const askerAction = <I extends { ticketId: string }>(verb: string, parse: (data: Record<string, unknown>) => I, decide: (t: Ticket, asker: Actor, input: I, nowIso: string) => TicketDecision, thanks: (t: Ticket) => string, after?: (t: Ticket, input: I) => Promise<void>) =>
    onSharedCardClick<I, Ticket>(routes, deps, {
      verb,
      parse,
      gate: async () => ({ ok: true, found: undefined }),
      decide: async (input, asker) => {
        const decision = await applyDecision(deps.store.tickets, input.ticketId, (t) => decide(t, asker, input, deps.clock.now().toISOString()));
        if (!decision) return { ok: false, answer: { text: T.ticketNotFound } };
        return decision.ok ? { ok: true, done: decision.next } : { ok: false, answer: { text: refusalText(decision) } };
      },
      audit: (t) => ({ action: 'ticket.asker_update', recordType: 'ticket', recordId: t.id, detail: { status: t.status } }),
      render: async (t) => ({ forClicker: { card: messageCard({ title: `Adviesvraag #${t.number}`, text: thanks(t) }) } }),
      after: async (t, input) => {
        await after?.(t, input);
        await refreshChannelCard(deps, t);
      },
    });

  askerAction(
    Verbs.adviceResolved,
    (data) => TicketPayload.parse(data),
    (t, asker, _input, now) => (t.asker.aadId === asker.aadId ? closeTicket(t, asker, now) : { ok: false, reason: 'not-asker', current: t }),
    (t) => T.resolvedThanks(t.number),
  );
  askerAction(
    Verbs.adviceFollowUp,
    (data) => FollowUpPayload.parse(data),
    (t, asker, { followUp }, now) => followUpTicket(t, asker, followUp, now),
    (t) => T.followUpSent(t.number),
    async (t, { followUp }) => {
      if (!t.thread) return;
      await deps.outbox.enqueue([
        {
          id: `ticket:${t.id}:followup:${t.version}`,
          kind: 'advice-followup',
          target: { kind: 'conversation', reference: { serviceUrl: t.thread.serviceUrl, channelId: 'msteams', conversation: { id: t.thread.conversationId } } },
          message: { text: `${T.followUpInThread(t.number)}\n\n${followUp.trim()}` },
        },
      ]);
    },
  );

  deps.scheduler.add({ name: 'advice-waiting-posts', ...everyInterval(60_000), run: () => postWaitingTickets(deps) });
  deps.scheduler.add(followUpJob(deps, unclaimedReminders(deps)));
  deps.scheduler.add({ name: 'advice-retention', ...everyInterval(60 * 60_000), run: () => applyRetention(deps) });
}

/** Brings the ticket card in the Veilig Thuis channel up to date after a change made elsewhere. */
async function refreshChannelCard(deps: Deps, t: Ticket): Promise<void> {
  if (!t.thread) return;
  const reference = { serviceUrl: t.thread.serviceUrl, channelId: 'msteams', conversation: { id: t.thread.conversationId } };
  await replacePostedCard(deps, { reference, activityId: t.thread.activityId }, ticketCard({ ticket: t, now: deps.clock.now() }), { ticket: t.id });
}

async function tellAsker(deps: Deps, t: Ticket, event: string, message: Message): Promise<void> {
  await deps.outbox.enqueue([{ id: `ticket:${t.id}:${event}:${t.version}`, kind: 'advice-relay', target: { kind: 'personal', aadObjectId: t.asker.aadId }, message }]);
}

async function relayAnswer(deps: Deps, t: Ticket): Promise<void> {
  const last = t.messages.at(-1)!;
  const card = adviceAnswerCard({
    ticketId: t.id,
    number: t.number,
    answer: last.text ?? '',
    advisorName: deps.config.region.advice.showAdvisorName ? t.holder?.name : undefined,
    open: true,
  });
  await tellAsker(deps, t, 'answer', { cards: [card] });
}

/** Refusals go to the clicker only; among Veilig Thuis colleagues the holder's name is shown. */
function refusalText(d: Extract<TicketDecision, { ok: false }>): string {
  if (d.reason === 'held-by-other') return T.refusal['held-by-other'](d.current.holder?.name || T.anAdvisor);
  if (d.reason === 'identifying-data') return T.refusal['identifying-data'](joinDutch(d.found ?? []));
  return T.refusal[d.reason];
}

type TicketReminder = { kind: 'reminder'; n: number };

/** "Nog niet opgepakt": repeated reminders in the ticket's thread and to the coordinators, in working time. */
function unclaimedReminders(deps: Deps): FollowUpWorkflow<Ticket, TicketReminder> {
  const region = deps.config.region;
  return {
    name: 'advice-reminders',
    intervalMs: 5 * 60_000,
    candidates: () => deps.store.tickets.list({ status: 'new' }),
    due: (t, now) => (reminderIsDue(t, region, now) ? [{ kind: 'reminder', n: t.reminders.length + 1 }] : []),
    send: async (t, { n }, now) => {
      const id = `ticket:${t.id}:reminder:${n}`;
      const text = T.reannounce(t.number, ageLabel(new Date(t.createdAt), now));
      if (t.thread) {
        await deps.outbox.enqueue([
          { id, kind: 'advice-reminder', target: { kind: 'conversation', reference: { serviceUrl: t.thread.serviceUrl, channelId: 'msteams', conversation: { id: t.thread.conversationId } } }, message: { text } },
        ]);
      }
      const team = region.advice.teams.find((x) => x.key === t.adviceTeam)?.label ?? t.adviceTeam;
      await deps.notifier.people(id, region.roles.coordinators, { text: T.reminderCoordinators(t.number, team) });
      return true;
    },
    record: (t, { n }, now) =>
      deps.store.tickets.update(t.id, (cur) => {
        if (!cur || cur.reminders.length >= n) return { result: cur ?? t };
        const next = { ...cur, reminders: [...cur.reminders, now.toISOString()] };
        return { next, result: next };
      }),
  };
}

/** Clears the texts of tickets past their retention term and makes that reach the disk at once. */
async function applyRetention(deps: Deps) {
  const now = deps.clock.now();
  const days = deps.config.region.advice.retentionDays;
  let cleared = 0;
  for (const t of await deps.store.tickets.list()) {
    if (!isDueForTextRemoval(t, days, now)) continue;
    await deps.store.tickets.update(t.id, (cur) => (cur && isDueForTextRemoval(cur, days, now) ? { next: removeTexts(cur, now.toISOString()), result: undefined } : { result: undefined }));
    cleared += 1;
  }
  const drafts = await expireDrafts(deps, now);
  if (cleared + drafts > 0) await deps.store.compact();
  return { cleared, drafts };
}
