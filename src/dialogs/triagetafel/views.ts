/** The triagetafel's cards, from a case. Pure. */
import { triageCard } from '../../cards/triageCard.js';
import type { Card } from '../../cards/card.js';
import { messageCard } from '../../cards/messageCard.js';
import { formatDutchDate, formatDutchInstant } from '../../domain/calendar.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { TriageOptions } from '../../domain/cases/triage.js';
import type { Message } from '../../store/records.js';
import { TriageOptionLabels, TriageTexts as T } from './texts.js';

export type Notice = { text: string; style: 'good' | 'attention' };

/** A melding's card on the triagetafel: the same for everyone, with a line for the clicker when there is one. */
export function triageItemCard(c: HandoverCase, timeZone: string, notice?: Notice): Card {
  const proposal = c.triage?.proposal;
  const decision = c.triage?.decision;
  const stateLine = decision
    ? T.decision(TriageOptionLabels[decision.option], decision.byName, decision.agreedByName, formatDutchInstant(decision.agreedAt, timeZone), decision.reason)
    : proposal
      ? T.proposal(TriageOptionLabels[proposal.option], proposal.side, proposal.byName, proposal.reason)
      : c.stage === 'melding'
        ? T.noProposal
        : T.notAtTriage;
  return triageCard({
    reference: c.reference,
    title: T.title(c.gemeente, c.reference),
    spoedLine: c.urgent ? T.spoedLine : '',
    facts: [
      { title: T.factMelding, value: formatDutchDate(c.meldingOn) },
      { title: T.factContact, value: c.vtContact },
      { title: T.factSpoed, value: c.urgent ? T.yes : T.no },
    ],
    summary: c.summary,
    stateLine,
    stateStyle: decision ? 'good' : 'default',
    notice: notice?.text ?? '',
    noticeStyle: notice?.style ?? 'good',
    ...(proposal && !decision ? { proposal: { option: proposal.option, at: proposal.at } } : {}),
    agreeTitle: T.agree,
    open: c.stage === 'melding',
    optionLabel: T.optionLabel,
    optionError: T.optionError,
    options: TriageOptions.map((o) => ({ title: TriageOptionLabels[o], value: o })),
    reasonLabel: T.reasonLabel,
    proposeTitle: T.propose,
    footer: T.footer,
  });
}

export function triageItemMessage(c: HandoverCase, timeZone: string): Message {
  return { summary: T.title(c.gemeente, c.reference), cards: [triageItemCard(c, timeZone)] };
}

/** What Veilig Thuis's channel hears once a decision is recorded. */
export function decidedNoticeCard(c: HandoverCase, timeZone: string): Card {
  const d = c.triage!.decision!;
  return messageCard({
    title: T.decidedNoticeTitle(c.reference, c.gemeente),
    text: T.decision(TriageOptionLabels[d.option], d.byName, d.agreedByName, formatDutchInstant(d.agreedAt, timeZone), d.reason),
    style: 'good',
  });
}

/** The text of `triage`: the meldingen that wait for a decision, oldest first, at most `max` lines. */
export function overviewCard(gemeente: string, waiting: HandoverCase[], max: number): Card {
  if (waiting.length === 0) return messageCard({ title: T.overviewNone(gemeente), text: '' });
  const lines = waiting.slice(0, max).map((c) => T.overviewLine(c.reference, c.urgent, c.triage?.proposal ? T.overviewStateProposed(c.triage.proposal.side) : T.overviewStateOpen));
  if (waiting.length > max) lines.push(T.overviewMore(waiting.length - max));
  return messageCard({ title: T.overviewTitle(gemeente, waiting.length), text: T.overviewNote, lines });
}
