/**
 * The hourly follow-up job (opschaling): for every case, what dueFollowUps says is due — the
 * reminder in the gemeente channel, each rung of the region's escalation ladder, the monitoring
 * question — is sent through the outbox and then recorded on the case. Outbox ids and notifier
 * keys are `followup:<reference>:<level>` (`monitoring:<reference>:<due>`), and recordFollowUp
 * refuses a second record: a rerun after a crash sends and records nothing twice.
 */
import type { Deps } from '../../app/deps.js';
import type { FollowUpWorkflow } from '../../workflow/followUps.js';
import { daysBetween, formatDutchWeek, workingDaysBetween, zonedDate } from '../../domain/calendar.js';
import { REMINDER_LEVEL, type HandoverCase } from '../../domain/cases/case.js';
import { routeLabelOf } from '../../domain/cases/fields.js';
import { findGemeente, type Region } from '../../domain/region.js';
import { dueFollowUps, recordFollowUp, type EscalationFollowUp, type FollowUp } from '../../domain/routeertafel/escalation.js';
import { tableDateOf } from '../../domain/routeertafel/schedule.js';
import { handoverNoticeCard } from '../../cards/routeertafelNoticeCard.js';
import type { ChannelRecord } from '../../store/records.js';
import { monitoringQuestionCard } from './monitoring.js';
import { RouteertafelTexts as T } from './texts.js';
import { whenLabel } from './views.js';
import type { Card } from '../../cards/card.js';
import type { Message } from '../../store/records.js';
import { channelDirectory } from '../../store/channelDirectory.js';
import { sendLadderRung } from '../../workflow/ladderRung.js';
import { caseQueries } from '../../store/caseQueries.js';

export const FOLLOW_UP_JOB_NAME = 'routeertafel-followups';
export const FOLLOW_UP_KIND = 'routeertafel-followup';
const HOUR_MS = 60 * 60 * 1000;

/** Reminders, the region's escalation ladder and the monitoring question, on the workflow kit's engine. */
export function caseFollowUps(deps: Deps): FollowUpWorkflow<HandoverCase, FollowUp> {
  const region = deps.config.region;
  const directory = channelDirectory(deps.store.channels);
  return {
    name: FOLLOW_UP_JOB_NAME,
    intervalMs: HOUR_MS,
    candidates: () => caseQueries(deps.store.cases).handoversInProgress(),
    due: (c, now) => dueFollowUps(c, region, now),
    send: async (c, followUp, now) => send(deps, c, followUp, await directory.gemeenteChannel(c.gemeente), now),
    record: (c, followUp, now) =>
      deps.store.cases.update<HandoverCase>(c.reference, (cur) => {
        const decision = cur && recordFollowUp(cur, followUp, now.toISOString());
        return decision?.ok ? { next: decision.next, result: decision.next } : { result: cur ?? c };
      }),
  };
}

/** Sends one follow-up; false when it cannot be sent yet (a monitoring question without a gemeente channel). */
async function send(deps: Deps, c: HandoverCase, f: FollowUp, channel: ChannelRecord | undefined, now: Date): Promise<boolean> {
  const region = deps.config.region;
  if (f.kind === 'monitoring') {
    if (!channel) return false;
    const question = cardMessage(monitoringQuestionCard(region, c, f.dueAt));
    await deps.outbox.enqueue([{ id: `monitoring:${c.reference}:${f.dueAt}`, kind: FOLLOW_UP_KIND, target: { kind: 'channel', channelId: channel.id, newThread: true }, message: question }]);
    return true;
  }
  const key = `followup:${c.reference}:${f.level}`;
  const escalation = cardMessage(escalationCard(region, c, f, now));
  const reached = await sendLadderRung(deps, {
    key,
    kind: FOLLOW_UP_KIND,
    notify: f.notify,
    gemeente: findGemeente(region, c.gemeente),
    channel,
    message: escalation,
    ...(f.kind === 'reminder' ? { channelMessage: cardMessage(reminderCard(region, c, now)) } : {}),
  });
  // Recorded even when nobody could be reached: the ladder goes on, and `status` lists the case.
  deps.log.info('case_follow_up', { reference: c.reference, level: f.level, reached });
  return true;
}

function cardMessage(card: Card): Message {
  return { cards: [card] };
}

function workingDaysSinceTable(region: Region, c: HandoverCase, now: Date): number {
  return workingDaysBetween(tableDateOf(region, c.tableWeek), zonedDate(now, region.timezone), region);
}

function reminderCard(region: Region, c: HandoverCase, now: Date): Card {
  return handoverNoticeCard({
    title: T.reminderTitle(c.reference),
    text: T.reminderText(formatDutchWeek(c.tableWeek), workingDaysSinceTable(region, c, now)),
    style: 'warning',
    facts: [],
  });
}

function escalationCard(region: Region, c: HandoverCase, f: EscalationFollowUp, now: Date): Card {
  const reminded = c.escalations.find((e) => e.level === REMINDER_LEVEL);
  return handoverNoticeCard({
    title: T.escalationTitle(c.reference, c.gemeente),
    text: T.escalationText(c.gemeente, formatDutchWeek(c.tableWeek), workingDaysSinceTable(region, c, now), f.level),
    style: 'attention',
    facts: T.escalationFacts({
      routeLabel: routeLabelOf(c.route),
      urgent: c.urgent,
      waitingDays: Math.max(0, daysBetween(c.meldingOn, zonedDate(now, region.timezone))),
      remindedOn: reminded ? whenLabel(reminded.at, region.timezone) : '',
    }),
  });
}
