/**
 * Domain records → card data, with the sentences from texts.ts. No store, no Teams: each function
 * takes what it shows and returns an Card.
 */
import { formatDutchDate, formatDutchInstant, formatDutchMonths, formatDutchWeek } from '../../domain/calendar.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import { RouteLabels, routeLabelOf, Routes } from '../../domain/cases/fields.js';
import { findGemeente, HandoverForms, type Contact, type Region } from '../../domain/region.js';
import type { Agenda, AgendaItem } from '../../domain/routeertafel/agenda.js';
import type { HandoverFigureSet } from '../../domain/routeertafel/figures.js';
import { tableDateOf } from '../../domain/routeertafel/schedule.js';
import { agendaCard, agendaEmptyCard, type AgendaCardItem } from '../../cards/routeertafelAgendaCard.js';
import { evaluationOnAgenda } from '../../domain/evaluation/period.js';
import { intakeDoneCard, intakeFormCard, type IntakeFormValues } from '../../cards/routeertafelIntakeCards.js';
import { handoverNoticeCard } from '../../cards/routeertafelNoticeCard.js';
import { RouteertafelTexts as T } from './texts.js';
import { type Card } from '../../cards/card.js';

export type Notice = { text: string; style: 'good' | 'attention' };

/** 'maandag 30 november 2026 om 10:15' in the region's time zone. */
export function whenLabel(iso: string, timeZone: string): string {
  return formatDutchInstant(iso, timeZone);
}

export interface AgendaView {
  page: Agenda;
  /** Carried-over cases on the whole agenda (all pages). */
  carried: number;
  /** The gemeente's handover figures (standing items). */
  figures: HandoverFigureSet;
  notice?: Notice;
  /**
   * A preview ("agenda" typed in the channel): a banner that says whether and when this agenda is
   * posted. Its buttons work like those on the posted agenda: both act on the same cases.
   */
  preview?: { banner: string };
}

export function agendaPageCard(region: Region, v: AgendaView): Card {
  const { page } = v;
  const subtitle = T.agendaSubtitle(page.weekLabel, page.tableDateLabel, page.tableTimeLabel);
  if (page.empty) {
    return agendaEmptyCard({
      title: T.agendaTitle(page.gemeente),
      subtitle,
      text: T.emptyText(page.tableDateLabel),
      openLine: T.emptyOpen(page.figures.openHandoversTotal),
      notice: v.preview?.banner ?? v.notice?.text,
    });
  }
  const gemeente = findGemeente(region, page.gemeente);
  return agendaCard({
    gemeente: page.gemeente,
    week: page.week,
    page: page.page.number,
    title: T.agendaTitle(page.gemeente),
    subtitle,
    pageLabel: T.agendaPage(page.page.number, page.page.of),
    intro: T.agendaIntro(page.figures.casesOnAgenda, v.carried),
    notice: v.preview?.banner ?? v.notice?.text ?? '',
    noticeStyle: v.preview ? 'info' : (v.notice?.style ?? 'good'),
    contacts: T.contactsLine(contactLabel(gemeente?.vasteContactpersoon), contactLabel(gemeente?.bruggenbouwer)),
    handoverForms: HandoverForms.map((form) => ({ title: T.handoverFormChoices[form], value: form })),
    handoverFormDefault: gemeente?.overdrachtsvorm ?? '',
    handoverFormLabel: T.handoverFormLabel,
    items: page.items.map((item, k) => agendaItem(item, k + 1, region.timezone)),
    standing: standingItems(region, page, v.figures),
  });
}

function contactLabel(contact: Contact | undefined): string {
  return contact?.name ?? T.contactNotSet;
}

function agendaItem(item: AgendaItem, slot: number, timeZone: string): AgendaCardItem {
  const badges = [item.urgent ? T.urgent : '', item.carriedOver ? T.carriedOver(formatDutchWeek(item.tableWeek)) : ''];
  const flags = [item.missingVeiligheidsplan ? T.flagNoSafetyPlan : '', item.betrokkenenNietGeinformeerd ? T.flagNotInformed : ''];
  let statusLine = '';
  if (item.confirmation) {
    const { warmHandoverOn } = item.confirmation;
    statusLine = T.confirmedLine({ ...item.confirmation, when: whenLabel(item.confirmation.at, timeZone), warmHandoverOn: warmHandoverOn && formatDutchDate(warmHandoverOn) });
  }
  else if (item.returned) statusLine = T.returnedLine(item.returned.byName, whenLabel(item.returned.at, timeZone));
  return {
    slot,
    reference: item.reference,
    badges: badges.filter(Boolean).join(' · '),
    details: T.itemDetails(item.routeLabel, item.waitingDays, item.status !== 'open'),
    summary: item.summary,
    contact: T.itemContact(item.vtContact),
    flags: flags.filter(Boolean).join(' · '),
    statusLine,
    open: item.status === 'open',
    informed: !item.betrokkenenNietGeinformeerd,
  };
}

