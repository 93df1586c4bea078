/**
 * A melding at a triagetafel that is still undecided after the table met goes up the region's
 * escalation ladder, as an unconfirmed handover does: each rung afterWorkingDays working days after
 * the previous one, the first counted from the table's date, at the table's time. Pure: the caller
 * sends each rung and then records it with recordTriageEscalation, so nothing repeats.
 */
import { addWorkingDays, zonedDateTimeToInstant } from '../calendar.js';
import type { NotifyTarget, Region } from '../region.js';
import { tableDateOf } from '../routeertafel/schedule.js';
import type { HandoverCase } from './case.js';
import { instant, refuse, type Decision } from './decisions.js';

export type TriageEscalation = { kind: 'triage-escalation'; level: string; notify: NotifyTarget[]; dueAt: string };

/** Triage rungs are kept in the case's escalations beside the handover's, under their own names. */
export const triageLevel = (rung: string) => `triage-${rung}`;

export function triageEscalationSchedule(c: HandoverCase, region: Region): TriageEscalation[] {
  const { escalationLadder, tableTime } = region.routeertafel;
  let date = tableDateOf(region, c.tableWeek);
  return escalationLadder.map((rung) => {
    date = addWorkingDays(date, rung.afterWorkingDays, region);
    return { kind: 'triage-escalation', level: triageLevel(rung.level), notify: [...rung.notify], dueAt: zonedDateTimeToInstant(date, tableTime, region.timezone).toISOString() };
  });
}

function undecided(c: HandoverCase): boolean {
  return c.stage === 'melding' && !c.triage?.decision;
}

/** The rungs due at `now` and not yet recorded, in ladder order; none once the triage is decided. */
export function dueTriageEscalations(c: HandoverCase, region: Region, now: Date): TriageEscalation[] {
  if (!undecided(c)) return [];
  const recorded = new Set(c.escalations.map((e) => e.level));
  return triageEscalationSchedule(c, region).filter((f) => !recorded.has(f.level) && Date.parse(f.dueAt) <= now.getTime());
}

/** Records that a rung went out, once per level and only while the melding is undecided. */
export function recordTriageEscalation(c: HandoverCase, level: string, nowIso: string): Decision {
  const at = instant(nowIso);
  if (!undecided(c)) return refuse(c, 'not-at-triage');
  if (c.escalations.some((e) => e.level === level)) return refuse(c, 'already-recorded');
  return { ok: true, next: { ...c, escalations: [...c.escalations, { level, at }], version: c.version + 1 } };
}
