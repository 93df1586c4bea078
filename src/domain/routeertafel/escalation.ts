/**
 * Follow-ups after the routeertafel (opschaling): a reminder to the gemeente when a handover is
 * not confirmed in time, then each rung of the region's escalation ladder (first the
 * leidinggevenden, sometimes the gedragswetenschappers, then the gemeente), and the monitoring
 * question some weeks after a confirmed handover.
 *
 * dueFollowUps only reads the case; the caller sends and then records each follow-up with
 * recordFollowUp. So calling it twice without recording gives the same answer, and after
 * recording nothing repeats.
 */
import { addDays, addWorkingDays, instantToZoned, zonedDateTimeToInstant } from '../calendar.js';
import { REMINDER_LEVEL, type HandoverCase } from '../cases/case.js';
import { recordEscalation, recordMonitoringAsked, type Decision } from '../cases/decisions.js';
import type { NotifyTarget, Region } from '../region.js';
import { tableDateOf } from './schedule.js';

export type EscalationFollowUp = { kind: 'reminder' | 'escalation'; level: string; notify: NotifyTarget[]; dueAt: string };
export type MonitoringFollowUp = { kind: 'monitoring'; dueAt: string };
export type FollowUp = EscalationFollowUp | MonitoringFollowUp;

/** Who gets the reminder: the gemeente's own channel, where the handover card is. */
export const REMINDER_NOTIFY: NotifyTarget[] = ['gemeente-channel'];

/**
 * The reminder and every rung of the ladder with its due moment. The reminder is due
 * reminderAfterWorkingDays working days after the table date, at the table's time; each rung
 * afterWorkingDays working days after the previous one's due date (not after it was sent).
 */
export function escalationSchedule(c: HandoverCase, region: Region): EscalationFollowUp[] {
  const { reminderAfterWorkingDays, escalationLadder, tableTime } = region.routeertafel;
  const at = (date: string) => zonedDateTimeToInstant(date, tableTime, region.timezone).toISOString();
  let date = addWorkingDays(tableDateOf(region, c.tableWeek), reminderAfterWorkingDays, region);
  const schedule: EscalationFollowUp[] = [{ kind: 'reminder', level: REMINDER_LEVEL, notify: REMINDER_NOTIFY, dueAt: at(date) }];
  for (const rung of escalationLadder) {
    date = addWorkingDays(date, rung.afterWorkingDays, region);
    schedule.push({ kind: 'escalation', level: rung.level, notify: [...rung.notify], dueAt: at(date) });
  }
  return schedule;
}

/**
 * When the monitoring question is due, or null when it is not (not confirmed, already asked and
 * waiting for an answer, or answered for good). After 'loopt-nog' it is asked again
 * monitoringAfterWeeks after that answer.
 */
export function monitoringDueAt(c: HandoverCase, region: Region): string | null {
  if (c.status !== 'confirmed' || !c.confirmation) return null;
  const m = c.monitoring;
  const weeks = region.routeertafel.monitoringAfterWeeks;
  if (!m?.askedAt) return addWeeksInZone(c.confirmation.at, weeks, region.timezone);
  const answeredSinceAsked = m.answeredAt !== undefined && Date.parse(m.answeredAt) >= Date.parse(m.askedAt);
  if (answeredSinceAsked && m.answer === 'loopt-nog') return addWeeksInZone(m.answeredAt!, weeks, region.timezone);
  return null;
}

/** Same local time, `weeks` weeks later (DST-safe). */
function addWeeksInZone(iso: string, weeks: number, timeZone: string): string {
  const local = instantToZoned(new Date(iso), timeZone);
  return zonedDateTimeToInstant(addDays(local.date, weeks * 7), local.time, timeZone).toISOString();
}

/**
 * Everything due for a case at `now` that has not been recorded yet, oldest first. When several
 * rungs fell due at once (e.g. the bot was down) they are all returned, in ladder order.
 */
export function dueFollowUps(c: HandoverCase, region: Region, now: Date): FollowUp[] {
  if (c.status === 'open') {
    const recorded = new Set(c.escalations.map((e) => e.level));
    return escalationSchedule(c, region).filter((f) => !recorded.has(f.level) && Date.parse(f.dueAt) <= now.getTime());
  }
  const monitoringDue = monitoringDueAt(c, region);
  if (monitoringDue && Date.parse(monitoringDue) <= now.getTime()) return [{ kind: 'monitoring', dueAt: monitoringDue }];
  return [];
}

/** Records that a follow-up was sent, so dueFollowUps no longer returns it. */
export function recordFollowUp(c: HandoverCase, followUp: FollowUp, nowIso: string): Decision {
  return followUp.kind === 'monitoring'
    ? recordMonitoringAsked(c, followUp.dueAt, nowIso)
    : recordEscalation(c, followUp.level, nowIso);
}
