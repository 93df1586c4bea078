import type { Card } from './card.js';
import { PhoneNumbers, SectorLabels, Sectors, type Sector } from '../domain/constants.js';
import { renderCard } from './render.js';
import { Verbs } from './verbs.js';
import template from './templates/welcome.json' with { type: 'json' };

export interface WelcomeCardData {
  region: string;
  sector?: Sector;
  sectorSaved?: string;
  /** What the bot keeps of what one types, when that was asked. */
  privacyNote?: string;
}

export function welcomeCard(d: WelcomeCardData): Card {
  return renderCard(template, {
    ...PhoneNumbers,
    region: d.region,
    sector: d.sector ?? '',
    sectorLabel: d.sector ? 'Jouw sector (je kunt hem hier wijzigen)' : 'In welke sector werk je? Dan gebruik ik de woorden van jouw meldcode.',
    sectors: Sectors.map((s) => ({ title: SectorLabels[s], value: s })),
    sectorSaved: d.sectorSaved ?? '',
    privacyNote: d.privacyNote ?? '',
    sectorVerb: Verbs.welcomeSector,
    signalVerb: Verbs.meldcodeStart,
    adviceVerb: Verbs.adviceOpen,
    questionVerb: Verbs.welcomeQuestion,
  });
}
