import type { Card } from './card.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import agendaTemplate from './templates/agenda.json' with { type: 'json' };
import agendaEmptyTemplate from './templates/agendaEmpty.json' with { type: 'json' };

export interface AgendaCardItem {
  /** Position on the card (1-based); suffixes the input ids so each case's form is its own. */
  slot: number;
  reference: string;
  /** 'Spoed · Uit week 47', or ''. */
  badges: string;
  details: string;
  summary: string;
  /** 'Contactpersoon Veilig Thuis: …'. */
  contact: string;
  /** Warnings (missing veiligheidsplan, betrokkenen not informed), or ''. */
  flags: string;
  /** 'Bevestigd door … op …', or '' while open. */
  statusLine: string;
  open: boolean;
  /** Default of the 'betrokkenen geïnformeerd' toggle. */
  informed: boolean;
}

export interface AgendaCardData {
  gemeente: string;
  week: string;
  page: number;
  title: string;
  subtitle: string;
  pageLabel: string;
  intro: string;
  /** A line for the person who clicked (confirmation, refusal), or ''. */
  notice: string;
  noticeStyle: 'good' | 'attention' | 'info';
  /** The gemeente's vaste contactpersoon at Veilig Thuis and its bruggenbouwer. */
  contacts: string;
  /** The choices of "Vorm van de overdracht" in the confirm form, and the gemeente's preferred one ('' for none). */
  handoverForms: { title: string; value: string }[];
  handoverFormDefault: string;
  handoverFormLabel: string;
  items: AgendaCardItem[];
  /** The standing items of the table: rolverdeling, werkdruk, wachttijden. */
  standing: { title: string; value: string }[];
}

const NoticeColors = { good: 'Good', attention: 'Attention', info: 'Accent' } as const;

/** One card (page) of a gemeente's routeertafel agenda, with per-case confirm and return forms. */
export function agendaCard(d: AgendaCardData): Card {
  return renderCard(agendaTemplate, {
    ...d,
    noticeColor: NoticeColors[d.noticeStyle],
    items: d.items.map((i) => ({ ...i, informed: String(i.informed) })),
    confirmVerb: Verbs.handoverConfirm,
    returnVerb: Verbs.handoverReturn,
    refreshVerb: Verbs.agendaRefresh,
  });
}

export interface AgendaEmptyCardData {
  title: string;
  subtitle: string;
  text: string;
  openLine: string;
  notice?: string;
}

/** The short card for a gemeente with nothing on this week's table ("geen casussen"). */
export function agendaEmptyCard(d: AgendaEmptyCardData): Card {
  return renderCard(agendaEmptyTemplate, { ...d, notice: d.notice ?? '' });
}
