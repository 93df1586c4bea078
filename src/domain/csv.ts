/**
 * CSV import of handovers: an RFC 4180 parser (quoted fields, doubled quotes, CRLF or LF, BOM,
 * ';' or ',' as delimiter) and validation of every row as a case intake.
 */
import { CaseFields, StageFields, type CaseField, type StageField } from './cases/fields.js';
import { validateCaseIntake, type CaseIntake } from './cases/intake.js';
import type { Region } from './region.js';

export type CsvDelimiter = ';' | ',';

export interface CsvRecord {
  /** Physical line (1-based) where the record starts; a quoted field may span several lines. */
  line: number;
  fields: string[];
}

export type CsvParseResult =
  | { ok: true; delimiter: CsvDelimiter; records: CsvRecord[] }
  | { ok: false; line: number; message: string };

export interface CsvProblem {
  line: number;
  field?: string;
  message: string;
}

export type CsvRowsResult = { ok: true; rows: CaseIntake[] } | { ok: false; problems: CsvProblem[] };

/** More rows than this are refused as a whole: a routeertafel import is a week's handovers, not an archive. */
export const MAX_CSV_ROWS = 500;

/** ';' when the header line has more semicolons than commas (outside quotes), else ','. */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses CSV text. Blank lines (also lines of only delimiters) are skipped; the header is records[0]. */
export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  const atLineBreak = () => text[i] === '\n' || text[i] === '\r';
  const skipLineBreak = () => {
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
  };
  while (i < text.length) {
    const record: CsvRecord = { line, fields: [] };
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        const openedOn = line;
        i++;
        for (;;) {
          if (i >= text.length) return { ok: false, line: openedOn, message: 'Een veld tussen aanhalingstekens wordt niet afgesloten.' };
          if (text[i] === '"' && text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else if (atLineBreak()) {
            value += '\n';
            skipLineBreak();
          } else {
            value += text[i++];
          }
        }
        if (i < text.length && text[i] !== delimiter && !atLineBreak()) {
          return { ok: false, line, message: 'Na een afsluitend aanhalingsteken hoort een scheidingsteken of het einde van de regel.' };
        }
      } else {
        while (i < text.length && text[i] !== delimiter && !atLineBreak()) value += text[i++];
      }
      record.fields.push(value);
      if (i < text.length && text[i] === delimiter) {
        i++;
        continue;
      }
      if (i < text.length) skipLineBreak();
      break;
    }
    if (record.fields.some((f) => f.trim() !== '')) records.push(record);
  }
  return { ok: true, delimiter, records };
}

// The stage columns are optional: a CSV without them holds handovers, as before the lifecycle.
const FIELD_BY_LOWER_NAME = new Map<string, CaseField | StageField>([...CaseFields, ...StageFields].map((f) => [f.toLowerCase(), f]));
const DUTCH_DATE = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/;

/** Spreadsheets turn dates into 30-11-2026; accept that besides 2026-11-30. */
function normaliseDate(value: string): string {
  const m = DUTCH_DATE.exec(value);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : value;
}

/** A column per header cell: its field, or null for a nameless column (trailing delimiters), which is ignored. */
type Columns = (CaseField | StageField | null)[];

function readHeader(header: CsvRecord): { columns: Columns; problems: CsvProblem[] } {
  const columns: Columns = [];
  const problems: CsvProblem[] = [];
  for (const raw of header.fields) {
    const name = raw.trim();
    const field = FIELD_BY_LOWER_NAME.get(name.toLowerCase()) ?? null;
    columns.push(field);
    if (name === '') continue;
    if (!field) problems.push({ line: header.line, message: `Onbekende kolom "${name}". Gebruik de kolomnamen ${CaseFields.join(', ')} (en eventueel ${StageFields.join(', ')}).` });
    else if (columns.indexOf(field) < columns.length - 1) problems.push({ line: header.line, field, message: `De kolom ${field} staat er twee keer in.` });
  }
  for (const field of CaseFields) {
    if (!columns.includes(field)) problems.push({ line: header.line, field, message: `De kolom ${field} ontbreekt.` });
  }
  return { columns, problems };
}

function rowToInput(columns: Columns, fields: string[]): Record<string, string | undefined> {
  const input: Record<string, string | undefined> = {};
  columns.forEach((field, k) => {
    if (!field) return;
    const value = (fields[k] ?? '').trim();
    input[field] = value === '' ? undefined : field === 'meldingOn' || field === 'beoordeeldOn' ? normaliseDate(value) : value;
  });
  return input;
}

/**
 * Validates a CSV of handovers whose header names are the API field names (any case). Reports
 * every problem of every row, with the physical line number (header = line 1); a reference that
 * occurs twice is a problem on its later line.
 */
export function validateCaseRows(region: Region, text: string, today: string): CsvRowsResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: [{ line: parsed.line, message: parsed.message }] };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, problems: [{ line: 1, message: 'Het bestand is leeg.' }] };
  const { columns, problems } = readHeader(header);
  if (problems.length > 0) return { ok: false, problems };
  if (records.length === 0) return { ok: false, problems: [{ line: header.line, message: 'Het bestand bevat geen overdrachten, alleen een kopregel.' }] };
  if (records.length > MAX_CSV_ROWS) {
    return { ok: false, problems: [{ line: header.line, message: `Het bestand bevat ${records.length} overdrachten; het maximum is ${MAX_CSV_ROWS}.` }] };
  }
  const rows: CaseIntake[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of records) {
    problems.push(...checkRow(record, columns, firstLineOf));
    const result = validateCaseIntake(region, rowToInput(columns, record.fields), today);
    if (result.ok) rows.push(result.value);
    else problems.push(...result.problems.map((p) => ({ line: record.line, field: p.field, message: p.message })));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** Problems of the row's shape: extra values and a repeated reference. */
function checkRow(record: CsvRecord, columns: Columns, firstLineOf: Map<string, number>): CsvProblem[] {
  const problems: CsvProblem[] = [];
  if (record.fields.slice(columns.length).some((f) => f.trim() !== '')) {
    problems.push({ line: record.line, message: `Deze regel heeft ${record.fields.length} waarden; de kopregel heeft ${columns.length} kolommen.` });
  }
  const reference = (record.fields[columns.indexOf('reference')] ?? '').trim();
  const key = reference.toUpperCase();
  const first = firstLineOf.get(key);
  if (reference && first !== undefined) {
    problems.push({ line: record.line, field: 'reference', message: `Het VT-registratienummer ${reference} staat ook op regel ${first}.` });
  } else if (reference) {
    firstLineOf.set(key, record.line);
  }
  return problems;
}
