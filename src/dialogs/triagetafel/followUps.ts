/**
 * The hourly follow-up of undecided meldingen at a triagetafel: each rung of the region's ladder is
 * sent (key `triage-followup:<reference>:<level>`) and then recorded on the case, on the workflow
 * kit's engine.
 */
import type { Deps } from '../../app/deps.js';
import { messageCard } from '../../cards/messageCard.js';
import { formatDutchWeek, workingDaysBetween, zonedDate } from '../../domain/calendar.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { dueTriageEscalations, recordTriageEscalation, type TriageEscalation } from '../../domain/cases/triageFollowUps.js';
import { findGemeente } from '../../domain/region.js';
import { tableDateOf } from '../../domain/routeertafel/schedule.js';
import { channelDirectory } from '../../store/channelDirectory.js';
import type { FollowUpWorkflow } from '../../workflow/followUps.js';
import { sendLadderRung } from '../../workflow/ladderRung.js';
import { isTriagetafel } from './announce.js';
import { TriageTexts as T } from './texts.js';

const HOUR_MS = 60 * 60 * 1000;

export function triageFollowUps(deps: Deps): FollowUpWorkflow<HandoverCase, TriageEscalation> {
  const region = deps.config.region;
  const directory = channelDirectory(deps.store.channels);
  return {
    name: 'triage-followups',
    intervalMs: HOUR_MS,
    candidates: async () => (await deps.store.cases.list({ stage: 'melding' })).filter((c) => isTriagetafel(region, c.gemeente)),
    due: (c, now) => dueTriageEscalations(c, region, now),
    send: async (c, f, now) => {
      const days = workingDaysBetween(tableDateOf(region, c.tableWeek), zonedDate(now, region.timezone), region);
      const disagree = (c.triage?.proposals ?? 0) > 1;
      const card = messageCard({
        title: T.escalationTitle(c.reference, c.gemeente),
        text: T.escalationText(formatDutchWeek(c.tableWeek), days, disagree, f.level.replace(/^triage-/, '')),
        style: 'attention',
      });
      const reached = await sendLadderRung(deps, {
        key: `triage-followup:${c.reference}:${f.level}`,
        kind: 'triage-followup',
        notify: f.notify,
        gemeente: findGemeente(region, c.gemeente),
        channel: await directory.gemeenteChannel(c.gemeente),
        message: { summary: T.escalationTitle(c.reference, c.gemeente), cards: [card] },
      });
      // Recorded even when nobody could be reached: the ladder goes on.
      deps.log.info('triage_follow_up', { reference: c.reference, level: f.level, reached });
      return true;
    },
    record: (c, f, now) =>
      deps.store.cases.update<HandoverCase>(c.reference, (cur) => {
        const decision = cur && recordTriageEscalation(cur, f.level, now.toISOString());
        return decision?.ok ? { next: decision.next, result: decision.next } : { result: cur ?? c };
      }),
  };
}
