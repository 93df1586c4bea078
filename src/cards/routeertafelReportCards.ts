import type { Card } from './card.js';
import { renderCard } from './render.js';
import deliveryReportTemplate from './templates/deliveryReport.json' with { type: 'json' };
import figuresTemplate from './templates/figures.json' with { type: 'json' };

export interface DeliveryReportCardData {
  title: string;
  summary: string;
  sections: { title: string; text: string; color: 'Default' | 'Good' | 'Attention' | 'Warning' }[];
}

/** After an agenda run: per gemeente posted, failed or skipped. */
export function deliveryReportCard(d: DeliveryReportCardData): Card {
  return renderCard(deliveryReportTemplate, d);
}

export interface FiguresRow {
  gemeente: string;
  handovers: string;
  toHandover: string;
  toConfirmation: string;
  onTime: string;
  open: string;
  /** Warm handovers (driegesprek) among the confirmations that record the form, e.g. '3 van 4'. */
  warm: string;
  /** The region total, set apart. */
  bold: boolean;
}

export interface FiguresCardData {
  title: string;
  subtitle: string;
  rows: FiguresRow[];
  /** 'n gemeenten zonder overdrachten niet getoond.', or ''. */
  leftOut: string;
}

/** Handover figures per gemeente and for the region (`cijfers`). */
export function figuresCard(d: FiguresCardData): Card {
  return renderCard(figuresTemplate, { ...d, rows: d.rows.map((r) => ({ ...r, weight: r.bold ? 'Bolder' : 'Default' })) });
}
