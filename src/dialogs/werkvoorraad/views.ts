/** The werksessie cards, from a gemeente's cases. Pure. */
import type { Card } from '../../cards/card.js';
import { messageCard } from '../../cards/messageCard.js';
import { werksessieCard, type WerksessieCardItem } from '../../cards/werksessieCard.js';
import { formatDutchInstant } from '../../domain/calendar.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { accelerationCounts, accelerationState, daysInWerkvoorraad } from '../../domain/cases/werkvoorraad.js';
import { VtStepLabels, WerkvoorraadTexts as T } from './texts.js';

/** Cases per werksessie card: each carries two small forms, well under Teams' card limit. */
export const WERKSESSIE_ITEMS_PER_CARD = 8;

export type Notice = { text: string; style: 'good' | 'attention' };

export interface WerksessieView {
  gemeente: string;
  /** The cases on this card, in order. */
  cases: HandoverCase[];
  /** All the gemeente's cases, for the counts. */
  all: HandoverCase[];
  now: Date;
  timeZone: string;
  notice?: Notice;
}

export function werksessiePageCard(v: WerksessieView): Card {
  return werksessieCard({
    gemeente: v.gemeente,
    title: T.title(v.gemeente),
    subtitle: T.subtitle(formatDutchInstant(v.now.toISOString(), v.timeZone), 1, 1),
    intro: `${T.intro(v.all.filter((c) => c.stage === 'werkvoorraad').length)} ${T.counts(accelerationCounts(v.all))}`,
    notice: v.notice?.text ?? '',
    noticeStyle: v.notice?.style ?? 'good',
    refs: v.cases.map((c) => c.reference).join(','),
    items: v.cases.map((c, k) => item(c, k + 1, v.now, v.timeZone)),
    footer: T.footer,
    labels: T.labels,
  });
}

export function emptyWerksessieCard(gemeente: string, all: HandoverCase[]): Card {
  return messageCard({ title: T.title(gemeente), text: `${T.empty(gemeente)} ${T.counts(accelerationCounts(all))}` });
}

function item(c: HandoverCase, slot: number, now: Date, timeZone: string): WerksessieCardItem {
  const inWerkvoorraad = c.stage === 'werkvoorraad';
  const state = accelerationState(c);
  const a = c.acceleration;
  const stateLine = !inWerkvoorraad
    ? T.stateLeft(T.stageLabels[c.stage])
    : state === 'offered'
      ? T.stateOffered(a!.offer.who, a!.offer.what, a!.offer.byName)
      : state === 'accepted'
        ? T.stateAccepted(a!.offer.who, a!.offer.what, a!.answer!.byName)
        : state === 'declined'
          ? T.stateDeclined(a!.answer!.byName, a!.answer!.reason ?? '')
          : '';
  return {
    slot,
    reference: c.reference,
    badges: c.urgent ? T.spoed : '',
    summary: c.summary,
    details: T.details(c.vtStep ? VtStepLabels[c.vtStep] : T.stepUnknown, daysInWerkvoorraad(c, now, timeZone)),
    stateLine,
    stateStyle: state === 'accepted' ? 'good' : state === 'declined' ? 'attention' : 'default',
    canOffer: inWerkvoorraad && (state === 'none' || state === 'declined'),
    canAnswer: inWerkvoorraad && state === 'offered',
  };
}
