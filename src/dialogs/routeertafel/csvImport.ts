/**
 * The CSV import behind `npm run import-cases`: every row is validated first (all or nothing),
 * then each row is stored like an API intake; references that exist are skipped.
 */
import { zonedDate } from '../../domain/calendar.js';
import { parseCsv, validateCaseRows, type CsvProblem } from '../../domain/csv.js';
import { sameIntake, storeIntake, type IntakeDeps } from './intake.js';
import { ImportTexts as T } from './texts.js';

export interface ImportResult {
  ok: boolean;
  problems: CsvProblem[];
  /** Imported rows (in a dry run: rows that would be imported). */
  imported: { line: number; reference: string }[];
  skipped: { line: number; reference: string; differs: boolean }[];
}

/** `checkExisting: false` validates only (a dry run while the bot holds the store). */
export async function importCaseRows(deps: IntakeDeps, text: string, options: { dryRun: boolean; checkExisting?: boolean }): Promise<ImportResult> {
  const now = deps.clock.now();
  const validated = validateCaseRows(deps.region, text, zonedDate(now, deps.region.timezone));
  const result: ImportResult = { ok: validated.ok, problems: [], imported: [], skipped: [] };
  if (!validated.ok) return { ...result, problems: validated.problems };
  const lines = dataLines(text);
  for (const [k, intake] of validated.rows.entries()) {
    const line = lines[k] ?? 0;
    const existing = options.checkExisting === false ? undefined : await deps.store.cases.get(intake.reference);
    if (existing) {
      result.skipped.push({ line, reference: intake.reference, differs: !sameIntake(existing, intake) });
    } else if (options.dryRun) {
      result.imported.push({ line, reference: intake.reference });
    } else {
      const stored = await storeIntake(deps, intake, 'csv', 'csv-import', now);
      if (stored.kind === 'created') result.imported.push({ line, reference: intake.reference });
      else result.skipped.push({ line, reference: intake.reference, differs: stored.kind === 'conflict' });
    }
  }
  return result;
}

/** The physical line of every data row, in order (validateCaseRows keeps the order). */
function dataLines(text: string): number[] {
  const parsed = parseCsv(text);
  return parsed.ok ? parsed.records.slice(1).map((r) => r.line) : [];
}

export function importReport(result: ImportResult, dryRun: boolean): string[] {
  if (!result.ok) return [T.problemsHeader(result.problems.length), ...result.problems.map((p) => T.problem(p.line, p.field, p.message))];
  const skipped = result.skipped.map((s) => T.skipped(s.line, s.reference, s.differs));
  const summary = dryRun ? T.dryRunDone(result.imported.length, result.skipped.length) : T.imported(result.imported.length, result.skipped.length);
  return [summary, ...skipped];
}
