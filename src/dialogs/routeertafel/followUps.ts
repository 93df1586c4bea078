/**
 * The hourly follow-up job (opschaling): for every case, what dueFollowUps says is due — the
 * reminder in the gemeente channel, each rung of the region's escalation ladder, the monitoring
 * question — is sent through the outbox and then recorded on the case. Outbox ids and notifier
 * keys are `followup:<reference>:<level>` (`monitoring:<reference>:<due>`), and recordFollowUp
 * refuses a second record: a rerun after a crash sends and records nothing twice.
 */
import type { Deps } from '../../app/deps.js';
import { everyInterval, type JobSummary, type ScheduledJob } from '../../app/scheduler.js';
import { daysBetween, formatDutchWeek, workingDaysBetween, zonedDate } from '../../domain/calendar.js';
import { REMINDER_LEVEL, type HandoverCase } from '../../domain/cases/case.js';
import { RouteLabels } from '../../domain/cases/fields.js';
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

export const FOLLOW_UP_JOB_NAME = 'routeertafel-followups';
export const FOLLOW_UP_KIND = 'routeertafel-followup';
const HOUR_MS = 60 * 60 * 1000;

export function followUpJob(deps: Deps): ScheduledJob {
  return { name: FOLLOW_UP_JOB_NAME, ...everyInterval(HOUR_MS), run: () => runFollowUps(deps) };
}

export async function runFollowUps(deps: Deps): Promise<JobSummary> {
  const region = deps.config.region;
  const now = deps.clock.now();
  const channels = await channelDirectory(deps.store.channels).gemeenteChannels();
  const counts = { reminders: 0, escalations: 0, monitoring: 0, waitingForChannel: 0 };
  for (const stored of await deps.store.cases.list()) {
    if (stored.status === 'returned') continue;
    let c = stored;
    for (const followUp of dueFollowUps(stored, region, now)) {
      const sent = await send(deps, c, followUp, channels.get(c.gemeente), now);
      if (!sent) {
        counts.waitingForChannel++;
        continue;
      }
      c = await deps.store.cases.update<HandoverCase>(c.reference, (cur) => {
        const decision = cur && recordFollowUp(cur, followUp, now.toISOString());
        return decision?.ok ? { next: decision.next, result: decision.next } : { result: cur ?? c };
      });
      if (followUp.kind === 'reminder') counts.reminders++;
      else if (followUp.kind === 'escalation') counts.escalations++;
      else counts.monitoring++;
    }
  }
  return counts;
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
  const gemeente = findGemeente(region, c.gemeente);
  let reached = 0;
  for (const target of f.notify) {
    switch (target) {
      case 'gemeente-channel':
        if (!channel) break;
        await deps.outbox.enqueue([{ id: key, kind: FOLLOW_UP_KIND, target: { kind: 'channel', channelId: channel.id, newThread: true }, message: f.kind === 'reminder' ? cardMessage(reminderCard(region, c, now)) : escalation }]);
        reached++;
        break;
      case 'leidinggevenden':
        reached += await deps.notifier.people(key, gemeente?.leidinggevenden ?? [], escalation);
        break;
      case 'gedragswetenschappers':
        reached += await deps.notifier.people(key, gemeente?.gedragswetenschappers ?? [], escalation);
        break;
      case 'coordinators':
        reached += await deps.notifier.coordinators(key, escalation);
        break;
      case 'vt-channel':
        reached += await deps.notifier.veiligThuisChannels(key, escalation);
        break;
    }
  }
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
      routeLabel: RouteLabels[c.route],
      urgent: c.urgent,
      waitingDays: Math.max(0, daysBetween(c.meldingOn, zonedDate(now, region.timezone))),
      remindedOn: reminded ? whenLabel(reminded.at, region.timezone) : '',
    }),
  });
}
