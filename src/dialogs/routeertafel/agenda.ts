/**
 * A gemeente's agenda for one week as cards ("book" of pages), built from the store. The split
 * is deterministic (fixed items per card, stable order), so a page re-rendered after a click holds
 * the same cases as the card that was posted.
 */
import type { Deps } from '../../app/deps.js';
import type { HandoverCase } from '../../domain/cases/case.js';
import type { Region } from '../../domain/region.js';
import { buildAgenda, splitAgenda, type Agenda } from '../../domain/routeertafel/agenda.js';
import { handoverFigures, type HandoverFigureSet } from '../../domain/routeertafel/figures.js';
import { agendaPageCard, type Notice } from './views.js';
import { RouteertafelTexts as T } from './texts.js';
import type { Card } from '../../cards/card.js';
import type { Message } from '../../store/records.js';
import { replacePostedCard } from '../../workflow/postedCard.js';

/**
 * Cases per agenda card. An open case carries two forms (confirm, return), about 2 KB of card
 * JSON at worst with its summary and the choice of handover form; 8 keep a card under Teams' 28 KB limit (see the card size test).
 */
export const AGENDA_ITEMS_PER_CARD = 8;

export const AGENDA_KIND = 'routeertafel-agenda';

/** The outbox id of a posted agenda card: one per gemeente, week and page. */
export function agendaItemId(gemeente: string, week: string, page: number): string {
  return `${agendaItemPrefix(gemeente, week)}${page}`;
}

export function agendaItemPrefix(gemeente: string, week: string): string {
  return `agenda:${gemeente}:${week}:`;
}

export interface AgendaBook {
  pages: Agenda[];
  carried: number;
  figures: HandoverFigureSet;
}

/** `cases` may hold other gemeenten' cases too; only the gemeente's own count. `postedAt`: see buildAgenda. */
export function agendaBook(region: Region, gemeente: string, cases: HandoverCase[], week: string, now: Date, postedAt?: Date): AgendaBook {
  const agenda = buildAgenda(region, gemeente, cases, week, now, postedAt);
  return {
    pages: splitAgenda(agenda, AGENDA_ITEMS_PER_CARD),
    carried: agenda.items.filter((i) => i.carriedOver).length,
    figures: handoverFigures(cases, region, now, gemeente).overall,
  };
}

export async function loadBook(deps: Deps, gemeente: string, week: string): Promise<AgendaBook> {
  const cases = await deps.store.cases.list({ gemeente });
  return agendaBook(deps.config.region, gemeente, cases, week, deps.clock.now(), await firstPostedAt(deps, gemeente, week));
}

/** When the first card of this agenda was queued, if it was; an agenda sent early went out before its posting moment. */
export async function firstPostedAt(deps: Pick<Deps, 'store'>, gemeente: string, week: string): Promise<Date | undefined> {
  const first = await deps.store.outbox.get(agendaItemId(gemeente, week, 1));
  return first ? new Date(first.createdAt) : undefined;
}

/** The page number that holds `reference`, or 1. */
export function pageWith(book: AgendaBook, reference: string): number {
  return book.pages.find((p) => p.items.some((i) => i.reference === reference))?.page.number ?? 1;
}

export function pageCard(region: Region, book: AgendaBook, pageNumber: number, notice?: Notice, preview?: { banner: string }): Card {
  const page = book.pages[Math.min(Math.max(pageNumber, 1), book.pages.length) - 1]!;
  return agendaPageCard(region, { page, carried: book.carried, figures: book.figures, notice, preview });
}

export function agendaMessage(region: Region, book: AgendaBook, pageNumber: number): Message {
  const page = book.pages[pageNumber - 1]!;
  return { summary: T.agendaSummary(page.gemeente, page.weekLabel), cards: [pageCard(region, book, pageNumber)] };
}

/**
 * Brings the posted agenda card up to date when a case on it changed through another card (a
 * preview, an older week's agenda). `clickedActivityId` is the card that was clicked, already updated.
 */
export async function updatePostedPage(deps: Deps, book: AgendaBook, pageNumber: number, clickedActivityId: string | undefined): Promise<void> {
  const page = book.pages[pageNumber - 1];
  if (!page) return;
  const posted = await deps.store.outbox.get(agendaItemId(page.gemeente, page.week, pageNumber));
  if (posted?.status !== 'sent' || !posted.sentActivityId || !posted.sentConversationId || posted.sentActivityId === clickedActivityId) return;
  if (posted.target.kind !== 'channel') return;
  const channel = await deps.store.channels.get(posted.target.channelId);
  if (!channel?.active) return;
  const reference = { ...channel.reference, conversation: { ...channel.reference.conversation, id: posted.sentConversationId } };
  await replacePostedCard(deps, { reference, activityId: posted.sentActivityId }, pageCard(deps.config.region, book, pageNumber), { id: posted.id });
}
