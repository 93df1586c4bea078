/**
 * Which cases of a period a gemeente and Veilig Thuis evaluate together (issue: "returned handovers,
 * escalations past the first rung, nieuwe zorgen during monitoring, the longest waits"). Pure.
 */
import { daysBetween, zonedDate, type IsoDate } from '../calendar.js';
import { REMINDER_LEVEL, type HandoverCase } from '../cases/case.js';
import type { ProposalReason, ProposedCase } from './evaluation.js';

/** The longest waits proposed besides the cases that stand out for another reason. */
export const LONGEST_WAITS = 3;
/** At most this many cases per evaluation: a table discusses a few cases well rather than many briefly. */
export const MAX_PROPOSED = 10;

export function proposeCases(cases: HandoverCase[], from: IsoDate, to: IsoDate, timeZone: string): ProposedCase[] {
  const inPeriod = (at: string | undefined) => {
    if (!at) return false;
    const date = zonedDate(new Date(at), timeZone);
    return date >= from && date <= to;
  };
  const flagged: ProposedCase[] = [];
  const waits: ProposedCase[] = [];
  for (const c of cases) {
    const reasons: ProposalReason[] = [];
    if (inPeriod(c.returned?.at)) reasons.push('returned');
    const rungs = new Set(c.escalations.filter((e) => e.level !== REMINDER_LEVEL && inPeriod(e.at)).map((e) => e.level));
    if (rungs.size >= 2) reasons.push('escalated');
    if (c.monitoring?.answer === 'nieuwe-zorgen' && inPeriod(c.monitoring.answeredAt)) reasons.push('nieuwe-zorgen');
    const handedOverAt = c.stages.find((s) => s.stage === 'overdracht')?.at;
    const waitDays = handedOverAt && inPeriod(handedOverAt) ? daysBetween(c.meldingOn, zonedDate(new Date(handedOverAt), timeZone)) : undefined;
    if (reasons.length > 0) flagged.push({ reference: c.reference, reasons, ...(waitDays !== undefined ? { waitDays } : {}) });
    else if (waitDays !== undefined && waitDays > 0) waits.push({ reference: c.reference, reasons: ['longest-wait'], waitDays });
  }
  const longest = waits.sort((a, b) => b.waitDays! - a.waitDays! || a.reference.localeCompare(b.reference)).slice(0, LONGEST_WAITS);
  const byWeight = flagged.sort((a, b) => b.reasons.length - a.reasons.length || a.reference.localeCompare(b.reference));
  return [...byWeight.slice(0, MAX_PROPOSED - longest.length), ...longest];
}
