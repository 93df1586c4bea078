/**
 * Storing a handover, the same for the card, the API and the CSV import: validateCaseIntake (with
 * the privacy guard on the summary), then an atomic insert that is idempotent on the reference.
 */
import type { Deps } from '../../app/deps.js';
import { audit } from '../../app/audit.js';
import { zonedDate } from '../../domain/calendar.js';
import { newCase, type CaseSource, type HandoverCase } from '../../domain/cases/case.js';
import { CaseFields } from '../../domain/cases/fields.js';
import { validateCaseIntake, type CaseIntake, type IntakeProblem } from '../../domain/cases/intake.js';
import type { Region } from '../../domain/region.js';
import type { CaseListener } from '../../app/extensions.js';

/** `onCreated` runs once a new case is saved (spoed alert, triagetafel); the CSV import script has none. */
export type IntakeDeps = Pick<Deps, 'store' | 'clock'> & { region: Region; onCreated?: CaseListener };

export type StoreOutcome = { kind: 'created' | 'existing' | 'conflict'; case: HandoverCase };
export type IntakeOutcome = StoreOutcome | { kind: 'invalid'; problems: IntakeProblem[] };

/** Validates and stores one intake; `actor` is an AAD object id, or 'api' / 'csv-import'. */
export async function intakeCase(deps: IntakeDeps, input: unknown, source: CaseSource, actor: string): Promise<IntakeOutcome> {
  const now = deps.clock.now();
  const result = validateCaseIntake(deps.region, input, zonedDate(now, deps.region.timezone));
  if (!result.ok) return { kind: 'invalid', problems: result.problems };
  return storeIntake(deps, result.value, source, actor, now);
}

/**
 * Inserts a validated intake unless its reference exists: the same handover again is 'existing'
 * (a retry), a different one under the same reference is a 'conflict' and changes nothing.
 */
export async function storeIntake(deps: IntakeDeps, intake: CaseIntake, source: CaseSource, actor: string, now: Date): Promise<StoreOutcome> {
  const fresh = newCase(intake, source, now.toISOString(), deps.region);
  const outcome = await deps.store.cases.update<StoreOutcome>(intake.reference, (current) =>
    current
      ? { result: { kind: sameIntake(current, intake) ? 'existing' : 'conflict', case: current } }
      : { next: fresh, result: { kind: 'created', case: fresh } },
  );
  if (outcome.kind === 'created') {
    await audit(deps, actor, 'case.created', 'case', fresh.reference, { source, gemeente: fresh.gemeente, urgent: fresh.urgent, tableWeek: fresh.tableWeek, stage: fresh.stage });
    await deps.onCreated?.(fresh);
  }
  return outcome;
}

export function sameIntake(stored: HandoverCase, intake: CaseIntake): boolean {
  return CaseFields.every((f) => stored[f] === intake[f]);
}
