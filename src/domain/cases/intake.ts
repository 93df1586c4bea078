/**
 * Intake of a handover (overdracht) from Veilig Thuis to a gemeente, as sent by the API, the
 * intake card or a CSV row. The field names are the API contract.
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar.js';
import { findGemeente, type Region } from '../region.js';
import { CaseFieldLabels, CaseFields, caseIntakeFormatShape, HandoverFields, StageFieldLabels, text, type CaseField, type Route } from './fields.js';
import { IntakeStages, VtSteps, type IntakeStage, type VtStep } from './lifecycle.js';
import { professionalText, withoutIdentifyingData } from './privacy.js';

export { RouteLabels, Routes, type Route } from './fields.js';

export interface CaseIntake {
  /** VT-registratienummer: pseudonymous, the only way a case is identified in Teams. */
  reference: string;
  /** The gemeente of the case (that takes over, at the overdracht stage), spelled as in the region. */
  gemeente: string;
  urgent: boolean;
  meldingOn: string;
  /** Pseudonymous summary: no names, BSN, addresses, phone numbers, birth dates, postcodes or e-mail. */
  summary: string;
  /** The Veilig Thuis contact person (a professional). */
  vtContact: string;
  /** The stage the case is in when it is taken in; without it, overdracht. */
  stage?: IntakeStage;
  vtStep?: VtStep;
  // The handover fields: required at the overdracht stage, optional before it.
  route?: Route;
  beoordeeldOn?: string;
  /** A veiligheidsplan or veiligheidsvoorwaarden exist. */
  veiligheidsplan?: boolean;
  /** The direct betrokkenen have been told about the handover. */
  betrokkenenGeinformeerd?: boolean;
}

const StageField = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
  z.enum(IntakeStages, { errorMap: () => ({ message: `${StageFieldLabels.stage} moet een van de volgende zijn: ${IntakeStages.join(', ')}.` }) }).optional(),
);
const VtStepField = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
  z.enum(VtSteps, { errorMap: () => ({ message: `${StageFieldLabels.vtStep} moet een van de volgende zijn: ${VtSteps.join(', ')}.` }) }).optional(),
);

export interface IntakeProblem {
  /** The API field name; '' when the input as a whole is wrong. */
  field: string;
  message: string;
}

export type IntakeResult = { ok: true; value: CaseIntake } | { ok: false; problems: IntakeProblem[] };

function gemeenteField(region: Region) {
  return text(CaseFieldLabels.gemeente, 1, 80).transform((name, ctx) => {
    const gemeente = findGemeente(region, name);
    if (gemeente) return gemeente.name;
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `"${name}" is geen gemeente van regio ${region.name}. Kies een van de ${region.gemeenten.length} gemeenten.`,
    });
    return z.NEVER;
  });
}

function notAfter(schema: z.ZodType<string, z.ZodTypeDef, unknown>, today: string, label: string) {
  return schema.refine((date) => date <= today, `${label} ligt in de toekomst.`);
}

/** The field schemas; with a region and today they include the region and date checks. */
function intakeShape(region?: Region, today?: string) {
  const f = caseIntakeFormatShape;
  return {
    ...f,
    gemeente: region ? gemeenteField(region) : f.gemeente,
    meldingOn: today ? notAfter(f.meldingOn, today, CaseFieldLabels.meldingOn) : f.meldingOn,
    beoordeeldOn: today ? notAfter(f.beoordeeldOn, today, CaseFieldLabels.beoordeeldOn) : f.beoordeeldOn,
    summary: withoutIdentifyingData(f.summary, 'De samenvatting', today ? new Date(`${today}T12:00:00Z`) : undefined),
    vtContact: professionalText(f.vtContact, CaseFieldLabels.vtContact),
  };
}

/** Rules that need more than one field; only checked on fields that are valid on their own. */
function crossFieldProblems(values: Partial<CaseIntake>): IntakeProblem[] {
  const { meldingOn, beoordeeldOn } = values;
  if (meldingOn && beoordeeldOn && beoordeeldOn < meldingOn) {
    return [{ field: 'beoordeeldOn', message: 'De veiligheidsbeoordeling kan niet vóór de datum van de melding liggen.' }];
  }
  return [];
}

function withCrossFieldRules<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape).superRefine((values, ctx) => {
    for (const p of crossFieldProblems(values as Partial<CaseIntake>)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [p.field], message: p.message });
    }
  });
}

/** Region-independent intake schema: formats, date order and the privacy check on the summary. */
export const CaseIntakeSchema = withCrossFieldRules(intakeShape());

/** Full intake schema: also checks the gemeente against the region (normalising its spelling) and that no date is after `today`. */
export function caseIntakeSchema(region: Region, today: string) {
  assertToday(today);
  return withCrossFieldRules(intakeShape(region, today));
}

function assertToday(today: string): void {
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got "${today}"`);
}

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/**
 * Validates an intake and lists every problem (the first per field, then cross-field rules),
 * with Dutch messages and the API field name.
 */
export function validateCaseIntake(region: Region, input: unknown, today: string): IntakeResult {
  assertToday(today);
  if (!isRecord(input)) {
    return { ok: false, problems: [{ field: '', message: 'De overdracht moet een object met velden zijn.' }] };
  }
  const shape: Record<CaseField, z.ZodTypeAny> = intakeShape(region, today);
  const values: Record<string, unknown> = {};
  const problems: IntakeProblem[] = [];
  const stage = StageField.safeParse(input.stage ?? undefined);
  const vtStep = VtStepField.safeParse(input.vtStep ?? undefined);
  if (!stage.success) problems.push({ field: 'stage', message: stage.error.issues[0]!.message });
  else if (stage.data) values.stage = stage.data;
  if (!vtStep.success) problems.push({ field: 'vtStep', message: vtStep.error.issues[0]!.message });
  else if (vtStep.data) values.vtStep = vtStep.data;
  if (vtStep.success && vtStep.data && values.stage !== 'werkvoorraad') {
    problems.push({ field: 'vtStep', message: `${StageFieldLabels.vtStep} hoort alleen bij de fase werkvoorraad.` });
  }
  const handedOver = (values.stage ?? 'overdracht') === 'overdracht';
  for (const field of CaseFields) {
    const missing = input[field] === undefined || input[field] === null || input[field] === '';
    if (!handedOver && missing && (HandoverFields as readonly string[]).includes(field)) continue;
    const result = shape[field].safeParse(input[field] ?? undefined); // JSON null counts as missing
    if (result.success) values[field] = result.data;
    else problems.push({ field, message: result.error.issues[0]?.message ?? `${CaseFieldLabels[field]} is ongeldig.` });
  }
  problems.push(...crossFieldProblems(values as Partial<CaseIntake>));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: values as unknown as CaseIntake };
}
