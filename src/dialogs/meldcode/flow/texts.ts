import { MeldcodeSteps, PhoneNumbers, SectorLabels, type Sector } from '../../../domain/constants.js';
import { PhoneLines } from '../../../domain/facts.js';
import type { StepNumber } from './types.js';

/**
 * Shared Dutch phrases for the meldcode flow. Node and outcome texts live in data/*.ts;
 * this file holds the phrases that several of them, the engine and the verslag reuse.
 */

export const vtPhone = PhoneLines.veiligThuis;
export const emergencyLine = `Is iemand nu in direct gevaar? Bel ${PhoneNumbers.emergency}.`;
export const suicideLine = PhoneLines.suicidePrevention;

/** The verslag states what the professional said, never that something was done (brief §7). */
export const youSaid = (what: string): string => `Je gaf aan ${what}`;
export const noteLine = (note: string): string => `Je notitie: ${note}`;

export const totalSteps = MeldcodeSteps.length;

export function stepLabel(step: StepNumber): string {
  return step === 0 ? 'Eerst: veiligheid' : `Stap ${step} van ${totalSteps}`;
}

export function stepName(step: StepNumber): string {
  return step === 0 ? 'Veiligheid' : (MeldcodeSteps[step - 1]?.name ?? '');
}

export function sectorLabel(sector: Sector): string {
  return SectorLabels[sector];
}

/** Where a sector keeps its record of the meldcode steps (brief §1, dossiervorming). */
export const dossierName: Record<Sector, string> = {
  onderwijs: 'het leerlingdossier',
  wijkteam: 'het registratiesysteem van je wijkteam',
  kinderopvang: 'het dossier van het kind',
  zorg: 'het cliëntdossier',
  anders: 'het dossier',
};

export const VerslagTexts = {
  title: 'Verslag meldcode',
  headingDetails: 'Gegevens',
  headingDecision: 'Uitkomst en advies',
  headingNext: 'Vervolg',
  headingNotes: 'Let op bij het vastleggen',
  date: 'Datum verslag',
  started: 'Gestart op',
  sector: 'Sector',
  status: 'Status',
  statusDone: 'afgerond',
  statusOpen: 'nog niet afgerond',
  notDecided: 'Nog geen besluit: de meldcode is nog niet afgerond.',
  continueAt: 'Ga verder bij',
  finishLater: 'Rond de meldcode af en leg het besluit vast in het dossier.',
  noNames:
    'Dit verslag geeft weer wat jij in de chat aangaf; het zegt niet dat een stap is gezet als jij dat niet zei. ' +
    'Het bevat geen namen of andere herkenbare gegevens: die zijn in je notities onherkenbaar gemaakt.',
  recordFacts:
    'Leg in het dossier feiten vast: wat je zelf zag, hoorde of merkte, met datum. ' +
    'Vermeld van wie informatie van anderen komt. Benoem interpretaties en vermoedens apart en noem ze zo.',
} as const;

export const SummaryTexts = {
  sector: 'Sector',
  progress: 'Voortgang',
  outcome: 'Uitkomst',
  nothingYet: 'Nog geen antwoorden gegeven.',
} as const;