function standingItems(region: Region, page: Agenda, f: HandoverFigureSet): { title: string; value: string }[] {
  const evaluation = evaluationOnAgenda(region, page.week);
  return [
    { title: 'Rolverdeling', value: T.standingRolverdeling },
    { title: 'Werkdruk', value: T.standingWerkdruk(page.figures.casesOnAgenda, page.figures.openHandoversTotal, f.handovers) },
    {
      title: 'Wachttijden',
      value: T.standingWachttijden({
        median: page.figures.medianWaitingDays,
        longest: page.figures.longestWaitingDays,
        toHandover: f.medianDaysToHandover,
        toConfirmation: f.medianDaysToConfirmation,
        onTime: f.confirmedWithin7DaysShare,
      }),
    },
    ...(evaluation ? [{ title: T.standingEvaluatieTitle, value: T.standingEvaluatie(formatDutchMonths(evaluation.from, evaluation.to)) }] : []),
  ];
}

// ---------- intake ----------

export function emptyIntakeValues(vtContact: string): IntakeFormValues {
  return {
    reference: '',
    gemeente: '',
    route: 'directe-overdracht',
    urgent: 'false',
    meldingOn: '',
    beoordeeldOn: '',
    summary: '',
    veiligheidsplan: 'false',
    betrokkenenGeinformeerd: 'false',
    vtContact,
  };
}

/** What the person typed, back into the form (so a correction does not start from scratch). */
export function intakeValuesFrom(data: Record<string, unknown>): IntakeFormValues {
  const text = (k: string, fallback = '') => (typeof data[k] === 'string' || typeof data[k] === 'boolean' ? String(data[k]) : fallback);
  return {
    reference: text('reference'),
    gemeente: text('gemeente'),
    route: text('route', 'directe-overdracht'),
    urgent: text('urgent', 'false'),
    meldingOn: text('meldingOn'),
    beoordeeldOn: text('beoordeeldOn'),
    summary: text('summary'),
    veiligheidsplan: text('veiligheidsplan', 'false'),
    betrokkenenGeinformeerd: text('betrokkenenGeinformeerd', 'false'),
    vtContact: text('vtContact'),
  };
}

export function intakeForm(region: Region, formId: string, values: IntakeFormValues, problems: string[] = []): Card {
  return intakeFormCard({
    formId,
    gemeenten: region.gemeenten.map((g) => g.name),
    routes: Routes.map((r) => ({ title: RouteLabels[r], value: r })),
    privacyLine: T.intakePrivacy,
    values,
    problemsHeader: T.intakeProblemsHeader,
    problems,
  });
}

const SourceLabels = { card: 'kaart in Teams', api: 'koppeling (API)', csv: 'CSV-import' } as const;

export function intakeDone(region: Region, c: HandoverCase, existing: boolean): Card {
  const week = formatDutchWeek(c.tableWeek);
  const tableDate = formatDutchDate(tableDateOf(region, c.tableWeek));
  return intakeDoneCard({
    title: existing ? T.intakeExistingTitle(c.reference) : T.intakeSavedTitle(c.reference),
    text: existing ? T.intakeExistingText : T.intakeSavedText(c.gemeente, week, tableDate),
    gemeente: c.gemeente,
    route: routeLabelOf(c.route),
    urgent: c.urgent ? 'ja' : 'nee',
    table: `${week}, ${tableDate}`,
    source: SourceLabels[c.source],
  });
}

// ---------- notices to Veilig Thuis ----------

export function confirmedNoticeCard(c: HandoverCase, timeZone: string): Card {
  const k = c.confirmation!;
  return handoverNoticeCard({
    title: T.noticeConfirmedTitle(c.reference, c.gemeente),
    text: '',
    style: 'good',
    facts: T.noticeConfirmedFacts({
      ...k,
      informed: k.betrokkenenGeinformeerd,
      when: whenLabel(k.at, timeZone),
      warmHandoverOn: k.warmHandoverOn && formatDutchDate(k.warmHandoverOn),
    }),
  });
}

export function returnedNoticeCard(c: HandoverCase, timeZone: string): Card {
  const r = c.returned!;
  return handoverNoticeCard({
    title: T.noticeReturnedTitle(c.reference),
    text: T.noticeReturnedText(c.gemeente),
    style: 'attention',
    facts: T.noticeReturnedFacts(r.reason, r.byName, whenLabel(r.at, timeZone)),
  });
}
