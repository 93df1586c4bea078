/**
 * Field-level schemas for a handover (overdracht) from Veilig Thuis to a gemeente.
 * Shared by the API/card intake, the CSV import and the stored record.
 * Messages are Dutch because they are shown to professionals as they are.
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar.js';

export const Routes = ['directe-overdracht', 'na-voorwaarden-en-vervolg', 'na-onderzoek'] as const;
export type Route = (typeof Routes)[number];

/** Dutch labels of the three handover routes (processtappen 2–4 of the samenwerkingsafspraken). */
export const RouteLabels: Record<Route, string> = {
  'directe-overdracht': 'Directe overdracht na veiligheidsbeoordeling',
  'na-voorwaarden-en-vervolg': 'Na voorwaarden en vervolg',
  'na-onderzoek': 'Na onderzoek',
};

/** The route's label, or that it is not known yet (a case before its handover). */
export function routeLabelOf(route: Route | undefined): string {
  return route ? RouteLabels[route] : 'Nog niet bepaald';
}

/** Dutch names of the intake fields, for forms and CSV help texts. */
export const CaseFieldLabels = {
  reference: 'VT-registratienummer',
  gemeente: 'Gemeente',
  route: 'Route',
  urgent: 'Spoed',
  meldingOn: 'Datum melding',
  beoordeeldOn: 'Datum veiligheidsbeoordeling',
  summary: 'Samenvatting',
  veiligheidsplan: 'Veiligheidsplan of veiligheidsvoorwaarden aanwezig',
  betrokkenenGeinformeerd: 'Betrokkenen geïnformeerd',
  vtContact: 'Contactpersoon Veilig Thuis',
} as const;
export type CaseField = keyof typeof CaseFieldLabels;
export const CaseFields = Object.keys(CaseFieldLabels) as CaseField[];

/** Fields that describe the handover itself: required at the overdracht stage, unknown before it (a melding). */
export const HandoverFields = ['route', 'beoordeeldOn', 'veiligheidsplan', 'betrokkenenGeinformeerd'] as const satisfies readonly CaseField[];

/** Optional intake fields: the stage the case is in (default overdracht) and Veilig Thuis's step in the werkvoorraad. */
export const StageFieldLabels = { stage: 'Fase', vtStep: 'Stap Veilig Thuis' } as const;
export type StageField = keyof typeof StageFieldLabels;
export const StageFields = Object.keys(StageFieldLabels) as StageField[];

const required = (label: string) => ({
  required_error: `${label} is verplicht.`,
  invalid_type_error: `${label} moet tekst zijn.`,
});

/** A trimmed text of min–max characters with Dutch messages. */
export function text(label: string, min: number, max: number) {
  return z
    .string(required(label))
    .trim()
    .min(min, min === 1 ? `${label} is verplicht.` : `${label} moet minstens ${min} tekens hebben.`)
    .max(max, `${label} mag hoogstens ${max} tekens hebben.`);
}

export const Reference = text(CaseFieldLabels.reference, 3, 40).regex(
  /^[A-Za-z0-9\-/_.]+$/,
  'Het VT-registratienummer mag alleen letters, cijfers en - / _ . bevatten.',
);

export const IsoDateField = (label: string) =>
  z
    .string(required(label))
    .trim()
    .refine(isIsoDate, `${label} moet een bestaande datum zijn in de vorm JJJJ-MM-DD.`);

export const RouteField = z.enum(Routes, {
  errorMap: () => ({ message: `Route moet een van de volgende zijn: ${Routes.join(', ')}.` }),
});

const TRUE_WORDS = ['ja', 'true', '1', 'j', 'yes'];
const FALSE_WORDS = ['nee', 'false', '0', 'n', 'no'];

/**
 * A yes/no field. Accepts booleans and the words ja/nee, true/false, 1/0 (any case), because
 * Adaptive Card toggles and CSV cells arrive as text.
 */
export function BooleanField(label: string) {
  return z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const word = value.trim().toLowerCase();
      if (TRUE_WORDS.includes(word)) return true;
      if (FALSE_WORDS.includes(word)) return false;
      return value;
    },
    z.boolean({
      required_error: `${label} is verplicht (ja of nee).`,
      invalid_type_error: `${label} moet ja of nee zijn.`,
    }),
  );
}

/** The intake fields with their format rules only: no region, no "today" and no privacy check. */
export const caseIntakeFormatShape = {
  reference: Reference,
  gemeente: text(CaseFieldLabels.gemeente, 1, 80),
  route: RouteField,
  urgent: BooleanField(CaseFieldLabels.urgent),
  meldingOn: IsoDateField(CaseFieldLabels.meldingOn),
  beoordeeldOn: IsoDateField(CaseFieldLabels.beoordeeldOn),
  summary: text(CaseFieldLabels.summary, 1, 500),
  veiligheidsplan: BooleanField(CaseFieldLabels.veiligheidsplan),
  betrokkenenGeinformeerd: BooleanField(CaseFieldLabels.betrokkenenGeinformeerd),
  vtContact: text(CaseFieldLabels.vtContact, 1, 80).refine(
    (v) => !v.includes('@') && !/\d(?:[\s().-]*\d){5}/.test(v),
    `${CaseFieldLabels.vtContact} is een naam of functie, geen telefoonnummer of e-mailadres.`,
  ),
};
