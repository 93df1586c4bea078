/** The evaluation cards, from stored evaluations and the dashboard's figures. Pure. */
import type { Card } from '../../cards/card.js';
import { evaluationCard, yearEvaluationCard, type EvaluationCardLesson } from '../../cards/evaluationCard.js';
import { formatDutchDate, formatDutchInstant, formatDutchMonths } from '../../domain/calendar.js';
import { AgreementOwners, LessonThemes, openAgreements, type Evaluation, type Lesson } from '../../domain/evaluation/evaluation.js';
import type { GemeenteFigures, Shown, ShownCount } from '../../domain/insight/dashboard.js';
import { EvaluatieTexts as T, OwnerLabels, ReasonLabels, ThemeLabels } from './texts.js';

/** The newest lessons on the card; older ones stay in the dashboard (Teams' card size limit). */
export const LESSONS_ON_CARD = 8;

export type Notice = { text: string; style: 'good' | 'attention' };

const DraftFields = ['theme', 'wentWell', 'toImprove', 'agreement', 'owner', 'due'] as const;
export type Draft = Partial<Record<(typeof DraftFields)[number], unknown>>;

export function periodLabel(e: Pick<Evaluation, 'from' | 'to'>): string {
  return formatDutchMonths(e.from, e.to);
}

export function evaluationView(e: Evaluation, timeZone: string, notice?: Notice, draft: Draft = {}): Card {
  const shown = e.lessons.slice(-LESSONS_ON_CARD);
  const earlier = e.lessons.length - shown.length;
  return evaluationCard({
    id: e.id,
    title: T.title(e.gemeente),
    subtitle: T.subtitle(periodLabel(e)),
    notice: notice?.text ?? '',
    noticeStyle: notice?.style ?? 'good',
    intro: T.intro,
    proposedHeading: T.proposedHeading,
    proposedNone: e.proposed.length === 0 ? T.proposedNone : '',
    proposed: e.proposed.map((p) => ({ line: T.proposedLine(p.reference, p.reasons.map((r) => ReasonLabels[r]), p.waitDays) })),
    lessonsHeading: T.lessonsHeading(e.lessons.length),
    lessonsNone: e.lessons.length === 0 ? T.lessonsNone : '',
    lessons: shown.map((l) => lessonItem(l, timeZone)),
    earlier: earlier > 0 ? T.lessonsEarlier(earlier) : '',
    draft: Object.fromEntries(DraftFields.map((f) => [f, typeof draft[f] === 'string' ? draft[f] : ''])) as Record<(typeof DraftFields)[number], string>,
    themes: LessonThemes.map((t) => ({ title: ThemeLabels[t], value: t })),
    owners: AgreementOwners.map((o) => ({ title: OwnerLabels[o], value: o })),
    footer: T.footer,
    labels: T.labels,
  });
}

function lessonItem(l: Lesson, timeZone: string): EvaluationCardLesson {
  const a = l.agreement;
  return {
    number: l.number,
    heading: T.lessonTitle(l.number, ThemeLabels[l.theme]),
    wentWell: l.wentWell ? T.wentWell(l.wentWell) : '',
    toImprove: l.toImprove ? T.toImprove(l.toImprove) : '',
    agreement: !a ? '' : a.doneAt ? T.agreementDone(a.text, OwnerLabels[a.owner], formatDutchDate(a.due), a.doneByName ?? '') : T.agreementOpen(a.text, OwnerLabels[a.owner], formatDutchDate(a.due)),
    agreementStyle: !a ? 'default' : a.doneAt ? 'good' : 'attention',
    recordedBy: T.recordedBy(l.byName, formatDutchInstant(l.at, timeZone)),
    canComplete: Boolean(a && !a.doneAt),
  };
}

const count = (n: ShownCount) => String(n);
const days = (n: Shown) => (n === null ? T.notShown : String(Math.round(n)));
const share = (n: Shown) => (n === null ? T.notShown : `${Math.round(n * 100)}%`);

export interface YearView {
  gemeente: string;
  year: string;
  from: string;
  to: string;
  figures: GemeenteFigures;
  evaluations: Evaluation[];
  today: string;
}

export function yearView(v: YearView): Card {
  const f = v.figures;
  const F = T.yearFacts;
  const lessons = v.evaluations.reduce((n, e) => n + e.lessons.length, 0);
  const open = v.evaluations.flatMap((e) => openAgreements(e)).sort((a, b) => a.agreement.due.localeCompare(b.agreement.due));
  return yearEvaluationCard({
    title: T.yearTitle(v.gemeente, v.year),
    intro: T.yearIntro(formatDutchDate(v.from), formatDutchDate(v.to)),
    facts: [
      { title: F.handovers, value: count(f.handovers) },
      { title: F.returned, value: count(f.returned) },
      { title: F.meldingToHandover, value: days(f.medianDaysMeldingToHandover) },
      { title: F.handoverToConfirmation, value: days(f.medianDaysHandoverToConfirmation) },
      { title: F.onTime, value: share(f.confirmedWithin7DaysShare) },
      { title: F.warm, value: share(f.warmShare) },
      { title: F.escalated, value: count(f.escalatedPastFirstRung) },
      { title: F.geborgd, value: count(f.monitoringGeborgd) },
      { title: F.nieuweZorgen, value: count(f.monitoringNieuweZorgen) },
      { title: F.werkvoorraad, value: count(f.werkvoorraad) },
      { title: F.lessons, value: String(lessons) },
    ],
    agreementsHeading: T.yearAgreementsHeading(open.length),
    agreements: open.map(({ agreement: a }) => ({ line: T.yearAgreementLine(a.text, OwnerLabels[a.owner], formatDutchDate(a.due), a.due < v.today) })),
    footer: T.yearFooter,
  });
}
