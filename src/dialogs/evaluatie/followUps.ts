/**
 * Agreements from the evaluations, followed up on the workflow kit's engine: on the agreement's date
 * the gemeente channel is reminded, five working days later the coordinators hear. Outbox ids and
 * notifier keys are `evaluatie-afspraak:<evaluation>:<lesson>:<kind>`, so nothing goes out twice.
 */
import type { Deps } from '../../app/deps.js';
import { messageCard } from '../../cards/messageCard.js';
import { formatDutchDate, zonedDate } from '../../domain/calendar.js';
import { dueAgreementFollowUps, recordAgreementFollowUp, type AgreementFollowUp } from '../../domain/evaluation/decisions.js';
import { openAgreements, type Evaluation } from '../../domain/evaluation/evaluation.js';
import { findGemeente } from '../../domain/region.js';
import { channelDirectory } from '../../store/channelDirectory.js';
import type { FollowUpWorkflow } from '../../workflow/followUps.js';
import { sendLadderRung } from '../../workflow/ladderRung.js';
import { EvaluatieTexts as T, OwnerLabels } from './texts.js';
import { periodLabel } from './views.js';

export const AGREEMENT_FOLLOW_UP_JOB_NAME = 'evaluatie-afspraken';
const KIND = 'evaluatie-afspraak';
const HOUR_MS = 60 * 60 * 1000;

export function agreementFollowUps(deps: Deps): FollowUpWorkflow<Evaluation, AgreementFollowUp> {
  const region = deps.config.region;
  const directory = channelDirectory(deps.store.channels);
  return {
    name: AGREEMENT_FOLLOW_UP_JOB_NAME,
    intervalMs: HOUR_MS,
    candidates: async () => (await deps.store.evaluations.list()).filter((e) => openAgreements(e).length > 0),
    due: (e, now) => dueAgreementFollowUps(e, zonedDate(now, region.timezone), region),
    send: async (e, f) => {
      const a = e.lessons.find((l) => l.number === f.lesson)?.agreement;
      if (!a) return true;
      const text = T.reminderText(a.text, OwnerLabels[a.owner], formatDutchDate(a.due), periodLabel(e));
      const title = f.kind === 'reminder' ? T.reminderTitle(e.gemeente) : T.coordinatorsTitle(e.gemeente);
      const channel = await directory.gemeenteChannel(e.gemeente);
      if (f.kind === 'reminder' && !channel) return false;
      await sendLadderRung(deps, {
        key: `evaluatie-afspraak:${e.id}:${f.lesson}:${f.kind}`,
        kind: KIND,
        notify: f.kind === 'reminder' ? ['gemeente-channel'] : ['coordinators'],
        gemeente: findGemeente(region, e.gemeente),
        channel,
        message: { summary: title, cards: [messageCard({ title, text, style: 'attention' })] },
      });
      deps.log.info('evaluation_follow_up', { evaluation: e.id, lesson: f.lesson, kind: f.kind });
      return true;
    },
    record: (e, f, now) =>
      deps.store.evaluations.update<Evaluation>(e.id, (cur) => {
        if (!cur) return { result: e };
        const next = recordAgreementFollowUp(cur, f, now);
        return { next, result: next };
      }),
  };
}
