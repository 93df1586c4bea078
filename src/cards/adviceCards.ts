import type { Card } from './card.js';
import { SectorLabels, Sectors, PhoneNumbers, type Sector } from '../domain/constants.js';
import type { Ticket, TicketStatus } from '../domain/advice/ticket.js';
import { renderCard, expandCard } from './render.js';
import { Verbs } from './verbs.js';
import adviceFormTemplate from './templates/adviceForm.json' with { type: 'json' };
import piiWarningTemplate from './templates/piiWarning.json' with { type: 'json' };
import ticketTemplate from './templates/ticket.json' with { type: 'json' };
import adviceAnswerTemplate from './templates/adviceAnswer.json' with { type: 'json' };

export interface AdviceFormCardData {
  draftId: string;
  gemeenten: string[];
  context: string[];
  question?: string;
  sector?: Sector;
  gemeente?: string;
  urgency?: 'vandaag' | 'deze-week';
  answerMode?: 'chat' | 'terugbellen';
  callbackPhone?: string;
  error?: string;
}

export function adviceFormCard(d: AdviceFormCardData): Card {
  return renderCard(adviceFormTemplate, {
    draftId: d.draftId,
    acuteLine: `Acuut gevaar? Bel direct ${PhoneNumbers.emergency}. Deze chat is niet voor acute situaties: bel dan Veilig Thuis op ${PhoneNumbers.veiligThuis} (gratis, dag en nacht).`,
    privacyLine: 'Een adviesvraag kan anoniem. Noem geen namen, adressen, geboortedata, telefoonnummers of BSN van de mensen om wie het gaat.',
    error: d.error ?? '',
    context: d.context,
    question: d.question ?? '',
    sector: d.sector ?? '',
    sectors: Sectors.map((s) => ({ title: SectorLabels[s], value: s })),
    gemeente: d.gemeente ?? '',
    gemeenten: d.gemeenten,
    urgency: d.urgency ?? 'deze-week',
    answerMode: d.answerMode ?? 'chat',
    callbackPhone: d.callbackPhone ?? '',
    submitVerb: Verbs.adviceSubmit,
    cancelVerb: Verbs.adviceCancel,
  });
}

export interface PiiWarningCardData {
  draftId: string;
  findings: { label: string; masked: string }[];
}

export function piiWarningCard(d: PiiWarningCardData): Card {
  return renderCard(piiWarningTemplate, {
    ...d,
    editVerb: Verbs.adviceEdit,
    confirmVerb: Verbs.adviceConfirmPii,
    cancelVerb: Verbs.adviceCancel,
  });
}

const statusLabels: Record<TicketStatus, { label: string; color: string }> = {
  new: { label: 'Nieuw', color: 'Attention' },
  claimed: { label: 'Opgepakt', color: 'Accent' },
  'callback-planned': { label: 'Terugbellen gepland', color: 'Accent' },
  answered: { label: 'Beantwoord', color: 'Good' },
  closed: { label: 'Gesloten', color: 'Default' },
};

export interface TicketCardData {
  ticket: Ticket;
  now: Date;
  /** A message for the person who clicked (a refusal), shown in the card they get back. */
  refusal?: string;
  notice?: string;
}

export function ticketCard(d: TicketCardData): Card {
  const t = d.ticket;
  const open = t.status !== 'closed';
  return expandCard(ticketTemplate, {
    ticketId: t.id,
    title: `Adviesvraag #${t.number}`,
    statusLabel: statusLabels[t.status].label,
    statusColor: statusLabels[t.status].color,
    notice: d.notice ?? '',
    asker: t.asker.name || '(verwijderd na de bewaartermijn)',
    sector: SectorLabels[t.sector],
    gemeente: t.gemeente,
    urgency: t.urgency === 'vandaag' ? 'Vandaag' : 'Deze week',
    age: ageLabel(new Date(t.createdAt), d.now),
    answerMode: t.answerMode === 'chat' ? 'Chat' : `Terugbellen${t.callbackPhone ? ` (${t.callbackPhone})` : ''}`,
    holder: t.holder ? t.holder.name || 'een adviseur' : 'nog niemand',
    question: t.question ?? '(tekst verwijderd na de bewaartermijn)',
    piiNote: t.confirmedPii.length ? `De vrager bevestigde dat deze gegevens nodig zijn: ${t.confirmedPii.join(', ')}.` : '',
    context: t.context,
    messages: t.messages.map((m) => ({
      heading: `${m.from === 'advisor' ? 'Antwoord' : 'Vervolgvraag'} · ${timeLabel(new Date(m.at))}`,
      text: m.text ?? '(verwijderd)',
    })),
    refusal: d.refusal ?? '',
    open,
    canClaim: open && !t.holder,
    refreshVerb: Verbs.ticketRefresh,
    claimVerb: Verbs.ticketClaim,
    answerVerb: Verbs.ticketAnswer,
    callbackVerb: Verbs.ticketCallback,
    forwardVerb: Verbs.ticketForward,
    closeVerb: Verbs.ticketClose,
  });
}

export interface AdviceAnswerCardData {
  ticketId: string;
  number: number;
  answer: string;
  advisorName?: string;
  open: boolean;
  closingNote?: string;
}

export function adviceAnswerCard(d: AdviceAnswerCardData): Card {
  return renderCard(adviceAnswerTemplate, {
    ticketId: d.ticketId,
    title: `Antwoord op je adviesvraag #${d.number}`,
    from: d.advisorName ? `Van ${d.advisorName}, Veilig Thuis` : 'Van een adviseur van Veilig Thuis',
    answer: d.answer,
    open: d.open,
    closingNote: d.closingNote ?? '',
    ...PhoneNumbers,
    resolvedVerb: Verbs.adviceResolved,
    followUpVerb: Verbs.adviceFollowUp,
  });
}

/** "net", "12 minuten geleden", "3 uur geleden", "2 dagen geleden". */
export function ageLabel(from: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return 'net';
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} geleden`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} uur geleden`;
  const days = Math.floor(hours / 24);
  return `${days} ${days === 1 ? 'dag' : 'dagen'} geleden`;
}

function timeLabel(at: Date): string {
  return at.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}

